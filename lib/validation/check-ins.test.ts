import { describe, expect, test } from 'vitest';
import { afterCheckInInputSchema, checkInInputSchema, validateBeforeCheckIn } from './check-ins';
import { checkInField } from './field-names';
import { nestFormValues } from './form-values';
import { fieldErrorsOf } from './parse';
import { therapistRatingsSchema } from './therapy-sessions';

const g1 = '11111111-1111-4111-8111-111111111111';
const g2 = '22222222-2222-4222-8222-222222222222';
const session = '33333333-3333-4333-8333-333333333333';

/** What formAction hands the schema: the form's flat values, named by schema path, nested. */
const form = (values: Record<string, string>) => nestFormValues(values);

/** The errors as the form shows them, keyed by field name. */
function errorsOf(schema: typeof checkInInputSchema | typeof afterCheckInInputSchema, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a refusal');
  return fieldErrorsOf(result.error);
}

describe('the check-in form, named by schema path', () => {
  test('names: goals by their place, questions from 0 (PHQ-9 question 9 is phq9.8)', () => {
    expect([checkInField.goalId(1), checkInField.progress(0), checkInField.clarity(2)]).toEqual([
      'goals.1.goalId',
      'goals.0.progress',
      'goals.2.clarity',
    ]);
    expect(checkInField.item('phq9', 8)).toBe('phq9.8');
  });

  test('keeps unanswered questions as null, never 0, and only the measures the form showed', () => {
    const parsed = checkInInputSchema.parse(
      form({
        therapySessionId: session,
        intent: 'draft',
        measures: 'phq9,ors',
        'goals.0.goalId': g1,
        'goals.0.progress': '7',
        'goals.0.clarity': '',
        'goals.1.goalId': g2,
        'phq9.0': '0',
        'phq9.8': '1',
        'ors.0': '6.5',
      }),
    );
    expect(parsed.goals).toEqual([
      { goalId: g1, progress: 7, clarity: null },
      { goalId: g2, progress: null, clarity: null },
    ]);
    expect(parsed.phq9).toEqual([0, null, null, null, null, null, null, null, 1]);
    expect(parsed.gad7).toBeUndefined();
    expect(parsed.ors).toEqual([6.5, null, null, null]);
  });

  test('a shown questionnaire left wholly unanswered is there, all blank', () => {
    const parsed = checkInInputSchema.parse(form({ therapySessionId: session, intent: 'draft', measures: 'gad7' }));
    expect(parsed.gad7).toEqual(Array(7).fill(null));
    expect(parsed.phq9).toBeUndefined();
  });

  test('junk stays junk so validation refuses it, next to its question', () => {
    const errors = errorsOf(
      checkInInputSchema,
      form({
        therapySessionId: session,
        intent: 'draft',
        measures: 'gad7',
        'goals.0.goalId': g1,
        'goals.0.progress': 'eleven',
        'gad7.2': '3.5',
        'gad7.3': '4',
      }),
    );
    expect(errors).toEqual({
      'goals.0.progress': ['Progress must be a whole number from 0 to 10.'],
      'gad7.2': ['Choose one of the four answers for each GAD-7 question.'],
      'gad7.3': ['Choose one of the four answers for each GAD-7 question.'],
    });
  });

  test('from code and from the form alike: numbers as text are numbers, blanks are unanswered', () => {
    const fromCode = checkInInputSchema.parse({
      therapySessionId: session,
      intent: 'draft',
      goals: [{ goalId: g1, progress: 3, clarity: null }],
      ors: [5, null, 7.5, null],
    });
    const fromForm = checkInInputSchema.parse({
      therapySessionId: session,
      intent: 'draft',
      goals: [{ goalId: g1, progress: ' 3 ', clarity: '' }],
      ors: ['5', '', '7.5', undefined],
    });
    expect(fromForm).toEqual(fromCode);
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

  test('a PHQ-9 from code must carry exactly 9 answers (only a form’s shown questionnaire is padded)', () => {
    const parse = (phq9: (number | null)[]) =>
      checkInInputSchema.safeParse({ therapySessionId: session, intent: 'draft', goals: [], phq9 }).success;
    expect(parse(Array<number | null>(9).fill(null))).toBe(true);
    expect(parse(Array<number>(8).fill(0))).toBe(false);
    expect(parse(Array<number>(10).fill(0))).toBe(false);
  });

  test('the SRS form: shown, padded, and read from text', () => {
    expect(
      afterCheckInInputSchema.parse(form({ therapySessionId: session, intent: 'draft', measures: 'srs', 'srs.1': '8' }))
        .srs,
    ).toEqual([null, 8, null, null]);
  });

  test('therapist ratings form: ratings.N.goalId and ratings.N.progress; a radio group left alone is unrated', () => {
    expect(
      therapistRatingsSchema.parse(
        form({
          therapySessionId: session,
          'ratings.0.goalId': g1,
          'ratings.0.progress': '4',
          'ratings.1.goalId': g2,
        }),
      ),
    ).toEqual({
      therapySessionId: session,
      ratings: [
        { goalId: g1, progress: 4 },
        { goalId: g2, progress: null },
      ],
    });
    const refused = therapistRatingsSchema.safeParse(
      form({ therapySessionId: session, 'ratings.0.goalId': g1, 'ratings.0.progress': '11' }),
    );
    expect(refused.success ? {} : fieldErrorsOf(refused.error)).toEqual({
      'ratings.0.progress': ['Progress must be a whole number from 0 to 10.'],
    });
  });
});

describe('every problem in one round', () => {
  test('an empty clarity, an empty ORS item and an out-of-range ORS mark are all marked at once', () => {
    expect(
      errorsOf(
        checkInInputSchema,
        form({
          therapySessionId: session,
          intent: 'submit',
          measures: 'ors',
          'goals.0.goalId': g1,
          'goals.0.progress': '6',
          'ors.0': '5',
          'ors.1': '12',
          'ors.2': '4',
        }),
      ),
    ).toEqual({
      'ors.1': ['Enter a number from 0.0 to 10.0.'],
      'goals.0.clarity': ['Choose how clear this goal is, or save for later.'],
      'ors.3': ['Answer this question, or save for later and come back to it.'],
    });
  });

  test('a shown PHQ-9 left wholly unanswered on "Send" gets a message next to each question', () => {
    const errors = errorsOf(
      checkInInputSchema,
      form({ therapySessionId: session, intent: 'submit', measures: 'phq9', 'goals.0.goalId': 'not-a-goal' }),
    );
    expect(Object.keys(errors).filter((field) => field.startsWith('phq9.'))).toEqual(
      Array.from({ length: 9 }, (_, index) => `phq9.${index}`),
    );
    expect(errors['goals.0.goalId']).toBeDefined();
  });

  test('the SRS too: a wrong mark and the unanswered ones at once', () => {
    expect(
      errorsOf(
        afterCheckInInputSchema,
        form({ therapySessionId: session, intent: 'submit', measures: 'srs', 'srs.0': '11', 'srs.1': '5' }),
      ),
    ).toEqual({
      'srs.0': ['Enter a number from 0.0 to 10.0.'],
      'srs.2': ['Answer this question, or save for later and come back to it.'],
      'srs.3': ['Answer this question, or save for later and come back to it.'],
    });
  });

  test('a draft may leave questions empty: only the wrong answer is marked', () => {
    expect(
      errorsOf(
        checkInInputSchema,
        form({ therapySessionId: session, intent: 'draft', measures: 'ors', 'goals.0.goalId': g1, 'ors.1': '12' }),
      ),
    ).toEqual({ 'ors.1': ['Enter a number from 0.0 to 10.0.'] });
  });

  test('a complete-looking but unanswered "Send" passes the schema: the data layer says what is missing, after the window', () => {
    expect(
      checkInInputSchema.safeParse(
        form({ therapySessionId: session, intent: 'submit', measures: 'ors', 'goals.0.goalId': g1 }),
      ).success,
    ).toBe(true);
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
      'gad7.2': ['Answer this question, or save for later and come back to it.'],
      'goals.0.clarity': ['Choose how clear this goal is, or save for later.'],
    });
    expect(
      validateBeforeCheckIn(
        { intent: 'submit', goals: [{ goalId: g1, progress: 0, clarity: 5 }], gad7: Array(7).fill(0) },
        facts,
      ),
    ).toEqual({});
    expect(
      validateBeforeCheckIn({ intent: 'submit', goals: [], gad7: Array(7).fill(0) }, { ...facts, goalIds: [g1] }),
    ).toEqual({ goals: ['A goal was added to your plan. Reload the page to rate it, or save for later.'] });
  });
});
