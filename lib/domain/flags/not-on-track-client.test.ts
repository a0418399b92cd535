import { describe, expect, it } from 'vitest';
import { notOnTrackClientFlag } from './index';

describe('notOnTrackClientFlag', () => {
  it('PHQ-9 rising by exactly 6 (8 → 14) is a reliable deterioration', () => {
    expect(notOnTrackClientFlag({ clientId: 'c1', phq9: { first: 8, latest: 14 } })).toEqual({
      kind: 'not-on-track-client',
      reason: 'PHQ-9 rose 6 points, from 8 to 14; a rise of 6 or more is a reliable deterioration.',
      data: {
        clientId: 'c1',
        deteriorations: [
          {
            instrument: 'PHQ-9',
            first: 8,
            latest: 14,
            change: 6,
            reliableChange: 6,
            sentence: 'PHQ-9 rose 6 points, from 8 to 14; a rise of 6 or more is a reliable deterioration.',
          },
        ],
      },
    });
  });

  it.each([
    { input: { phq9: { first: 8, latest: 13 } }, flagged: false }, // +5 < 6
    { input: { phq9: { first: 14, latest: 8 } }, flagged: false }, // improvement
    { input: { gad7: { first: 5, latest: 9 } }, flagged: true }, // +4 = 4
    { input: { gad7: { first: 5, latest: 8 } }, flagged: false }, // +3 < 4
    { input: { ors: { first: 30, latest: 25 } }, flagged: true }, // −5.0
    { input: { ors: { first: 30, latest: 25.1 } }, flagged: false }, // −4.9
    { input: { ors: { first: 25, latest: 30 } }, flagged: false }, // ORS rising is good
    { input: {}, flagged: false },
    { input: { phq9: null, gad7: null, ors: null }, flagged: false },
  ])('$input → $flagged', ({ input, flagged }) => {
    expect(notOnTrackClientFlag({ clientId: 'c', ...input }) !== null).toBe(flagged);
  });

  it('ORS reason uses one decimal and says "fell"', () => {
    // 32.4 − 26.9 = 5.5 (exact in tenths: 324 − 269 = 55)
    expect(notOnTrackClientFlag({ clientId: 'c', ors: { first: 32.4, latest: 26.9 } })?.reason).toBe(
      'ORS fell 5.5 points, from 32.4 to 26.9; a fall of 5 or more is a reliable deterioration.',
    );
  });

  it('GAD-7 and ORS together → one flag, one sentence each, PHQ-9 without deterioration left out', () => {
    const flag = notOnTrackClientFlag({
      clientId: 'c',
      phq9: { first: 10, latest: 12 },
      gad7: { first: 6, latest: 12 },
      ors: { first: 28, latest: 20 },
    });
    expect(flag?.data.deteriorations.map((d) => [d.instrument, d.change])).toEqual([
      ['GAD-7', 6],
      ['ORS', -8],
    ]);
    expect(flag?.reason).toBe(
      'GAD-7 rose 6 points, from 6 to 12; a rise of 4 or more is a reliable deterioration. ' +
        'ORS fell 8.0 points, from 28.0 to 20.0; a fall of 5 or more is a reliable deterioration.',
    );
  });

  it.each([
    { phq9: { first: 8, latest: 28 } },
    { gad7: { first: -1, latest: 5 } },
    { ors: { first: 30.05, latest: 20 } },
  ])('refuses impossible totals %o', (input) => {
    expect(() => notOnTrackClientFlag({ clientId: 'c', ...input })).toThrowError(
      expect.objectContaining({ name: 'ScoringInputError' }),
    );
  });
});
