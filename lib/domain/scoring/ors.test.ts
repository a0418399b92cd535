import { describe, expect, it } from 'vitest';
import { ORS_RELIABLE_CHANGE, ScoringInputError, orsClinicalCutoff, scoreOrs } from './index';

describe('scoreOrs — totals', () => {
  it('sums in exact tenths: 2.1 + 3.2 + 4.3 + 5.4 = 15 (float addition gives 15.000000000000002)', () => {
    expect(2.1 + 3.2 + 4.3 + 5.4).not.toBe(15);
    expect(scoreOrs([2.1, 3.2, 4.3, 5.4], 30)).toEqual({
      instrument: 'ORS',
      complete: true,
      items: [2.1, 3.2, 4.3, 5.4],
      answered: 4,
      missingItems: [],
      total: 15,
      clinicalCutoff: 25,
      cutoffBasis: 'adult',
      clinical: true,
    });
  });

  it('7.1 + 8.2 + 6.3 + 3.3 = 24.9 exactly', () => {
    expect(scoreOrs([7.1, 8.2, 6.3, 3.3], 30).total).toBe(24.9);
  });

  it('accepts the ends of the line, 0.0 and 10.0', () => {
    expect(scoreOrs([0, 0, 0, 0], 30).total).toBe(0);
    expect(scoreOrs([10, 10, 10, 10], 30).total).toBe(40);
  });

  it('exposes reliable change 5', () => {
    expect(ORS_RELIABLE_CHANGE).toBe(5);
  });
});

describe('scoreOrs — clinical cutoff by age', () => {
  it.each([
    // items → total; age; clinical
    { items: [6, 6, 6, 7], total: 25, age: 18, clinical: true, cutoff: 25 }, // adult: 25 <= 25
    { items: [6, 6, 7, 7], total: 26, age: 18, clinical: false, cutoff: 25 },
    { items: [6.2, 6.3, 6.2, 6.3], total: 25, age: 45, clinical: true, cutoff: 25 },
    { items: [6.2, 6.3, 6.3, 6.3], total: 25.1, age: 45, clinical: false, cutoff: 25 },
    { items: [7, 7, 7, 7], total: 28, age: 13, clinical: true, cutoff: 28 }, // adolescent: 28 <= 28
    { items: [7, 7, 7, 8], total: 29, age: 13, clinical: false, cutoff: 28 },
    { items: [7, 7, 7, 7], total: 28, age: 17, clinical: true, cutoff: 28 }, // 17 still adolescent
    { items: [7, 7, 7, 7], total: 28, age: 18, clinical: false, cutoff: 25 }, // 18 is adult: 28 > 25
    { items: [1, 1, 1, 1], total: 4, age: 12, clinical: null, cutoff: null }, // under 13: no cutoff
    { items: [6, 6, 6, 7], total: 25, age: null, clinical: null, cutoff: null }, // unknown → no cutoff, never the adult one
    { items: [1, 1, 1, 1], total: 4, age: null, clinical: null, cutoff: null },
  ])('total $total at age $age → clinical $clinical', ({ items, total, age, clinical, cutoff }) => {
    const result = scoreOrs(items, age);
    expect(result.total).toBe(total);
    expect(result.clinical).toBe(clinical);
    expect(result.clinicalCutoff).toBe(cutoff);
  });

  it.each([
    { age: 0, expected: { cutoff: null, basis: 'child-no-cutoff' } },
    { age: 12, expected: { cutoff: null, basis: 'child-no-cutoff' } },
    { age: 13, expected: { cutoff: 28, basis: 'adolescent' } },
    { age: 17, expected: { cutoff: 28, basis: 'adolescent' } },
    { age: 18, expected: { cutoff: 25, basis: 'adult' } },
    { age: null, expected: { cutoff: null, basis: 'age-unknown' } },
  ])('orsClinicalCutoff($age)', ({ age, expected }) => {
    expect(orsClinicalCutoff(age)).toEqual(expected);
  });

  it.each([-1, 17.5, 131, Number.NaN])('refuses age %s', (age) => {
    expect(() => orsClinicalCutoff(age)).toThrowError(ScoringInputError);
  });
});

describe('scoreOrs — incomplete and invalid', () => {
  it('three marks → incomplete, never a total', () => {
    expect(scoreOrs([5, 5, 5], 30)).toEqual({
      instrument: 'ORS',
      complete: false,
      items: [5, 5, 5, null],
      answered: 3,
      missingItems: [4],
      total: null,
      clinicalCutoff: 25,
      cutoffBasis: 'adult',
      clinical: null,
    });
  });

  it('null in the middle is missing', () => {
    expect(scoreOrs([5, null, 5, 5], 30)).toMatchObject({ complete: false, missingItems: [2], total: null });
  });

  it.each([
    { items: [10.05, 5, 5, 5], code: 'not-on-tenth-grid' },
    { items: [5, 5, 5, 5.55], code: 'not-on-tenth-grid' },
    { items: [10.1, 5, 5, 5], code: 'out-of-range' },
    { items: [-0.1, 5, 5, 5], code: 'out-of-range' },
    { items: [5, 5, 5, 5, 5], code: 'too-many-items' },
    { items: [5, Number.NaN, 5, 5], code: 'not-a-number' },
  ])('refuses $items ($code)', ({ items, code }) => {
    expect(() => scoreOrs(items, 30)).toThrowError(expect.objectContaining({ name: 'ScoringInputError', code }));
  });
});
