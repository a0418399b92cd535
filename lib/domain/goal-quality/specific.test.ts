import { describe, expect, it } from 'vitest';

import { analyseWording } from './clauses';
import { checkSpecific } from './specific';

type Expected = readonly (readonly [code: string, ...words: string[]])[];

function specificFindings(wording: string): Expected {
  return checkSpecific(analyseWording(wording)).findings.map((finding) => [finding.code, ...finding.words] as const);
}

describe('Specific: an action and a context', () => {
  it.each([
    'Go to bed by 11pm on weeknights',
    "I'll do my best to connect with people",
    'Reach out to one friend or acquaintance per week for 6 weeks',
    'Never lose my temper with my kids',
    'Spend less time on my phone',
    'Speak up at least once a day in team meetings',
    "Go for a walk even on days when I don't feel like it",
    'You will get out of bed by 8:00 on weekdays',
    'No longer avoid difficult conversations with my partner',
    'Stop staying up late',
    'Be in bed by 11pm',
    'Be home for dinner on weekdays',
    'Improve my sleep by going to bed at 11pm',
    'When I feel angry I will take three breaths',
    'Whenever I feel anxious, use a breathing exercise',
    'When I feel anxious use a breathing exercise',
    'Feel calmer and go to the gym on Mondays',
    'A 30 minute walk every day',
    'Call my mum',
    'Get rid of the clutter in my bedroom',
    'Sam will brush his teeth twice a day',
    'My son will read with me at bedtime',
    'Reduce my screen time to 2 hours a day',
    'Meditate daily',
    'Relax when I get home from work',
    'Nevertheless, keep going to the gym',
    "I'm going to the gym on Mondays",
    'My goal is to swim twice a week',
    'I want to learn to cook three meals',
  ])('passes: %s', (wording) => {
    const check = checkSpecific(analyseWording(wording));
    expect(check).toEqual({
      pass: true,
      findings: [],
      reason: 'It says what you will do and when, where, with whom or what.',
    });
  });

  it.each<readonly [string, Expected]>([
    ['Feel better', [['specific.no-action', 'Feel better'], ['specific.no-context']]],
    ['Be happier', [['specific.no-action', 'Be happier'], ['specific.no-context']]],
    ['Be more assertive', [['specific.no-action', 'Be more assertive'], ['specific.no-context']]],
    ['I want to be less anxious', [['specific.no-action', 'be less anxious'], ['specific.no-context']]],
    ['Get rid of my anxiety', [['specific.no-action', 'Get rid of my anxiety'], ['specific.no-context']]],
    ['Better sleep', [['specific.no-action', 'Better sleep'], ['specific.no-context']]],
    ['Happiness', [['specific.no-action', 'Happiness'], ['specific.no-context']]],
    ['Have more confidence', [['specific.no-action', 'Have more confidence'], ['specific.no-context']]],
    ['She will feel calmer', [['specific.no-action', 'feel calmer'], ['specific.no-context']]],
    ['Alex feels calmer', [['specific.no-action', 'feels calmer'], ['specific.no-context']]],
    ['Improve my self-esteem', [['specific.no-action', 'Improve my self-esteem'], ['specific.no-context']]],
    ['Lose weight', [['specific.no-action', 'Lose weight'], ['specific.no-context']]],
    // "confident" after "and" is not a second action: the goal is still a state.
    ['Be calm and confident', [['specific.no-action', 'Be calm'], ['specific.no-context']]],
    ['Stop feeling sorry for myself', [['specific.no-action', 'feeling sorry']]],
    ['Be calm in meetings', [['specific.no-action', 'Be calm']]],
    ['Feel good about myself', [['specific.no-action', 'Feel good']]],
    ['Do my best', [['specific.no-action'], ['specific.no-context']]],
    ['Exercise', [['specific.no-context', 'Exercise']]],
    ['Try to exercise more', [['specific.no-context', 'exercise']]],
    ['Exercise regularly', [['specific.no-context', 'Exercise']]],
    ['Meditate', [['specific.no-context', 'Meditate']]],
    ['Speak up', [['specific.no-context', 'Speak up']]],
    ['Reach out', [['specific.no-context', 'Reach out']]],
  ])('fails: %s', (wording, expected) => {
    const check = checkSpecific(analyseWording(wording));
    expect(check.pass).toBe(false);
    expect(specificFindings(wording)).toEqual(expected);
  });

  it('explains a missing action kindly and suggests one', () => {
    const [noAction] = checkSpecific(analyseWording('Be happier')).findings;
    expect(noAction).toEqual({
      code: 'specific.no-action',
      message: '“Be happier” describes a feeling or state, not something you will do.',
      words: ['Be happier'],
      field: 'wording',
      suggestion: 'Ask what you would be doing differently, e.g. “Go for a walk with a friend on Saturdays”.',
    });
  });

  it('explains a missing context', () => {
    const check = checkSpecific(analyseWording('Try to exercise more'));
    expect(check.reason).toBe('It says what you will do (“exercise”) but not when, where, with whom or what.');
    expect(check.findings[0]).toEqual({
      code: 'specific.no-context',
      message: '“exercise” does not say when, where, with whom or what.',
      words: ['exercise'],
      field: 'wording',
      suggestion: 'Add when, where or with whom, e.g. “after dinner”, “in team meetings” or “with my kids”.',
    });
  });

  it('gives a reason for a state with a context', () => {
    expect(checkSpecific(analyseWording('Be calm in meetings')).reason).toBe(
      'It names a feeling or state (“Be calm”) rather than an action.',
    );
  });

  it('gives a reason when there is neither an action nor a state', () => {
    expect(checkSpecific(analyseWording('Do my best')).reason).toBe(
      'It does not yet say what you will do, or when, where or with whom.',
    );
  });

  it.each(['', '   ', '\n\t', '!!!'])('empty wording %j fails with one finding on the wording field', (wording) => {
    expect(checkSpecific(analyseWording(wording))).toEqual({
      pass: false,
      reason: 'There is no wording to check yet.',
      findings: [{ code: 'specific.empty', message: 'Write the goal in your own words.', words: [], field: 'wording' }],
    });
  });
});
