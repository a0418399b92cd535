import { describe, expect, it } from 'vitest';
import { GAD7_CASENESS, GAD7_RELIABLE_CHANGE, ScoringInputError, scoreGad7 } from './index';

/** Seven answers summing to `total`, 3s first. */
function answersTotalling(total: number): number[] {
  let remaining = total;
  return Array.from({ length: 7 }, () => {
    const value = Math.min(3, remaining);
    remaining -= value;
    return value;
  });
}

describe('scoreGad7', () => {
  it('scores a full set exactly, with every field', () => {
    // 2+1+1+0+3+0+1 = 8 → mild, a case (caseness starts at 8, "moderate" at 10)
    expect(scoreGad7([2, 1, 1, 0, 3, 0, 1])).toEqual({
      instrument: 'GAD-7',
      complete: true,
      items: [2, 1, 1, 0, 3, 0, 1],
      answered: 7,
      missingItems: [],
      total: 8,
      band: 'mild',
      caseness: true,
    });
  });

  it.each([
    { total: 0, band: 'minimal', caseness: false },
    { total: 4, band: 'minimal', caseness: false },
    { total: 5, band: 'mild', caseness: false },
    { total: 7, band: 'mild', caseness: false },
    { total: 8, band: 'mild', caseness: true },
    { total: 9, band: 'mild', caseness: true },
    { total: 10, band: 'moderate', caseness: true },
    { total: 14, band: 'moderate', caseness: true },
    { total: 15, band: 'severe', caseness: true },
    { total: 21, band: 'severe', caseness: true },
  ])('total $total → $band, caseness $caseness', ({ total, band, caseness }) => {
    const result = scoreGad7(answersTotalling(total));
    expect(result.total).toBe(total);
    expect(result.band).toBe(band);
    expect(result.caseness).toBe(caseness);
  });

  it('exposes caseness 8 and reliable change 4', () => {
    expect(GAD7_CASENESS).toBe(8);
    expect(GAD7_RELIABLE_CHANGE).toBe(4);
  });

  it('6 answers → incomplete with item 7 missing, not a total of the six', () => {
    expect(scoreGad7([3, 3, 3, 3, 3, 3])).toEqual({
      instrument: 'GAD-7',
      complete: false,
      items: [3, 3, 3, 3, 3, 3, null],
      answered: 6,
      missingItems: [7],
      total: null,
      band: null,
      caseness: null,
    });
  });

  it('null in the middle is missing', () => {
    expect(scoreGad7([0, null, 0, 0, 0, 0, 0])).toMatchObject({ complete: false, missingItems: [2] });
  });

  it.each([
    { answers: [0, 0, 0, 0, 0, 0, 0, 0], code: 'too-many-items' },
    { answers: [-1, 0, 0, 0, 0, 0, 0], code: 'out-of-range' },
    { answers: [0, 0, 0, 0, 0, 0, 4], code: 'out-of-range' },
    { answers: [0, 0, 1.5], code: 'not-an-integer' },
  ])('refuses $answers ($code)', ({ answers, code }) => {
    expect(() => scoreGad7(answers)).toThrowError(ScoringInputError);
    expect(() => scoreGad7(answers)).toThrowError(expect.objectContaining({ code }));
  });
});
