import { ScoringInputError } from './errors';
import { requireFiniteNumber } from './validate';

/*
 * ORS and SRS items are marked on a line to 0.1, and binary floating point cannot
 * add tenths exactly (0.1 + 0.2 !== 0.3; 38.3 - 37.3 === 0.9999999999999929).
 * So every analogue score is converted to a whole number of tenths, all arithmetic
 * and comparisons are done on integers, and the result is converted back once.
 * `tenths / 10` yields the same double as writing the decimal literal (both are
 * the correctly rounded nearest double), so 253 / 10 === 25.3.
 */

/** Tolerance for "is this a multiple of 0.1?" — far below 0.1, far above float noise. */
const TENTH_GRID_TOLERANCE = 1e-6;

/** Converts a value that must lie on the 0.1 grid (e.g. 7.3) to whole tenths (73). */
export function toTenths(value: unknown, field: string): number {
  const n = requireFiniteNumber(value, field);
  const scaled = n * 10;
  const nearest = Math.round(scaled);
  if (Math.abs(scaled - nearest) > TENTH_GRID_TOLERANCE) {
    throw new ScoringInputError(
      'not-on-tenth-grid',
      field,
      `${field} must be given to one decimal place (steps of 0.1); received ${n}.`,
    );
  }
  // `+ 0` turns a possible -0 (from e.g. -0.01 rounding) into 0.
  return nearest + 0;
}

export function fromTenths(tenths: number): number {
  return tenths / 10 + 0;
}

/** Formats a one-decimal score for people: 36 → "36.0", 35.9 → "35.9". */
export function formatTenths(value: number): string {
  return fromTenths(Math.round(value * 10)).toFixed(1);
}
