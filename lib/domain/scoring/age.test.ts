import { describe, expect, it } from 'vitest';
import { ScoringInputError, ageOnDate, orsClinicalCutoff, scoreOrs } from './index';

describe('ageOnDate', () => {
  it.each([
    { born: '2008-05-10', on: '2026-05-09', age: 17, why: 'the day before the 18th birthday' },
    { born: '2008-05-10', on: '2026-05-10', age: 18, why: 'the birthday itself counts' },
    { born: '2008-05-10', on: '2026-05-11', age: 18, why: 'the day after' },
    { born: '2013-12-31', on: '2026-12-30', age: 12, why: 'a day short of 13' },
    { born: '2013-12-31', on: '2026-12-31', age: 13, why: 'turns 13 on the day' },
    { born: '2008-02-29', on: '2026-02-28', age: 17, why: 'born on 29 February, not yet 18 on 28 February' },
    { born: '2008-02-29', on: '2026-03-01', age: 18, why: '… and 18 on 1 March' },
    { born: '2026-03-01', on: '2026-03-01', age: 0, why: 'born that day' },
  ])('$born on $on → $age ($why)', ({ born, on, age }) => {
    expect(ageOnDate(born, on)).toBe(age);
  });

  it('unknown date of birth → null', () => {
    expect(ageOnDate(null, '2026-03-01')).toBeNull();
    expect(ageOnDate('', '2026-03-01')).toBeNull();
  });

  it.each([
    ['2026-02-30', '2026-03-01'],
    ['2026-3-1', '2026-03-01'],
    ['2027-01-01', '2026-03-01'],
  ])('refuses %s on %s', (born, on) => {
    expect(() => ageOnDate(born, on)).toThrowError(ScoringInputError);
  });
});

describe('the ORS cutoff on the date of the score', () => {
  // Born 2008-05-10: 17 the day before the score date's birthday, 18 on it.
  const cutoffOn = (on: string) => orsClinicalCutoff(ageOnDate('2008-05-10', on));

  it('a score on the 18th birthday uses the adult cutoff 25; the day before, 28', () => {
    expect(cutoffOn('2026-05-09')).toEqual({ cutoff: 28, basis: 'adolescent' });
    expect(cutoffOn('2026-05-10')).toEqual({ cutoff: 25, basis: 'adult' });
    // 26.0 is clinical the day before (≤ 28) and not on the birthday (> 25).
    expect(scoreOrs([6.5, 6.5, 6.5, 6.5], ageOnDate('2008-05-10', '2026-05-09')).clinical).toBe(true);
    expect(scoreOrs([6.5, 6.5, 6.5, 6.5], ageOnDate('2008-05-10', '2026-05-10')).clinical).toBe(false);
  });

  it('12 → none, 13 → 28, 17 → 28, 18 → 25, unknown → none', () => {
    expect([12, 13, 17, 18, null].map((age) => orsClinicalCutoff(age))).toEqual([
      { cutoff: null, basis: 'child-no-cutoff' },
      { cutoff: 28, basis: 'adolescent' },
      { cutoff: 28, basis: 'adolescent' },
      { cutoff: 25, basis: 'adult' },
      { cutoff: null, basis: 'age-unknown' },
    ]);
  });
});
