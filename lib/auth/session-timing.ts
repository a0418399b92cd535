/**
 * Sign-in lifetime rules, as a pure function of the token's times and "now" so that idle and
 * absolute expiry are tested with a controllable clock.
 */
export const IDLE_TIMEOUT_MS = 15 * 60 * 1000;
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;

/**
 * The session cookie (and its `lastActivity`) is re-issued at most this often (ADR 0016): a
 * request within a minute of the last re-issue reuses the cookie it came with. The token's
 * `lastActivity` can therefore be up to this much older than the real last request, so the
 * idle rule allows for it: an idle sign-in ends between 15 and 16 minutes after the last
 * request, never before.
 */
export const COOKIE_REISSUE_INTERVAL_MS = 60 * 1000;

/** How old a token's `lastActivity` may be: the idle timeout plus the re-issue interval. */
export const IDLE_LIMIT_MS = IDLE_TIMEOUT_MS + COOKIE_REISSUE_INTERVAL_MS;

export type SessionTimingVerdict = 'ok' | 'idle' | 'expired';

export function sessionTimingVerdict(
  times: { authTime: number; lastActivity: number },
  now: number,
): SessionTimingVerdict {
  if (!(now - times.authTime < ABSOLUTE_LIFETIME_MS)) return 'expired';
  if (!(now - times.lastActivity < IDLE_LIMIT_MS)) return 'idle';
  // A token from the future (clock skew or tampering) is not trusted either.
  if (times.authTime > now + 60_000 || times.lastActivity > now + 60_000) return 'expired';
  return 'ok';
}

/**
 * What the proxy does with a session cookie it could decrypt: refuse it (idle or expired),
 * keep it as it is (re-issued less than a minute ago), or have Auth.js re-issue it.
 */
export function cookieRenewal(
  times: { authTime: number; lastActivity: number },
  now: number,
): 'refuse' | 'keep' | 'reissue' {
  if (sessionTimingVerdict(times, now) !== 'ok') return 'refuse';
  return now - times.lastActivity < COOKIE_REISSUE_INTERVAL_MS ? 'keep' : 'reissue';
}
