/**
 * Calendar dates in the organisation's IANA time zone. A review date or a month bucket is a
 * date on the clinic's wall calendar, not in UTC: a session at 9:00 on 1 February in Auckland
 * is 20:00 on 31 January in UTC.
 */

import { dateTimeFormat } from './intl';

export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  // Throws RangeError for an unknown zone (nothing is cached then).
  return dateTimeFormat({ timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }, 'en-US');
}

/** The wall-calendar date of an instant in a time zone. */
export function calendarDateIn(instant: Date, timeZone: string): CalendarDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: 'year' | 'month' | 'day'): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** 'YYYY-MM-DD'; ISO dates compare correctly as strings. */
export function toIsoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Today's date on a time zone's calendar, as 'YYYY-MM-DD' (due, review and session dates are calendar days). */
export function todayIn(timeZone: string, now: Date): string {
  return toIsoDate(calendarDateIn(now, timeZone));
}

/** 'YYYY-MM' */
export function toIsoMonth(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}`;
}

/** Adds whole calendar days (no time zone involved: a calendar date has no clock). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}
