import { addCalendarDays, calendarDateIn, toIsoDate } from '@/lib/time/local-date';

/**
 * Plan reviews. A review is signing the plan again; each full signing sets the next review
 * date to the signing day (in the organisation's time zone) plus the cadence (default 90 days).
 */

export const DEFAULT_REVIEW_CADENCE_DAYS = 90;

/** The next review date as 'YYYY-MM-DD' on the organisation's calendar. */
export function nextReviewDate(signedAt: Date, cadenceDays: number, timeZone: string): string {
  if (!Number.isInteger(cadenceDays) || cadenceDays < 1) {
    throw new RangeError(`Review cadence must be a whole number of days ≥ 1, got ${cadenceDays}`);
  }
  return toIsoDate(addCalendarDays(calendarDateIn(signedAt, timeZone), cadenceDays));
}

/**
 * Overdue once the review day has passed on the organisation's calendar: the review date
 * itself is still on time, the day after is overdue.
 */
export function isReviewOverdue(reviewDate: string, now: Date, timeZone: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewDate)) {
    throw new RangeError(`Review date must be YYYY-MM-DD, got ${reviewDate}`);
  }
  return toIsoDate(calendarDateIn(now, timeZone)) > reviewDate;
}
