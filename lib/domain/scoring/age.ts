import { ScoringInputError } from './errors';

/*
 * A person's age in whole years on a calendar date, for the ORS cutoff (the age on the date of
 * the score). Both dates are calendar dates (YYYY-MM-DD), the score's taken on the
 * organisation's calendar, so no time zone can move a birthday. The birthday itself counts:
 * someone born on 2008-05-10 is 18 on 2026-05-10. Born on 29 February: a year older on
 * 1 March in a year without one.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(value: string, field: string): [number, number, number] {
  const match = DATE.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new ScoringInputError(
      'not-a-number',
      field,
      `${field} must be a date written YYYY-MM-DD; received ${value}.`,
    );
  }
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Whole years from `dateOfBirth` to `onDate`; null when the date of birth is unknown. */
export function ageOnDate(dateOfBirth: string | null, onDate: string): number | null {
  if (dateOfBirth === null || dateOfBirth === '') return null;
  const [by, bm, bd] = parts(dateOfBirth, 'date of birth');
  const [y, m, d] = parts(onDate, 'date of the score');
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  if (age < 0)
    throw new ScoringInputError(
      'out-of-range',
      'date of birth',
      `The date of birth ${dateOfBirth} is after the date of the score ${onDate}.`,
    );
  return age;
}
