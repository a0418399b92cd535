import { describe, expect, it } from 'vitest';
import { appendToOpenClientFlag, notOnTrackClientFlag } from './index';

/** A baseline at session 1 and the new score at session 5. */
const pair = (first: number, latest: number) => ({ first, firstTherapySession: 1, latest, latestTherapySession: 5 });

describe('notOnTrackClientFlag: a reliable deterioration from the baseline to the new score', () => {
  it('PHQ-9 rising by exactly 6 (8 → 14) is a reliable deterioration, named with its sessions', () => {
    const sentence =
      'PHQ-9 rose 6 points, from 8 at session 1 to 14 at session 5; a rise of 6 or more is a reliable deterioration.';
    expect(notOnTrackClientFlag({ clientId: 'c1', phq9: pair(8, 14) })).toEqual({
      kind: 'not-on-track-client',
      reason: sentence,
      data: {
        clientId: 'c1',
        deteriorations: [
          {
            instrument: 'PHQ-9',
            first: 8,
            firstTherapySession: 1,
            latest: 14,
            latestTherapySession: 5,
            change: 6,
            reliableChange: 6,
            sentence,
          },
        ],
      },
    });
  });

  it.each([
    { input: { phq9: pair(8, 13) }, flagged: false, why: 'PHQ-9 +5 < 6' },
    { input: { phq9: pair(8, 14) }, flagged: true, why: 'PHQ-9 +6' },
    { input: { phq9: pair(14, 8) }, flagged: false, why: 'improvement' },
    { input: { gad7: pair(5, 8) }, flagged: false, why: 'GAD-7 +3 < 4' },
    { input: { gad7: pair(5, 9) }, flagged: true, why: 'GAD-7 +4' },
    { input: { ors: pair(30, 25.1) }, flagged: false, why: 'ORS −4.9' },
    { input: { ors: pair(30, 25) }, flagged: true, why: 'ORS −5.0' },
    { input: { ors: pair(25, 30) }, flagged: false, why: 'ORS rising is good' },
    { input: {}, flagged: false, why: 'no new score' },
    { input: { phq9: null, gad7: null, ors: null }, flagged: false, why: 'no new score' },
  ])('$why → $flagged', ({ input, flagged }) => {
    expect(notOnTrackClientFlag({ clientId: 'c', ...input }) !== null).toBe(flagged);
  });

  it('ORS reason uses one decimal and says "fell"', () => {
    // 32.4 − 26.9 = 5.5 (exact in tenths: 324 − 269 = 55)
    expect(notOnTrackClientFlag({ clientId: 'c', ors: pair(32.4, 26.9) })?.reason).toBe(
      'ORS fell 5.5 points, from 32.4 at session 1 to 26.9 at session 5; a fall of 5 or more is a reliable deterioration.',
    );
  });

  it('GAD-7 and ORS together → one flag, one sentence each, PHQ-9 without deterioration left out', () => {
    const flag = notOnTrackClientFlag({ clientId: 'c', phq9: pair(10, 12), gad7: pair(6, 12), ors: pair(28, 20) });
    expect(flag?.data.deteriorations.map((d) => [d.instrument, d.change])).toEqual([
      ['GAD-7', 6],
      ['ORS', -8],
    ]);
    expect(flag?.reason).toBe(
      'GAD-7 rose 6 points, from 6 at session 1 to 12 at session 5; a rise of 4 or more is a reliable deterioration. ' +
        'ORS fell 8.0 points, from 28.0 at session 1 to 20.0 at session 5; a fall of 5 or more is a reliable deterioration.',
    );
  });

  it('an open flag collects the next deterioration instead of a second flag', () => {
    const opened = notOnTrackClientFlag({ clientId: 'c', phq9: pair(8, 14) })!;
    const next = notOnTrackClientFlag({
      clientId: 'c',
      phq9: { first: 8, firstTherapySession: 1, latest: 16, latestTherapySession: 9 },
    })!;
    expect(appendToOpenClientFlag(opened, next)).toEqual({
      reason:
        'PHQ-9 rose 6 points, from 8 at session 1 to 14 at session 5; a rise of 6 or more is a reliable deterioration. ' +
        'PHQ-9 rose 8 points, from 8 at session 1 to 16 at session 9; a rise of 6 or more is a reliable deterioration.',
      data: { clientId: 'c', deteriorations: [...opened.data.deteriorations, ...next.data.deteriorations] },
    });
  });

  it.each([
    { phq9: pair(8, 28) },
    { gad7: pair(-1, 5) },
    { ors: pair(30.05, 20) },
    { phq9: { first: 8, firstTherapySession: 3, latest: 20, latestTherapySession: 3 } },
  ])('refuses impossible input %o', (input) => {
    expect(() => notOnTrackClientFlag({ clientId: 'c', ...input })).toThrowError(
      expect.objectContaining({ name: 'ScoringInputError' }),
    );
  });
});
