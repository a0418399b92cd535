import { describe, expect, it } from 'vitest';
import { ScoringInputError } from '../scoring';
import { phq9RiskFlag } from './index';

describe('phq9RiskFlag', () => {
  it('complete questionnaire, item 9 = 1 → flag with the exact sentence and data', () => {
    expect(phq9RiskFlag({ answers: [1, 1, 0, 2, 0, 1, 0, 0, 1], answeredOn: '2026-11-20' })).toEqual({
      kind: 'risk',
      reason: 'PHQ-9 item 9 answered 1 (several days) on 2026-11-20.',
      data: {
        instrument: 'PHQ-9',
        item: 9,
        answer: 1,
        answerLabel: 'Several days',
        answeredOn: '2026-11-20',
        questionnaireComplete: true,
        answeredItems: 9,
      },
    });
  });

  it('a draft with only item 9 answered (3) still raises the flag, and says it is unfinished', () => {
    const flag = phq9RiskFlag({
      answers: [null, null, null, null, null, null, null, null, 3],
      answeredOn: '2026-11-21',
    });
    expect(flag?.reason).toBe(
      'PHQ-9 item 9 answered 3 (nearly every day) on 2026-11-21 (questionnaire not finished: 1 of 9 items answered).',
    );
    expect(flag?.data).toMatchObject({ answer: 3, questionnaireComplete: false, answeredItems: 1 });
  });

  it('item 9 = 2 → "more than half the days"', () => {
    expect(phq9RiskFlag({ answers: [0, 0, 0, 0, 0, 0, 0, 0, 2], answeredOn: '2026-01-02' })?.reason).toBe(
      'PHQ-9 item 9 answered 2 (more than half the days) on 2026-01-02.',
    );
  });

  it.each([
    { answers: [3, 3, 3, 3, 3, 3, 3, 3, 0], why: 'item 9 answered 0, however high the rest' },
    { answers: [3, 3, 3, 3, 3, 3, 3, 3], why: 'item 9 not answered yet' },
    { answers: [], why: 'nothing answered' },
  ])('no flag when $why', ({ answers }) => {
    expect(phq9RiskFlag({ answers, answeredOn: '2026-11-20' })).toBeNull();
  });

  it('refuses an out-of-range item 9 rather than reporting "no risk"', () => {
    expect(() => phq9RiskFlag({ answers: [0, 0, 0, 0, 0, 0, 0, 0, 4], answeredOn: '2026-11-20' })).toThrowError(
      ScoringInputError,
    );
  });

  it.each(['20/11/2026', '2026-13-01', '2026-11-20T10:00:00Z', ''])('refuses answeredOn "%s"', (answeredOn) => {
    expect(() => phq9RiskFlag({ answers: [0, 0, 0, 0, 0, 0, 0, 0, 1], answeredOn })).toThrowError(
      expect.objectContaining({ code: 'invalid-date' }),
    );
  });
});
