/**
 * Therapy session numbers are derived, never typed: the sessions that took place (attended) or
 * are still expected to (scheduled), in date order, numbered from 1. Cancelled sessions and
 * no-shows get no number and do not move the others. A scheduled session in the past that has
 * not been recorded yet keeps its place, so numbers only shift when the clinician records it
 * as cancelled or a no-show.
 */

export type TherapySessionStatus = 'scheduled' | 'attended' | 'cancelled' | 'no-show';

export interface NumberableTherapySession {
  readonly id: string;
  readonly scheduledAt: Date;
  readonly status: TherapySessionStatus;
}

export function isNumbered(status: TherapySessionStatus): boolean {
  return status === 'attended' || status === 'scheduled';
}

/** Session id → number, for the numbered sessions only. Ties on time are broken by id, so the answer is stable. */
export function numberTherapySessions(sessions: readonly NumberableTherapySession[]): Map<string, number> {
  const numbered = sessions
    .filter((s) => isNumbered(s.status))
    .slice()
    .sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(numbered.map((s, index) => [s.id, index + 1]));
}
