import { describe, expect, it } from 'vitest';

import { checkGoalQuality } from './index';

/** The checks read the structured fields as well as the wording; a finding from either counts (issue 10). */
describe('language findings in the structured fields', () => {
  const WORDING = 'Walk the dog every morning';

  it('a vague target is reported, naming the field', () => {
    const { vagueness } = checkGoalQuality({ wording: WORDING, target: 'as much as possible' });
    expect(vagueness).toEqual([
      {
        code: 'vagueness.hedge',
        message: 'In the target: “as much as possible” makes the goal an attempt rather than a plan.',
        words: ['as much as possible'],
        field: 'target',
        suggestion: 'State the plan itself, with how often, e.g. “Message one friend a week to arrange to meet”.',
      },
    ]);
  });

  it('avoidance in the measure is reported, a limit in the target is not', () => {
    const report = checkGoalQuality({
      wording: 'Have a drink with friends on Fridays',
      measure: 'drinking less',
      target: 'no more than 3 drinks',
    });
    expect(report.framing.map((finding) => [finding.field, finding.words])).toEqual([['measure', ['less']]]);
    expect(report.framing[0]?.message).toBe(
      'In the measure: “less” frames the goal around what to avoid rather than what you will do.',
    );
  });

  it('a vague frequency is reported', () => {
    const { vagueness } = checkGoalQuality({ wording: WORDING, frequency: 'whenever I can' });
    expect(vagueness.map((finding) => [finding.field, finding.code])).toEqual([['frequency', 'vagueness.hedge']]);
  });

  it('a field is not asked to name an action: a target of "7 hours" is no vague state', () => {
    expect(
      checkGoalQuality({ wording: 'Go to bed by 11pm', target: '7 hours', measure: 'hours asleep' }).vagueness,
    ).toEqual([]);
  });

  it('Time-bound passes on a due date or frequency field, Measurable on a counted target', () => {
    const { smart } = checkGoalQuality(
      { wording: 'Call my sister', dueDate: '2026-03-01', target: 'twice a week' },
      '2026-01-01',
    );
    expect([smart.timeBound.reason, smart.measurable.reason]).toEqual([
      'It is due by 2026-03-01.',
      'Its target “twice a week” can be counted.',
    ]);
  });
});
