/**
 * The one error type for invalid input to a scoring or flag rule.
 *
 * Scoring never "repairs" bad input (a rating of 11, an answer of 2.5, a missing
 * item read as 0): it refuses, so that a wrong number can never reach a chart,
 * a flag or a report. Callers (forms, the data layer) catch this and show the
 * message, or treat it as a programming error.
 */
export type ScoringInputErrorCode =
  | 'not-a-number'
  | 'not-an-integer'
  | 'out-of-range'
  | 'not-on-tenth-grid'
  | 'too-many-items'
  | 'out-of-order'
  | 'invalid-date';

export class ScoringInputError extends Error {
  override readonly name = 'ScoringInputError';

  constructor(
    /** Machine-readable reason, stable for tests and form mapping. */
    readonly code: ScoringInputErrorCode,
    /** Which input was wrong, in words a person can read, e.g. "PHQ-9 item 3". */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
