import { type AttendedTherapySessionFact, type ClientFacts } from './facts';
import { type Rate, rateOf } from './figures';

/**
 * Set from the start: among clients with at least 2 attended therapy sessions, the share with
 * at least one agreed goal by the end of their second attended therapy session.
 *
 * Therapy sessions are numbered by start time. "End" is the second session's start plus its
 * duration, an exact instant, and an agreement at that very instant still counts. (The
 * alternative, the end of that day in the organisation's time zone, was not chosen: it would
 * credit agreements reached after the client had left, which is not "in the session".)
 */

const MILLISECONDS_PER_MINUTE = 60_000;

function secondSessionEnd(therapySessions: readonly AttendedTherapySessionFact[]): Date | null {
  const byStart = [...therapySessions].sort((left, right) => left.startsAt.getTime() - right.startsAt.getTime());
  const second = byStart[1];
  if (second === undefined) return null;
  return new Date(second.startsAt.getTime() + second.durationMinutes * MILLISECONDS_PER_MINUTE);
}

export function agreedBySecondSession(client: ClientFacts): boolean {
  const end = secondSessionEnd(client.attendedTherapySessions);
  return end !== null && client.firstAgreedAt !== null && client.firstAgreedAt.getTime() <= end.getTime();
}

export function setFromTheStart(clients: readonly ClientFacts[]): Rate {
  return rateOf(clients, (client) => client.attendedTherapySessions.length >= 2, agreedBySecondSession);
}
