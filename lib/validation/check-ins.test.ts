import { describe, expect, test } from 'vitest';
import {
  checkInFieldErrors,
  checkInFromForm,
  checkInInputSchema,
  checkInProblems,
  therapistRatingsFromForm,
  validateBeforeCheckIn,
} from './check-ins';

const g1 = '11111111-1111-4111-8111-111111111111';
const g2 = '22222222-2222-4222-8222-222222222222';
const session = '33333333-3333-4333-8333-333333333333';

describe('reading the check-in form', () => {
  test('keeps unanswered questions as null, never 0, and only the measures the form showed', () => {
    const input = checkInFromForm({
      therapySessionId: session,
      intent: 'draft',
      goals: `${g1},${g2}`,
      measures: 'phq9,ors',
      [`goal-${g1}-progress`]: '7',
      [`goal-${g1}-clarity`]: '',
      'phq9-1': '0',
      'phq9-9': '1',
      'ors-1': '6.5',
    }) as Record<string, unknown>;
    expect(input.goals).toEqual([
      { goalId: g1, progress: 7, clarity: null },
      { goalId: g2, progress: null, clarity: null },
    ]);
    expect(input.phq9).toEqual([0, null, null, null, null, null, null, null, 1]);
    expect(input.gad7).toBeUndefined();
    expect(input.ors).toEqual([6.5, null, null, null]);
    expect(checkInInputSchema.safeParse(input).success).toBe(true);
  });

  test('junk stays junk so validation refuses it, next to its question', () => {
    const raw = checkInFromForm({
      therapySessionId: session,
      intent: 'submit',
      goals: g1,
      measures: 'gad7',
      [`goal-${g1}-progress`]: 'eleven',
      'gad7-3': '3.5',
    });
    const result = checkInInputSchema.safeParse(raw);
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = checkInFieldErrors(result.error, raw);
    expect(errors[`goal-${g1}-progress`]).toEqual(['Progress must be a whole number from 0 to 10.']);
    expect(errors['gad7-3']).toEqual(['Choose one of the four answers for each GAD-7 question.']);
  });

  test('boundaries: progress 0 and 10, clarity 1 and 5 pass; 11 and 0 do not', () => {
    const parse = (progress: number, clarity: number) =>
      checkInInputSchema.safeParse({
        therapySessionId: session,
        intent: 'submit',
        goals: [{ goalId: g1, progress, clarity }],
      }).success;
    expect([parse(0, 1), parse(10, 5), parse(11, 3), parse(5, 0), parse(-1, 3), parse(5, 6)]).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  test('a PHQ-9 must carry exactly 9 answers', () => {
    const parse = (phq9: (number | null)[]) =>
      checkInInputSchema.safeParse({ therapySessionId: session, intent: 'draft', goals: [], phq9 }).success;
    expect(parse(Array<number | null>(9).fill(null))).toBe(true);
    expect(parse(Array<number>(8).fill(0))).toBe(false);
    expect(parse(Array<number>(10).fill(0))).toBe(false);
  });

  test('therapist ratings form', () => {
    expect(
      therapistRatingsFromForm({ therapySessionId: session, goals: `${g1},${g2}`, [`goal-${g1}-progress`]: '4' }),
    ).toEqual({
      therapySessionId: session,
      ratings: [
        { goalId: g1, progress: 4 },
        { goalId: g2, progress: null },
      ],
    });
  });
});

describe('every problem in one round', () => {
  test('an empty clarity, an empty ORS item and an out-of-range ORS mark are all marked at once', () => {
    const raw = checkInFromForm({
      therapySessionId: session,
      intent: 'submit',
      goals: g1,
      measures: 'ors',
      [`goal-${g1}-progress`]: '6',
      'ors-1': '5',
      'ors-2': '12',
      'ors-3': '4',
    });
    const result = checkInInputSchema.safeParse(raw);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(checkInProblems(result.error, raw)).toEqual({
      'ors-2': ['Enter a number from 0.0 to 10.0.'],
      [`goal-${g1}-clarity`]: ['Choose how clear this goal is, or save for later.'],
      'ors-4': ['Answer this question, or save for later and come back to it.'],
    });
  });

  test('a draft may leave questions empty: only the wrong answer is marked', () => {
    const raw = checkInFromForm({
      therapySessionId: session,
      intent: 'draft',
      goals: g1,
      measures: 'ors',
      'ors-2': '12',
    });
    const result = checkInInputSchema.safeParse(raw);
    if (result.success) throw new Error('expected a refusal');
    expect(checkInProblems(result.error, raw)).toEqual({ 'ors-2': ['Enter a number from 0.0 to 10.0.'] });
  });

  test('validateBeforeCheckIn: questionnaires not in the check-in, unknown goals and, on send, every unanswered question', () => {
    const facts = { goalIds: [g1], partOfCheckIn: (instrument: string) => instrument === 'gad7' };
    expect(
      validateBeforeCheckIn(
        { intent: 'draft', goals: [{ goalId: g2, progress: 3, clarity: null }], phq9: Array(9).fill(0) },
        facts,
      ),
    ).toEqual({
      phq9: ['The PHQ-9 is not part of this check-in.'],
      goals: ['One of these goals is not in your plan any more. Reload the page and try again.'],
    });
    expect(
      validateBeforeCheckIn(
        { intent: 'submit', goals: [{ goalId: g1, progress: 0, clarity: null }], gad7: [0, 1, null, 1, 0, 0, 0] },
        facts,
      ),
    ).toEqual({
      'gad7-3': ['Answer this question, or save for later and come back to it.'],
      [`goal-${g1}-clarity`]: ['Choose how clear this goal is, or save for later.'],
    });
    expect(
      validateBeforeCheckIn(
        { intent: 'submit', goals: [{ goalId: g1, progress: 0, clarity: 5 }], gad7: Array(7).fill(0) },
        facts,
      ),
    ).toEqual({});
  });
});
