import { describe, expect, it } from 'vitest';

import { checkGoalQuality, type GoalQualityInput } from './index';

// A wording with an action and a context but no number and no time frame, so Measurable and
// Time-bound depend only on the fields under test.
const PLAIN = 'Call my sister';

const smartOf = (input: Partial<GoalQualityInput>, today?: string) =>
  checkGoalQuality({ wording: PLAIN, ...input }, today).smart;

describe('Measurable: a measure and a target', () => {
  it('passes with both fields filled', () => {
    expect(smartOf({ measure: 'calls made', target: '1 a week' }).measurable).toEqual({
      pass: true,
      findings: [],
      reason: 'It is measured by “calls made”, with the target “1 a week”.',
    });
  });

  it('fails with neither, naming both missing fields', () => {
    const { measurable } = smartOf({});
    expect(measurable.pass).toBe(false);
    expect(measurable.reason).toBe('It has no measure or target yet, and no number in its wording.');
    expect(measurable.findings).toEqual([
      {
        code: 'measurable.no-measure',
        message: 'Say how progress will be counted, e.g. “walks a week” or a 0–10 rating.',
        words: [],
        field: 'measure',
        suggestion: 'Or put a number in the goal itself, e.g. “three times a week”.',
      },
      {
        code: 'measurable.no-target',
        message: 'Say what level counts as reaching the goal, e.g. “3 times a week”.',
        words: [],
        field: 'target',
        suggestion: 'Or put a number in the goal itself, e.g. “three times a week”.',
      },
    ]);
  });

  it('says which one is missing when only the measure is given', () => {
    const { measurable } = smartOf({ measure: 'calls made', target: '  ' });
    expect(measurable.pass).toBe(false);
    expect(measurable.reason).toBe('It has a measure (“calls made”) but no target yet.');
    expect(measurable.findings.map((finding) => finding.field)).toEqual(['target']);
  });

  it('says which one is missing when only an uncounted target is given', () => {
    const { measurable } = smartOf({ measure: null, target: 'most days' });
    expect(measurable.reason).toBe('It has a target (“most days”) but no measure yet.');
    expect(measurable.findings.map((finding) => finding.field)).toEqual(['measure']);
  });

  it('passes on a target that can be counted, or a frequency field with a count (issue 10)', () => {
    expect(smartOf({ measure: null, target: 'weekly' }).measurable).toEqual({
      pass: true,
      findings: [],
      reason: 'Its target “weekly” can be counted.',
    });
    expect(smartOf({ target: '3 nights a week' }).measurable.reason).toBe(
      'Its target “3 nights a week” can be counted.',
    );
    expect(smartOf({ frequency: 'twice a week' }).measurable).toEqual({
      pass: true,
      findings: [],
      reason: 'It says how often: “twice a week”.',
    });
    expect(smartOf({ frequency: 'now and then' }).measurable.pass).toBe(false);
  });

  it.each([
    ['Go to bed by 11pm on weeknights', '11pm'],
    ['Reach out to one friend per week', 'one friend per week'],
    ['Go on a 30 minute bike ride three times per week', 'three times per week'],
    ['Speak up at least once a day in team meetings', 'once a day'],
    ['Meditate for half an hour', 'half an hour'],
    ['Call a dozen old friends', 'a dozen'],
    ['Call my sister twice', 'twice'],
    ['Walk twenty-five minutes a day', 'twenty-five minutes a day'],
    ['Get up at 7 a.m.', '7'],
    ['Spend more than an hour a day outside', 'an hour a day'],
    ['Meditate every morning', 'every morning'],
    ['Walk the dog daily', 'daily'],
  ])('passes with a countable target in the wording: %s', (wording, words) => {
    expect(checkGoalQuality({ wording }).smart.measurable).toEqual({
      pass: true,
      findings: [],
      reason: `The goal has a countable target: “${words}”.`,
    });
  });

  it('passes when an objective carries the number', () => {
    const { measurable } = checkGoalQuality({
      wording: 'Be more confident at work',
      objectives: [{ text: 'Ask for help' }, { text: 'Speak up once a day in meetings' }],
    }).smart;
    expect(measurable).toEqual({
      pass: true,
      findings: [],
      reason: 'Its objective “Speak up once a day in meetings” has a countable target: “once a day”.',
    });
  });

  it.each(['Call my sister more often', 'Exercise regularly', 'Read a few books'])(
    'a wording with no number fails: %s',
    (wording) => {
      expect(checkGoalQuality({ wording }).smart.measurable.pass).toBe(false);
    },
  );
});

describe('Achievable: confidence of at least 7 out of 10', () => {
  it('fails when confidence was not asked, asking the client', () => {
    expect(smartOf({}).achievable).toEqual({
      pass: false,
      reason: 'The client has not yet said how confident they are.',
      findings: [
        {
          code: 'achievable.no-confidence',
          message: 'Ask the client how confident they are (0–10) that they can take the first step.',
          words: [],
          field: 'confidence',
        },
      ],
    });
    expect(smartOf({ confidence: null }).achievable.findings.map((finding) => finding.code)).toEqual([
      'achievable.no-confidence',
    ]);
  });

  it('fails at 6 with a kind suggestion to make the first step smaller', () => {
    expect(smartOf({ confidence: 6 }).achievable).toEqual({
      pass: false,
      reason: 'The client is 6/10 confident; 7 or more suggests the step is within reach.',
      findings: [
        {
          code: 'achievable.low-confidence',
          message: 'The client is 6/10 confident they can take the first step.',
          words: [],
          field: 'confidence',
          suggestion:
            'That is useful to know. Could the first step be smaller, so it feels like a 7 or more? For example ' +
            'once a week rather than every day.',
        },
      ],
    });
  });

  it('passes at 7', () => {
    expect(smartOf({ confidence: 7 }).achievable).toEqual({
      pass: true,
      findings: [],
      reason: 'The client is 7/10 confident they can take the first step.',
    });
  });

  it.each([
    [0, false],
    [6.9, false],
    [7, true],
    [10, true],
  ])('confidence %d → pass %s', (confidence, pass) => {
    expect(smartOf({ confidence }).achievable.pass).toBe(pass);
  });

  it.each([-1, 11, Number.NaN, Number.POSITIVE_INFINITY])('flags an impossible rating %d', (confidence) => {
    const { achievable } = smartOf({ confidence });
    expect(achievable.pass).toBe(false);
    expect(achievable.findings.map((finding) => [finding.code, finding.field])).toEqual([
      ['achievable.invalid-confidence', 'confidence'],
    ]);
  });
});

describe('Relevant: linked to a value or a theme', () => {
  it('passes with a value', () => {
    expect(smartOf({ value: 'being close to my family' }).relevant).toEqual({
      pass: true,
      findings: [],
      reason: 'It serves the value “being close to my family”.',
    });
  });

  it('passes with a theme', () => {
    expect(smartOf({ theme: 'improving-communication-skills' }).relevant).toEqual({
      pass: true,
      findings: [],
      reason: 'It belongs to the theme “Improving communication skills”.',
    });
  });

  it('passes with both, naming both', () => {
    expect(smartOf({ value: 'honesty', theme: 'learning-to-set-boundaries' }).relevant.reason).toBe(
      'It serves the value “honesty”, under the theme “Learning to set boundaries”.',
    );
  });

  it.each<Partial<GoalQualityInput>>([{}, { value: '   ', theme: null }, { value: null }])(
    'fails with neither: %j',
    (input) => {
      expect(smartOf(input).relevant).toEqual({
        pass: false,
        reason: 'It is not linked to a value or a theme yet.',
        findings: [
          {
            code: 'relevant.no-value-or-theme',
            message: 'Say which value this goal serves, or choose a theme.',
            words: [],
            field: 'value',
            suggestion: 'Ask what matters about it, e.g. “being a patient parent” or “staying close to friends”.',
          },
        ],
      });
    },
  );

  it('treats an unknown theme id (stale data) as no theme', () => {
    const input = JSON.parse('{"wording":"Call my sister","theme":"not-a-theme"}') as GoalQualityInput;
    expect(checkGoalQuality(input).smart.relevant.pass).toBe(false);
  });
});

describe('Time-bound: a due date or a frequency', () => {
  const TODAY = '2025-06-15';

  it('passes with a due date tomorrow', () => {
    expect(smartOf({ dueDate: '2025-06-16' }, TODAY).timeBound).toEqual({
      pass: true,
      findings: [],
      reason: 'It is due by 2025-06-16.',
    });
  });

  it('passes with a due date today (not yet passed)', () => {
    expect(smartOf({ dueDate: '2025-06-15' }, TODAY).timeBound.pass).toBe(true);
  });

  it('fails with a due date yesterday and no frequency', () => {
    expect(smartOf({ dueDate: '2025-06-14' }, TODAY).timeBound).toEqual({
      pass: false,
      reason: 'Its due date 2025-06-14 has passed and it has no frequency.',
      findings: [
        {
          code: 'timeBound.due-date-past',
          message: 'The due date 2025-06-14 has passed.',
          words: [],
          field: 'dueDate',
          suggestion: 'Set a new due date. Or say how often, e.g. “three times a week” or “every morning for 6 weeks”.',
        },
      ],
    });
  });

  it('passes with a past due date when there is a frequency, noting the date', () => {
    expect(smartOf({ dueDate: '2025-06-14', frequency: 'twice a week' }, TODAY).timeBound).toEqual({
      pass: true,
      findings: [],
      reason: 'It has a frequency: “twice a week” (the due date 2025-06-14 has passed).',
    });
  });

  it('without today, any valid due date counts', () => {
    expect(smartOf({ dueDate: '2000-01-01' }).timeBound.pass).toBe(true);
  });

  it('ignores an invalid today rather than guessing', () => {
    expect(smartOf({ dueDate: '2000-01-01' }, '15/06/2025').timeBound.pass).toBe(true);
  });

  it.each(['2025-02-30', '2025-13-01', '16/06/2025', 'next week'])(
    'flags a due date that is not a calendar date: %s',
    (dueDate) => {
      const { timeBound } = smartOf({ dueDate }, TODAY);
      expect(timeBound.pass).toBe(false);
      expect(timeBound.findings.map((finding) => [finding.code, finding.field])).toEqual([
        ['timeBound.invalid-due-date', 'dueDate'],
      ]);
    },
  );

  it('accepts 29 February in a leap year only', () => {
    expect(smartOf({ dueDate: '2028-02-29' }, TODAY).timeBound.pass).toBe(true);
    expect(smartOf({ dueDate: '2027-02-29' }, TODAY).timeBound.pass).toBe(false);
  });

  it('passes with the frequency field', () => {
    expect(smartOf({ frequency: 'every evening' }).timeBound.reason).toBe('It has a frequency: “every evening”.');
  });

  it('fails with neither', () => {
    expect(smartOf({ dueDate: '', frequency: ' ' }).timeBound).toEqual({
      pass: false,
      reason: 'It has no due date or frequency yet.',
      findings: [
        {
          code: 'timeBound.no-due-date-or-frequency',
          message: 'Add a due date, or say how often.',
          words: [],
          field: 'dueDate',
          suggestion: 'For example “three times a week”, “on weeknights” or “for 6 weeks”.',
        },
      ],
    });
  });

  it.each([
    ['Reach out to one friend per week', 'per week'],
    ['Speak up at least once a day in meetings', 'once a day'],
    ['Go to bed by 11pm on weeknights', 'weeknights'],
    ['Call my sister for 6 weeks', 'for 6 weeks'],
    ['Go to bed by 11pm on weeknights for the next three weeks', 'weeknights'],
    ['Meditate every morning', 'every morning'],
    ['Walk the dog daily', 'daily'],
    ['Stretch on weekdays', 'weekdays'],
    ['Finish the application by Friday', 'by Friday'],
    ['See the dentist by the end of June', 'the end of June'],
    ['Book the course by 1 March', 'by 1 March'],
    ['Call my sister this week', 'this week'],
    ['Apply for two jobs within a month', 'within a month'],
    ['Use a breathing exercise whenever I feel anxious', 'whenever'],
    ['Walk 30 minutes a day', '30 minutes a day'],
    ['Call my sister in May', 'in May'],
  ])('passes with a frequency or time frame in the wording: %s', (wording, words) => {
    expect(checkGoalQuality({ wording }).smart.timeBound).toEqual({
      pass: true,
      findings: [],
      reason: `The goal says how often or by when: “${words}”.`,
    });
  });

  // Issue 10: everyday time words count (they were refused before version 2 of the checks).
  it.each([
    ['Go to bed by 11pm', 'by 11pm'],
    ['Meditate in the morning', 'in the morning'],
    ['Go for a walk after dinner', 'after dinner'],
    ['Put my phone in another room on school nights', 'school nights'],
    ['Read to my son before bed', 'before bed'],
    ['Use my breathing exercise when I notice panic starting', 'when I notice panic starting'],
  ])('passes with an everyday time word or a trigger: %s', (wording, words) => {
    expect(checkGoalQuality({ wording }).smart.timeBound.reason).toBe(
      `The goal says how often or by when: “${words}”.`,
    );
  });

  it.each([
    'Take a day off',
    'Go for a walk whenever I can',
    'Go for a walk when I have time',
    'Ask my manager for help in a meeting',
    'Be more confident at school',
  ])('a hedge, a place or a single occasion is not a time frame: %s', (wording) => {
    expect(checkGoalQuality({ wording }).smart.timeBound.pass).toBe(false);
  });

  it('passes when an objective has a frequency or time frame', () => {
    const objectives = [{ text: 'Ask for help', frequency: null, timeFrame: 'for 6 weeks' }];
    expect(checkGoalQuality({ wording: PLAIN, objectives }).smart.timeBound.reason).toBe(
      'Its objective “Ask for help” says how often or by when: “for 6 weeks”.',
    );
    expect(
      checkGoalQuality({ wording: PLAIN, objectives: [{ text: 'Text her on Sundays' }] }).smart.timeBound.reason,
    ).toBe('Its objective “Text her on Sundays” says how often or by when: “Sundays”.');
  });
});
