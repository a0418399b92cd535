import { dateTimeFormat } from '@/lib/time/intl';

/*
 * Dates and times as people read them. A calendar date (a due date, a date of birth) belongs to
 * no time zone and is shown as stored. An instant (when something happened) is shown on the
 * organisation's clock, so its time zone is a required argument: a default would quietly show
 * one clinic another clinic's time. Pages take the zone from their DTO (`timeZone`).
 */

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

// The calendar date is turned into midnight UTC and read back in UTC, so no zone can shift it.
const calendarDateFormat = dateTimeFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * "14 Mar 2026" from a calendar date (YYYY-MM-DD). An instant is refused rather than shown in
 * UTC, which would be the wrong day for part of the day in most zones: use formatDay for it.
 */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  if (!CALENDAR_DATE.test(isoDate))
    throw new Error(`formatDate takes a calendar date (YYYY-MM-DD); use formatDay for an instant, got "${isoDate}"`);
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? '—' : calendarDateFormat.format(date);
}

const longCalendarDateFormat = dateTimeFormat({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "31 March 2027" from a calendar date (YYYY-MM-DD), for sentences (clients never read ISO dates). */
export function formatLongDate(isoDate: string): string {
  if (!CALENDAR_DATE.test(isoDate))
    throw new Error(`formatLongDate takes a calendar date (YYYY-MM-DD), got "${isoDate}"`);
  return longCalendarDateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A sentence with every YYYY-MM-DD date in it written out ("due by 31 March 2027"). */
export function withReadableDates(text: string): string {
  return text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) =>
    Number.isNaN(new Date(`${iso}T00:00:00Z`).getTime()) ? iso : formatLongDate(iso),
  );
}

/** "14 Mar 2026": the day an instant falls on, on the clock of `timeZone`. */
export function formatDay(instant: string | null | undefined, timeZone: string): string {
  const date = toDate(instant);
  return date ? dateTimeFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(date) : '—';
}

/** "14 Mar 2026, 09:30": an instant on the clock of `timeZone`. */
export function formatDateTime(instant: string | null | undefined, timeZone: string): string {
  const date = toDate(instant);
  return date
    ? dateTimeFormat({
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
      }).format(date)
    : '—';
}

function toDate(instant: string | null | undefined): Date | null {
  if (!instant) return null;
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "14 Mar": the day an instant falls on, on the clock of `timeZone`, without the year (chart labels, recent sessions). */
export function shortDate(instant: string, timeZone: string): string {
  return dateTimeFormat({ day: 'numeric', month: 'short', timeZone }).format(new Date(instant));
}

/** A calendar month ('YYYY-MM') as words: "March 2026" (long), or "Mar" for a chart's axis (short). */
export function monthLabel(month: string, style: 'long' | 'short' = 'long'): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, number - 1, 1));
  return style === 'short'
    ? dateTimeFormat({ month: 'short', timeZone: 'UTC' }).format(date)
    : dateTimeFormat({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
