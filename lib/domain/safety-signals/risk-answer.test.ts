import { describe, expect, test } from 'vitest';
import { isLate, keptRiskAnswerFlag, riskAnswerIn } from './risk-answer';

const phq9 = (item9: unknown) => [1, null, 0, 2, null, null, 0, 0, item9];

describe('riskAnswerIn: question 9 above 0 in a request nobody has validated yet', () => {
  test.each([
    [1, 1],
    [2, 2],
    [3, 3],
  ])('answer %s is a risk answer', (given, expected) => {
    expect(riskAnswerIn({ therapySessionId: 'x', phq9: phq9(given) })).toBe(expected);
  });

  test.each(['1', '2', '3'])('the text "%s", as the form sends it (phq9.8), is a risk answer', (given) => {
    const fromForm = [undefined, undefined, '0', '', undefined, undefined, undefined, undefined, given];
    expect(riskAnswerIn({ therapySessionId: 'x', intent: 'draft', phq9: fromForm })).toBe(Number(given));
  });

  test('even when everything else in the request is wrong', () => {
    expect(
      riskAnswerIn({
        intent: 'nonsense',
        goals: [{ goalId: 7, progress: 99 }],
        ors: 'x',
        phq9: [9, 9, 9, 9, 9, 9, 9, 9, 2],
      }),
    ).toBe(2);
  });

  test.each([
    ['answer 0', phq9(0)],
    ['unanswered', phq9(null)],
    ['an answer of 4 (not one the question offers)', phq9(4)],
    ['2.5', phq9(2.5)],
    ['the text "two"', phq9('two')],
    ['the text "2.5"', phq9('2.5')],
    ['the text "0"', phq9('0')],
    ['eight answers', [0, 0, 0, 0, 0, 0, 0, 2]],
    ['ten answers', [0, 0, 0, 0, 0, 0, 0, 0, 2, 0]],
    ['no PHQ-9', undefined],
  ])('%s is not', (_label, answers) => {
    expect(riskAnswerIn({ phq9: answers })).toBeNull();
  });

  test.each([null, undefined, 'phq9', 42, []])('a request of %s is not', (raw) => {
    expect(riskAnswerIn(raw)).toBeNull();
  });
});

describe('keptRiskAnswerFlag: the flag for an answer kept on its own', () => {
  test('after the window closed: late, and says so', () => {
    const flag = keptRiskAnswerFlag({ answer: 2, answeredOn: '2026-12-07', timing: 'closed' });
    expect(flag.kind).toBe('risk');
    expect(flag.reason).toBe(
      'PHQ-9 item 9 answered 2 (more than half the days) on 2026-12-07. Received after the check-in had closed; ' +
        'the rest of that check-in was not saved.',
    );
    expect(flag.data).toMatchObject({ item: 9, answer: 2, receivedLate: true, timing: 'closed' });
  });

  test('after the check-in was sent elsewhere: late', () => {
    const flag = keptRiskAnswerFlag({ answer: 1, answeredOn: '2026-12-07', timing: 'already-sent' });
    expect(flag.reason).toBe(
      'PHQ-9 item 9 answered 1 (several days) on 2026-12-07. Received late, after this check-in had already been ' +
        'sent; the rest of it was not saved.',
    );
    expect(flag.data.receivedLate).toBe(true);
  });

  test('with a field error while the check-in is open: not late', () => {
    const flag = keptRiskAnswerFlag({ answer: 3, answeredOn: '2026-12-07', timing: 'refused' });
    expect(flag.reason).toBe(
      'PHQ-9 item 9 answered 3 (nearly every day) on 2026-12-07. Received with answers that could not be saved; ' +
        'the rest of that check-in was not saved.',
    );
    expect(flag.data.receivedLate).toBe(false);
  });

  test('late means closed or already sent, nothing else', () => {
    expect((['closed', 'already-sent', 'not-open', 'not-held', 'refused'] as const).filter(isLate)).toEqual([
      'closed',
      'already-sent',
    ]);
  });
});
