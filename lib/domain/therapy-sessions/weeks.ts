/**
 * Weeks for objective ticks: Monday to Sunday on the organisation's calendar. Dates are ISO
 * calendar dates ('YYYY-MM-DD'), which have no clock, so no time zone is involved here; the
 * caller turns "now" into today's date in the organisation's zone first.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toUtc(isoDate: string): Date {
  if (!ISO_DATE.test(isoDate)) throw new RangeError(`Expected YYYY-MM-DD, got ${isoDate}`);
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate)
    throw new RangeError(`Not a real date: ${isoDate}`);
  return date;
}

export function addDays(isoDate: string, days: number): string {
  const date = toUtc(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week `isoDate` falls in. */
export function weekStartOf(isoDate: string): string {
  const weekday = (toUtc(isoDate).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(isoDate, -weekday);
}

export type ObjectivePeriod = 'day' | 'week' | 'month';

/**
 * How many times a week an objective asks for: "3 times a week" → 3, "twice a day" → 14.
 * Monthly objectives have no weekly target (a month is not a whole number of weeks): null.
 */
export function weeklyTarget(timesPerPeriod: number | null, period: ObjectivePeriod | null): number | null {
  if (timesPerPeriod === null || period === null || timesPerPeriod < 1) return null;
  if (period === 'day') return timesPerPeriod * 7;
  if (period === 'week') return timesPerPeriod;
  return null;
}

/** "3 times a week", "once a day", "twice a month". */
export function describeFrequency(timesPerPeriod: number | null, period: ObjectivePeriod | null): string | null {
  if (timesPerPeriod === null || period === null) return null;
  const times = timesPerPeriod === 1 ? 'once' : timesPerPeriod === 2 ? 'twice' : `${timesPerPeriod} times`;
  return `${times} a ${period}`;
}

/** The Mondays of the `count` weeks ending with the week of `today`, oldest first. */
export function recentWeekStarts(today: string, count: number): string[] {
  const current = weekStartOf(today);
  return Array.from({ length: count }, (_, index) => addDays(current, -7 * (count - 1 - index)));
}
