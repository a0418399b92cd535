import { describe, expect, it } from 'vitest';

import { checkGoalQuality } from './index';

/**
 * The first fifteen rows of the reference table (docs/goal-phrasings.md; phrasings.test.ts
 * checks every row of it) with the exact findings each gives, words as typed.
 * `framing` and `vagueness` list each finding's words exactly as typed in the wording (the
 * table writes them in lower case). `specific` is asserted where the table's note says
 * "also not Specific"; `suggestion` where it says what to suggest.
 */
interface ReferenceRow {
  readonly wording: string;
  readonly framing: readonly (readonly string[])[];
  readonly vagueness: readonly (readonly string[])[];
  readonly specific?: false;
  readonly suggestion?: string;
}

const REFERENCE_ROWS: readonly ReferenceRow[] = [
  {
    wording: 'Stop staying up late',
    framing: [['Stop']],
    vagueness: [],
    suggestion: 'Say when you will go to bed instead, e.g. “Go to bed by 11pm on weeknights”.',
  },
  { wording: 'Go to bed by 11pm on weeknights', framing: [], vagueness: [] },
  { wording: "I'll do my best to connect with people", framing: [], vagueness: [['do my best']] },
  { wording: 'Reach out to one friend or acquaintance per week for 6 weeks', framing: [], vagueness: [] },
  { wording: 'Feel better', framing: [], vagueness: [['Feel better']], specific: false },
  { wording: 'Never lose my temper with my kids', framing: [['Never']], vagueness: [] },
  {
    wording: 'Spend less time on my phone',
    framing: [['less']],
    vagueness: [],
    suggestion:
      'Say what you will spend that time on instead, e.g. “Read or go for a walk for 30 minutes each evening”.',
  },
  { wording: 'Try to exercise more', framing: [], vagueness: [['Try to'], ['more']] },
  { wording: 'Speak up at least once a day in team meetings', framing: [], vagueness: [] },
  { wording: 'Go on a 30 minute bike ride three times per week', framing: [], vagueness: [] },
  { wording: "Go for a walk even on days when I don't feel like it", framing: [], vagueness: [] },
  { wording: 'You will get out of bed by 8:00 on weekdays', framing: [], vagueness: [] },
  {
    wording: 'No longer avoid difficult conversations with my partner',
    framing: [['No longer avoid']],
    vagueness: [],
    suggestion: 'Say what you will start instead, e.g. “Start one difficult conversation a week”.',
  },
  {
    wording: 'Get rid of my anxiety',
    framing: [['Get rid of']],
    vagueness: [['Get rid of my anxiety']],
    specific: false,
  },
  { wording: 'Be more assertive', framing: [], vagueness: [['Be more assertive'], ['more']] },
];

describe('reference phrasings (goal-phrasings.md)', () => {
  it.each(REFERENCE_ROWS)('$wording', (row) => {
    const report = checkGoalQuality({ wording: row.wording });
    expect(report.framing.map((finding) => finding.words)).toEqual(row.framing);
    expect(report.vagueness.map((finding) => finding.words)).toEqual(row.vagueness);
    if (row.specific === false) expect(report.smart.specific.pass).toBe(false);
    if (row.suggestion !== undefined) expect(report.framing[0]?.suggestion).toBe(row.suggestion);
  });

  it('the named words match the table case-insensitively', () => {
    const named = REFERENCE_ROWS.flatMap((row) => {
      const report = checkGoalQuality({ wording: row.wording });
      return [...report.framing, ...report.vagueness].flatMap((finding) =>
        finding.words.map((word) => word.toLowerCase()),
      );
    });
    expect(named).toEqual([
      'stop',
      'do my best',
      'feel better',
      'never',
      'less',
      'try to',
      'more',
      'no longer avoid',
      'get rid of',
      'get rid of my anxiety',
      'be more assertive',
      'more',
    ]);
  });

  it('"Feel better" is not Specific: a feeling, no action', () => {
    const { specific } = checkGoalQuality({ wording: 'Feel better' }).smart;
    expect(specific.findings.map((finding) => [finding.code, finding.words])).toEqual([
      ['specific.no-action', ['Feel better']],
      ['specific.no-context', []],
    ]);
    expect(specific.reason).toBe('It names a feeling or state (“Feel better”), with no action or context.');
  });

  it('"Get rid of my anxiety" is not Specific: it names a feeling to lose, not an action', () => {
    const { specific } = checkGoalQuality({ wording: 'Get rid of my anxiety' }).smart;
    expect(specific.findings.map((finding) => [finding.code, finding.words])).toEqual([
      ['specific.no-action', ['Get rid of my anxiety']],
      ['specific.no-context', []],
    ]);
  });

  it('vagueness names "more" as having no number, and the trait with no action', () => {
    const [trait, more] = checkGoalQuality({ wording: 'Be more assertive' }).vagueness;
    expect(trait?.code).toBe('vagueness.state-without-action');
    expect(trait?.message).toBe('“Be more assertive” names a state or a wish, not something you would be seen doing.');
    expect(more?.code).toBe('vagueness.more-without-number');
    expect(more?.message).toBe('“more” has no number, so it is hard to tell when it is reached.');
  });

  it('"Try to exercise more" names both the hedge and the unnumbered "more"', () => {
    const codes = checkGoalQuality({ wording: 'Try to exercise more' }).vagueness.map((finding) => finding.code);
    expect(codes).toEqual(['vagueness.hedge', 'vagueness.more-without-number']);
  });

  it('second person is fine: "You will get out of bed by 8:00 on weekdays" passes Specific, Measurable and Time-bound', () => {
    const { smart } = checkGoalQuality({ wording: 'You will get out of bed by 8:00 on weekdays' });
    expect([smart.specific.pass, smart.measurable.pass, smart.timeBound.pass]).toEqual([true, true, true]);
    expect(smart.measurable.reason).toBe('The goal has a countable target: “8:00”.');
    expect(smart.timeBound.reason).toBe('The goal says how often or by when: “weekdays”.');
  });

  it('numbers in words count: "three times per week"', () => {
    const { smart } = checkGoalQuality({ wording: 'Go on a 30 minute bike ride three times per week' });
    expect(smart.measurable.reason).toBe('The goal has a countable target: “three times per week”.');
    expect(smart.timeBound.reason).toBe('The goal says how often or by when: “three times per week”.');
  });
});
