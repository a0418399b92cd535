/**
 * Sign-in lifetime rules, as a pure function of the token's times and "now" so that idle and
 * absolute expiry are tested with a controllable clock.
 */
export const IDLE_TIMEOUT_MS = 15 * 60 * 1000;
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;

export type SessionTimingVerdict = 'ok' | 'idle' | 'expired';

export function sessionTimingVerdict(times: { authTime: number; lastActivity: number }, now: number): SessionTimingVerdict {
  if (!(now - times.authTime < ABSOLUTE_LIFETIME_MS)) return 'expired';
  if (!(now - times.lastActivity < IDLE_TIMEOUT_MS)) return 'idle';
  // A token from the future (clock skew or tampering) is not trusted either.
  if (times.authTime > now + 60_000 || times.lastActivity > now + 60_000) return 'expired';
  return 'ok';
}
