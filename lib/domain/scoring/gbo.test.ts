import { describe, expect, it } from 'vitest';
import { GBO_RELIABLE_CHANGE, ScoringInputError, gboChange, validateGboRating } from './index';

describe('gboChange', () => {
  it('returns null when there is no rating yet', () => {
    expect(gboChange([])).toBeNull();
  });

  it('treats a single rating as baseline and latest, change 0', () => {
    expect(gboChange([4])).toEqual({
      baseline: 4,
      latest: 4,
      change: 0,
      reliableImprovement: false,
      reliableDeterioration: false,
    });
  });

  it('uses first and latest only, ignoring the path between', () => {
    // 2 → 9 → 1 → 5: change = 5 − 2 = 3
    expect(gboChange([2, 9, 1, 5])).toEqual({
      baseline: 2,
      latest: 5,
      change: 3,
      reliableImprovement: true,
      reliableDeterioration: false,
    });
  });

  it.each([
    // [ratings, change, reliableImprovement, reliableDeterioration]
    { ratings: [3, 5], change: 2, improved: false, deteriorated: false }, // 5 − 3 = 2, just short
    { ratings: [3, 6], change: 3, improved: true, deteriorated: false }, // 6 − 3 = 3, exactly reliable
    { ratings: [6, 4], change: -2, improved: false, deteriorated: false }, // 4 − 6 = −2, just short
    { ratings: [6, 3], change: -3, improved: false, deteriorated: true }, // 3 − 6 = −3, exactly reliable
    { ratings: [0, 10], change: 10, improved: true, deteriorated: false }, // full range
    { ratings: [10, 0], change: -10, improved: false, deteriorated: true },
  ])('$ratings → change $change', ({ ratings, change, improved, deteriorated }) => {
    const result = gboChange(ratings);
    expect(result?.change).toBe(change);
    expect(result?.reliableImprovement).toBe(improved);
    expect(result?.reliableDeterioration).toBe(deteriorated);
  });

  it('exposes the reliable-change constant as 3', () => {
    expect(GBO_RELIABLE_CHANGE).toBe(3);
  });

  it.each([
    { ratings: [5, 11], code: 'out-of-range' },
    { ratings: [-1], code: 'out-of-range' },
    { ratings: [4.5], code: 'not-an-integer' },
    { ratings: [Number.NaN], code: 'not-a-number' },
    { ratings: [3, Number.POSITIVE_INFINITY], code: 'not-a-number' },
  ])('refuses $ratings ($code), even in the middle of a series', ({ ratings, code }) => {
    expect(() => gboChange(ratings)).toThrowError(ScoringInputError);
    expect(() => gboChange(ratings)).toThrowError(expect.objectContaining({ code }));
  });

  it('refuses a bad rating that is neither first nor last', () => {
    expect(() => gboChange([3, 12, 5])).toThrowError(/GBO rating 2 must be from 0 to 10; received 12/);
  });

  it('validateGboRating accepts 0 and 10 and names the field on error', () => {
    expect(validateGboRating(0)).toBe(0);
    expect(validateGboRating(10)).toBe(10);
    expect(() => validateGboRating(11, 'client rating')).toThrowError(
      'client rating must be from 0 to 10; received 11.',
    );
  });
});
