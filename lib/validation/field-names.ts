import type { Instrument } from '@/lib/domain/scoring';

/*
 * What a form shares with its schema, without zod: the names of its fields by schema path
 * (formAction nests them, fieldErrorsOf keys errors by them) and the fixed labels of a choice.
 * Forms run in the browser, so this module holds no validation code
 * (components/client-imports.test.ts keeps zod out of every client bundle).
 */

/** The check-in forms' fields (lib/validation/check-ins.ts reads them). */
export const checkInField = {
  goalId: (index: number) => `goals.${index}.goalId`,
  progress: (index: number) => `goals.${index}.progress`,
  clarity: (index: number) => `goals.${index}.clarity`,
  /** `index` is 0-based, as in the schema: PHQ-9 question 9 is `phq9.8`. */
  item: (instrument: Instrument, index: number) => `${instrument}.${index}`,
};

/** The therapist's goal ratings after a session (lib/validation/therapy-sessions.ts reads them). */
export const therapistRatingField = {
  goalId: (index: number) => `ratings.${index}.goalId`,
  progress: (index: number) => `ratings.${index}.progress`,
};

/** A goal attainment scale's five levels, as the GAS form names and labels them. */
export const GAS_LEVEL_FIELDS = ['levelMinus2', 'levelMinus1', 'level0', 'levelPlus1', 'levelPlus2'] as const;
export const GAS_LEVEL_LABELS: Record<(typeof GAS_LEVEL_FIELDS)[number], string> = {
  levelMinus2: '−2: much less than expected',
  levelMinus1: '−1: somewhat less than expected',
  level0: '0: the expected outcome',
  levelPlus1: '+1: somewhat more than expected',
  levelPlus2: '+2: much more than expected',
};
