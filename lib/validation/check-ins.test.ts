import { describe, expect, test } from 'vitest';
import { checkInFieldErrors, checkInFromForm, checkInInputSchema, therapistRatingsFromForm } from './check-ins';

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
    const raw = checkInFromForm({ therapySessionId: session, intent: 'submit', goals: g1, measures: 'gad7', [`goal-${g1}-progress`]: 'eleven', 'gad7-3': '3.5' });
    const result = checkInInputSchema.safeParse(raw);
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = checkInFieldErrors(result.error, raw);
    expect(errors[`goal-${g1}-progress`]).toEqual(['Progress must be a whole number from 0 to 10.']);
    expect(errors['gad7-3']).toEqual(['Choose one of the four answers for each GAD-7 question.']);
  });

  test('boundaries: progress 0 and 10, clarity 1 and 5 pass; 11 and 0 do not', () => {
    const parse = (progress: number, clarity: number) => checkInInputSchema.safeParse({ therapySessionId: session, intent: 'submit', goals: [{ goalId: g1, progress, clarity }] }).success;
    expect([parse(0, 1), parse(10, 5), parse(11, 3), parse(5, 0), parse(-1, 3), parse(5, 6)]).toEqual([true, true, false, false, false, false]);
  });

  test('a PHQ-9 must carry exactly 9 answers', () => {
    const parse = (phq9: (number | null)[]) => checkInInputSchema.safeParse({ therapySessionId: session, intent: 'draft', goals: [], phq9 }).success;
    expect(parse(Array<number | null>(9).fill(null))).toBe(true);
    expect(parse(Array<number>(8).fill(0))).toBe(false);
    expect(parse(Array<number>(10).fill(0))).toBe(false);
  });

  test('therapist ratings form', () => {
    expect(therapistRatingsFromForm({ therapySessionId: session, goals: `${g1},${g2}`, [`goal-${g1}-progress`]: '4' })).toEqual({
      therapySessionId: session,
      ratings: [
        { goalId: g1, progress: 4 },
        { goalId: g2, progress: null },
      ],
    });
  });
});
