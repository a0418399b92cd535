import { describe, expect, it } from 'vitest';

import { meanOf, rate } from './figures';

describe('figures', () => {
  it('a rate keeps its counts and is null for an empty denominator', () => {
    expect(rate(4, 5)).toEqual({ numerator: 4, denominator: 5, value: 0.8 });
    expect(rate(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null });
  });

  it('the mean of nothing is null', () => {
    expect(meanOf([])).toBeNull();
    expect(meanOf([1, 2, 4])).toBeCloseTo(7 / 3, 12);
  });
});
