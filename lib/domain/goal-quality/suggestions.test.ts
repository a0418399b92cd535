import { describe, expect, it } from 'vitest';

import { GOAL_AREAS } from './areas';
import { checkGoalQuality, type Finding, type GoalQualityInput, type GoalQualityReport, SMART_CRITERIA } from './index';

/** Suggestions come from the goal's own area and are never judgemental (issue 10). */

function allFindings(report: GoalQualityReport): Finding[] {
  return [
    ...SMART_CRITERIA.flatMap((criterion) => report.smart[criterion].findings),
    ...report.framing,
    ...report.vagueness,
  ];
}

const framingSuggestion = (input: Partial<GoalQualityInput> & { wording: string }) =>
  checkGoalQuality(input).framing[0]?.suggestion;

const BEDTIME = /\b(bed|beds|bedtime|sleep|sleeping|asleep|night|nights|11pm)\b/i;

describe('a self-harm goal', () => {
  const COPING =
    'Say what you will do when the urge comes, e.g. “Use my coping plan and contact someone on my support list when the urge comes”.';

  it.each([
    'Stop self-harming',
    'Stop self harming',
    'Never hurt myself again',
    "Don't cut myself",
    'Stop self-harming and staying up late',
    'Cut down on self-harm',
    'No more self-harm',
    'Quit hurting myself when I feel low',
  ])('gets the coping suggestion for its avoidance wording: %s', (wording) => {
    const report = checkGoalQuality({ wording });
    expect(report.framing.length).toBeGreaterThan(0);
    expect(report.framing.map((finding) => finding.suggestion)).toEqual(report.framing.map(() => COPING));
  });

  it.each([
    { wording: 'Stop self-harming' },
    { wording: 'Stop self-harming and staying up late' },
    { wording: 'Feel better', measure: 'days without self-harm' },
    { wording: 'Be safe', value: 'staying alive for my kids', target: 'no self-harm' },
    { wording: 'Get rid of the urge to self-harm' },
    { wording: 'Stop feeling like I want to hurt myself' },
    { wording: 'Reduce my self-harm' },
    { wording: 'Try to self-harm a bit less, hopefully' },
  ])('never suggests anything about bed or sleep: $wording', (input) => {
    const findings = allFindings(checkGoalQuality(input));
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.suggestion ?? '', finding.code).not.toMatch(BEDTIME);
      expect(finding.message, finding.code).not.toMatch(BEDTIME);
    }
  });

  it('is measured by coping, not by nights', () => {
    const [noMeasure] = checkGoalQuality({ wording: 'Stop self-harming' }).smart.measurable.findings;
    expect(noMeasure?.message).toBe(
      'Say how progress will be counted, e.g. “times I used my coping plan when the urge came” or a 0–10 rating.',
    );
  });

  it('a self-harm value or measure makes the whole goal a self-harm goal', () => {
    expect(framingSuggestion({ wording: 'Stop staying up late', measure: 'days without self-harm' })).toBe(COPING);
  });
});

describe('suggestions from the goal’s own area', () => {
  it.each([
    ['Stop drinking', 'Say what you will have or do instead, e.g. “Have alcohol-free days Monday to Thursday”.'],
    ['Cut down on alcohol', 'Say what you will have or do instead, e.g. “Have alcohol-free days Monday to Thursday”.'],
    ['Drink less wine', 'Say what you will have or do instead, e.g. “Have alcohol-free days Monday to Thursday”.'],
    [
      'Stop arguing with my partner',
      'Say what you will do when it gets heated, e.g. “Take a 10-minute break when an argument heats up, then come back to it”.',
    ],
    [
      "Don't fight with my brother",
      'Say what you will do when it gets heated, e.g. “Take a 10-minute break when an argument heats up, then come back to it”.',
    ],
    ['Stop feeling so low', 'Say what you will do that helps, e.g. “Get outside for a 15-minute walk each morning”.'],
    [
      'Never let my mood drag me down',
      'Say what you will do that helps, e.g. “Get outside for a 15-minute walk each morning”.',
    ],
    [
      'Cut down on cannabis',
      'Say what you will do instead, with a number: a limit, or cannabis-free days, e.g. “Keep Monday to Thursday cannabis-free”.',
    ],
    ['Stop staying up late', 'Say when you will go to bed instead, e.g. “Go to bed by 11pm on weeknights”.'],
    [
      'Spend less time on my phone',
      'Say what you will spend that time on instead, e.g. “Read or go for a walk for 30 minutes each evening”.',
    ],
    [
      'No longer avoid difficult conversations with my partner',
      'Say what you will start instead, e.g. “Start one difficult conversation a week”.',
    ],
  ])('%s', (wording, suggestion) => {
    expect(framingSuggestion({ wording })).toBe(suggestion);
  });

  it('a goal naming only a state gets an example from its area', () => {
    const suggestionOf = (wording: string) =>
      checkGoalQuality({ wording }).vagueness.find(
        (finding) => finding.code === 'vagueness.state-without-action' || finding.code === 'vagueness.feeling',
      )?.suggestion;
    expect(suggestionOf('Be less depressed')).toBe(
      'Name something you would be doing, e.g. “Get outside for a 15-minute walk each morning”.',
    );
    expect(suggestionOf('Get rid of my anxiety')).toBe(
      'Name something you would be doing, e.g. “Use my breathing exercise when I notice panic starting”.',
    );
    expect(suggestionOf('Be happier in my marriage')).toBe(
      'Name something you would be doing, e.g. “Plan one evening out with my partner each week”.',
    );
    expect(suggestionOf('Feel better')).toBe(
      'Name something you would be doing when you feel that way, e.g. “Meet a friend for coffee once a week”.',
    );
  });

  it('the theme chooses the area when the words name none', () => {
    expect(framingSuggestion({ wording: 'Stop doing it', theme: 'improving-sleep' })).toBe(
      'Say when you will go to bed instead, e.g. “Go to bed by 11pm on weeknights”.',
    );
    expect(framingSuggestion({ wording: 'Stop doing it' })).toBe(
      'Say what you will do instead, and when, e.g. “Call a friend on Sunday afternoons”.',
    );
  });

  it('"Stop smoking and drink less" gets a suggestion for each part', () => {
    expect(
      checkGoalQuality({ wording: 'Stop smoking and drink less' }).framing.map((finding) => finding.suggestion),
    ).toEqual([
      'Say what you will do when the urge comes, e.g. “Go for a five-minute walk when I want a cigarette”.',
      'Say what you will have or do instead, e.g. “Have alcohol-free days Monday to Thursday”.',
    ]);
  });
});

describe('no suggestion is judgemental', () => {
  const JUDGEMENT = /\b(bad|wrong|fail|failure|lazy|weak|should|must|stop|don't|never|quit|addict|problem)\b/i;

  it('every area’s example and suggestion says what the person will do, in kind words', () => {
    expect(GOAL_AREAS.length).toBe(18);
    for (const area of GOAL_AREAS) {
      expect(area.example, area.id).not.toMatch(JUDGEMENT);
      expect(area.instead, area.id).not.toMatch(JUDGEMENT);
      expect(area.instead, area.id).toContain(`“${area.example}”`);
    }
  });
});
