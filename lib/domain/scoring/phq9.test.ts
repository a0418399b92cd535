import { describe, expect, it } from 'vitest';
import { PHQ9_CASENESS, PHQ9_RELIABLE_CHANGE, ScoringInputError, scorePhq9, type MaybeAnswer } from './index';

/** Nine answers whose sum is `total`, filled 3s first, with item 9 set separately. */
function answersTotalling(total: number, item9 = 0): number[] {
  const answers: number[] = [];
  let remaining = total - item9;
  for (let i = 0; i < 8; i += 1) {
    const value = Math.min(3, remaining);
    answers.push(value);
    remaining -= value;
  }
  answers.push(item9);
  if (remaining !== 0) throw new Error(`cannot build total ${total}`);
  return answers;
}

describe('scorePhq9 — complete questionnaires', () => {
  it('scores a full set exactly, with every field', () => {
    // 1+2+0+3+1+0+2+1+0 = 10 → moderate, a case
    expect(scorePhq9([1, 2, 0, 3, 1, 0, 2, 1, 0])).toEqual({
      instrument: 'PHQ-9',
      complete: true,
      items: [1, 2, 0, 3, 1, 0, 2, 1, 0],
      answered: 9,
      missingItems: [],
      total: 10,
      band: 'moderate',
      caseness: true,
      riskItem9: 0,
      risk: false,
    });
  });

  it.each([
    { total: 0, band: 'none-minimal', caseness: false },
    { total: 4, band: 'none-minimal', caseness: false },
    { total: 5, band: 'mild', caseness: false },
    { total: 9, band: 'mild', caseness: false },
    { total: 10, band: 'moderate', caseness: true },
    { total: 14, band: 'moderate', caseness: true },
    { total: 15, band: 'moderately-severe', caseness: true },
    { total: 19, band: 'moderately-severe', caseness: true },
    { total: 20, band: 'severe', caseness: true },
    { total: 27, band: 'severe', caseness: true },
  ])('total $total → $band, caseness $caseness', ({ total, band, caseness }) => {
    const result = scorePhq9(answersTotalling(total, total === 27 ? 3 : 0));
    expect(result.complete).toBe(true);
    expect(result.total).toBe(total);
    expect(result.band).toBe(band);
    expect(result.caseness).toBe(caseness);
  });

  it('exposes caseness 10 and reliable change 6', () => {
    expect(PHQ9_CASENESS).toBe(10);
    expect(PHQ9_RELIABLE_CHANGE).toBe(6);
  });

  it('complete with item 9 > 0 reports risk', () => {
    const result = scorePhq9([0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(result).toMatchObject({ complete: true, total: 2, band: 'none-minimal', riskItem9: 2, risk: true });
  });

  it('is plain JSON', () => {
    const result = scorePhq9([1, 2, 0, 3, 1, 0, 2, 1, 1]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('scorePhq9 — incomplete answers are never scored as 0', () => {
  it('8 answers → incomplete, item 9 missing, no total', () => {
    expect(scorePhq9([3, 3, 3, 3, 3, 3, 3, 3])).toEqual({
      instrument: 'PHQ-9',
      complete: false,
      items: [3, 3, 3, 3, 3, 3, 3, 3, null],
      answered: 8,
      missingItems: [9],
      total: null,
      band: null,
      caseness: null,
      riskItem9: null,
      risk: false,
    });
  });

  it('null and undefined in the middle are missing, not 0', () => {
    const result = scorePhq9([1, null, 1, undefined, 1, 1, 1, 1, 0]);
    expect(result).toMatchObject({ complete: false, answered: 7, missingItems: [2, 4], total: null });
  });

  it('a sparse array (holes) is missing, not 0', () => {
    const answers: MaybeAnswer[] = [];
    answers[0] = 2;
    answers[8] = 0;
    expect(scorePhq9(answers)).toMatchObject({ complete: false, answered: 2, missingItems: [2, 3, 4, 5, 6, 7, 8] });
  });

  it('an empty draft → nothing answered', () => {
    expect(scorePhq9([])).toMatchObject({
      complete: false,
      answered: 0,
      missingItems: [1, 2, 3, 4, 5, 6, 7, 8, 9],
      riskItem9: null,
      risk: false,
    });
  });

  it('a draft with only item 9 answered (1) reports risk', () => {
    const draft = [null, null, null, null, null, null, null, null, 1];
    expect(scorePhq9(draft)).toMatchObject({
      complete: false,
      answered: 1,
      missingItems: [1, 2, 3, 4, 5, 6, 7, 8],
      riskItem9: 1,
      risk: true,
      total: null,
    });
  });

  it('a draft with item 9 answered 0 reports no risk but records the answer', () => {
    expect(
      scorePhq9([undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 0]),
    ).toMatchObject({
      riskItem9: 0,
      risk: false,
    });
  });
});

describe('scorePhq9 — invalid answers are refused', () => {
  it.each([
    { answers: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], code: 'too-many-items' }, // 10 answers
    { answers: [-1, 0, 0, 0, 0, 0, 0, 0, 0], code: 'out-of-range' },
    { answers: [0, 0, 4, 0, 0, 0, 0, 0, 0], code: 'out-of-range' },
    { answers: [0, 2.5, 0, 0, 0, 0, 0, 0, 0], code: 'not-an-integer' },
    { answers: [0, 0, 0, 0, 0, 0, 0, 0, Number.NaN], code: 'not-a-number' },
  ])('refuses $answers ($code)', ({ answers, code }) => {
    expect(() => scorePhq9(answers)).toThrowError(ScoringInputError);
    expect(() => scorePhq9(answers)).toThrowError(expect.objectContaining({ code }));
  });

  it('refuses a string answer instead of coercing it (runtime data from an unvalidated form)', () => {
    const fromForm = [1, '2'] as unknown as MaybeAnswer[];
    expect(() => scorePhq9(fromForm)).toThrowError(
      expect.objectContaining({ code: 'not-a-number', field: 'PHQ-9 item 2' }),
    );
  });

  it('names the item in the message', () => {
    expect(() => scorePhq9([0, 2.5])).toThrowError('PHQ-9 item 2 must be a whole number from 0 to 3; received 2.5.');
  });

  it('refuses an invalid item 9 in a draft instead of ignoring it', () => {
    expect(() => scorePhq9([null, null, null, null, null, null, null, null, 7])).toThrowError(
      expect.objectContaining({ code: 'out-of-range', field: 'PHQ-9 item 9' }),
    );
  });
});
