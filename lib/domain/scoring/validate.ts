import { ScoringInputError } from './errors';

/** Refuses anything that is not a finite number (NaN, Infinity, strings at runtime). */
export function requireFiniteNumber(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ScoringInputError('not-a-number', field, `${field} must be a number; received ${String(value)}.`);
  }
  return value;
}

/** Refuses non-integers and integers outside [min, max] (both inclusive). */
export function requireIntegerInRange(value: unknown, min: number, max: number, field: string): number {
  const n = requireFiniteNumber(value, field);
  if (!Number.isInteger(n)) {
    throw new ScoringInputError(
      'not-an-integer',
      field,
      `${field} must be a whole number from ${min} to ${max}; received ${n}.`,
    );
  }
  if (n < min || n > max) {
    throw new ScoringInputError('out-of-range', field, `${field} must be from ${min} to ${max}; received ${n}.`);
  }
  return n;
}
