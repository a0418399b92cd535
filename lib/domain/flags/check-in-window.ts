import { ScoringInputError } from '../scoring';

/*
 * The pre-session check-in window: opens 7 days before the scheduled start
 * (inclusive) and closes 24 hours after the start.
 *
 * Interval is half-open, [start − 7 days, start + 24 h): at exactly start + 24 h
 * the window is closed. Half-open windows never overlap their neighbours and make
 * "closes at" mean what a reader expects (a shop that closes at 17:00 is closed at
 * 17:00).
 *
 * Durations are absolute (7 × 24 h of elapsed time), not calendar days in the
 * organisation's time zone; across a daylight-saving change the window therefore
 * opens an hour earlier or later on the local clock. That keeps this rule free of
 * time-zone data; nothing clinical depends on the hour the window opens.
 */

const HOUR_MS = 60 * 60 * 1000;
export const CHECK_IN_OPENS_BEFORE_MS = 7 * 24 * HOUR_MS;
export const CHECK_IN_CLOSES_AFTER_MS = 24 * HOUR_MS;

export type CheckInWindowState = 'not-open' | 'open' | 'closed';

export function checkInWindow(sessionStart: Date, now: Date): CheckInWindowState {
  const start = timeOf(sessionStart, 'sessionStart');
  const at = timeOf(now, 'now');
  if (at < start - CHECK_IN_OPENS_BEFORE_MS) return 'not-open';
  if (at < start + CHECK_IN_CLOSES_AFTER_MS) return 'open';
  return 'closed';
}

/**
 * Overdue = the therapy session has started (now >= start) and the check-in is
 * not submitted. It stays overdue after the window closes: the check-in was
 * missed, and that is what "Rated regularly" counts.
 */
export function isCheckInOverdue(sessionStart: Date, now: Date, submitted: boolean): boolean {
  return !submitted && timeOf(now, 'now') >= timeOf(sessionStart, 'sessionStart');
}

function timeOf(date: Date, field: string): number {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(time)) {
    throw new ScoringInputError('invalid-date', field, `${field} must be a valid Date.`);
  }
  return time;
}
