import { ScoringInputError } from '../scoring';
import type { CheckInWindowState } from '../flags';

/*
 * The after-session check-in (the SRS: how the session felt) opens when the session starts and
 * stays open for 7 days, [start, start + 7 days). The alliance rule compares it with the
 * previous session, so an answer given much later would say little about that session.
 */

export const AFTER_CHECK_IN_OPEN_FOR_MS = 7 * 24 * 60 * 60 * 1000;

export function afterSessionWindow(sessionStart: Date, now: Date): CheckInWindowState {
  const start = sessionStart.getTime();
  const at = now.getTime();
  if (Number.isNaN(start) || Number.isNaN(at)) {
    throw new ScoringInputError(
      'invalid-date',
      Number.isNaN(start) ? 'sessionStart' : 'now',
      'A valid Date is required.',
    );
  }
  if (at < start) return 'not-open';
  return at < start + AFTER_CHECK_IN_OPEN_FOR_MS ? 'open' : 'closed';
}
