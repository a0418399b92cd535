import { describe, expect, it } from 'vitest';
import { GAS_DEFAULT_RHO, ScoringInputError, gasTScore, roundToOneDecimal } from './index';

/*
 * T = 50 + 10·Σwx / √((1−ρ)Σw² + ρ(Σw)²), ρ = 0.3 unless stated.
 * Expected values below are worked by hand; toBeCloseTo(x, 6) checks 6 decimals.
 */
describe('gasTScore', () => {
  it('returns null for no goals', () => {
    expect(gasTScore([])).toBeNull();
  });

  it('three unweighted goals at +1 → 63.693… unrounded, 63.7 rounded', () => {
    // Σwx = 3; Σw² = 3; (Σw)² = 9; 0.7·3 + 0.3·9 = 2.1 + 2.7 = 4.8; √4.8 = 2.19089023
    // T = 50 + 30 / 2.19089023 = 50 + 13.69306394 = 63.69306394
    const t = gasTScore([{ level: 1 }, { level: 1 }, { level: 1 }]);
    expect(t).toBeCloseTo(63.69306394, 6);
    expect(t === null ? null : roundToOneDecimal(t)).toBe(63.7);
  });

  it('all goals at the expected level (0) → exactly 50', () => {
    expect(gasTScore([{ level: 0 }, { level: 0, weight: 3 }, { level: 0 }])).toBe(50);
  });

  it('three unweighted goals at −1 mirror +1 → 36.3', () => {
    // 50 − 13.69306394 = 36.30693606
    const t = gasTScore([{ level: -1 }, { level: -1 }, { level: -1 }]);
    expect(t).toBeCloseTo(36.30693606, 6);
    expect(t === null ? null : roundToOneDecimal(t)).toBe(36.3);
  });

  it('one goal: the weight cancels and the denominator is 1', () => {
    // +2, w=1: Σwx = 2; √(0.7·1 + 0.3·1) = 1; T = 50 + 20 = 70
    expect(gasTScore([{ level: 2 }])).toBe(70);
    // −2, w=5: Σwx = −10; √(0.7·25 + 0.3·25) = √25 = 5; T = 50 − 100/5 = 30
    expect(gasTScore([{ level: -2, weight: 5 }])).toBe(30);
  });

  it('weighted: levels +1, 0, −1 with weights 1, 2, 3 → 45.6', () => {
    // Σwx = 1·1 + 2·0 + 3·(−1) = −2
    // Σw² = 1 + 4 + 9 = 14; Σw = 6, (Σw)² = 36
    // 0.7·14 + 0.3·36 = 9.8 + 10.8 = 20.6; √20.6 = 4.53872229
    // T = 50 − 20 / 4.53872229 = 50 − 4.40652649 = 45.59347351
    const t = gasTScore([
      { level: 1, weight: 1 },
      { level: 0, weight: 2 },
      { level: -1, weight: 3 },
    ]);
    expect(t).toBeCloseTo(45.59347351, 6);
    expect(t === null ? null : roundToOneDecimal(t)).toBe(45.6);
  });

  it('weighted: levels +2, −1 with weights 1, 3 → 47.1', () => {
    // Σwx = 2 − 3 = −1; Σw² = 1 + 9 = 10; (Σw)² = 16
    // 0.7·10 + 0.3·16 = 7 + 4.8 = 11.8; √11.8 = 3.43511281
    // T = 50 − 10 / 3.43511281 = 50 − 2.91111255 = 47.08888745
    const t = gasTScore([
      { level: 2, weight: 1 },
      { level: -1, weight: 3 },
    ]);
    expect(t).toBeCloseTo(47.08888745, 6);
    expect(t === null ? null : roundToOneDecimal(t)).toBe(47.1);
  });

  it('equal weights give the same T as no weights', () => {
    // w = 2 each: Σwx = 6; 0.7·12 + 0.3·36 = 8.4 + 10.8 = 19.2; √19.2 = 4.38178046; 60 / 4.38178046 = 13.69306394
    expect(
      gasTScore([
        { level: 1, weight: 2 },
        { level: 1, weight: 2 },
        { level: 1, weight: 2 },
      ]),
    ).toBeCloseTo(63.69306394, 6);
  });

  it('honours a custom rho: ρ = 0, four goals at +1 → 70', () => {
    // Σwx = 4; √(1·4 + 0·16) = 2; T = 50 + 40/2 = 70
    expect(gasTScore([{ level: 1 }, { level: 1 }, { level: 1 }, { level: 1 }], 0)).toBe(70);
  });

  it('defaults rho to 0.3', () => {
    expect(GAS_DEFAULT_RHO).toBe(0.3);
  });

  it.each([
    { items: [{ level: 3 }], code: 'out-of-range' },
    { items: [{ level: -3 }], code: 'out-of-range' },
    { items: [{ level: 0.5 }], code: 'not-an-integer' },
    { items: [{ level: 1, weight: 0 }], code: 'out-of-range' },
    { items: [{ level: 1, weight: -2 }], code: 'out-of-range' },
    { items: [{ level: 1, weight: Number.NaN }], code: 'not-a-number' },
  ])('refuses $items ($code)', ({ items, code }) => {
    expect(() => gasTScore(items)).toThrowError(expect.objectContaining({ name: 'ScoringInputError', code }));
  });

  it.each([-0.1, 1.1, Number.NaN])('refuses rho %s', (rho) => {
    expect(() => gasTScore([{ level: 1 }], rho)).toThrowError(ScoringInputError);
  });
});
