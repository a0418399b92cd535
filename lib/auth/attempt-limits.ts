/**
 * The one sign-in attempt policy (ADR 0012), as pure functions of counts that the database
 * returns atomically (lib/data/sign-in-limits.ts). Used for sign-in and for the current-password
 * check of "change password".
 *
 * Per account (or per trusted device of that account): the first four attempts in a
 * 15-minute window are checked freely; the fifth and every later one must pass a gate that
 * opens for one attempt at a time and stays shut for a delay that doubles with each attempt
 * (1 s after the fifth, 2 s after the sixth, … never more than 15 minutes). An attempt that
 * finds the gate shut is refused without checking the password, and a wait once earned is
 * served in full even if a new window starts meanwhile.
 * Per client IP: at most 20 failed sign-ins in 10 minutes across all accounts.
 */
export const ACCOUNT_FREE_ATTEMPTS = 5;
export const ACCOUNT_WINDOW_MS = 15 * 60 * 1000;
export const IP_MAX_FAILURES = 20;
export const IP_WINDOW_MS = 10 * 60 * 1000;
export const FIRST_DELAY_MS = 1000;
export const MAX_DELAY_MS = 15 * 60 * 1000;

export const TOO_MANY_ATTEMPTS = 'Too many attempts — try again later.';

/**
 * How long the gate stays shut after the attempt with this number in the window (1-based):
 * none before the fifth, then 1 s, 2 s, 4 s … capped at 15 minutes.
 */
export function retryDelayMs(attemptNumber: number): number {
  if (attemptNumber < ACCOUNT_FREE_ATTEMPTS) return 0;
  const doublings = attemptNumber - ACCOUNT_FREE_ATTEMPTS;
  // 2^10 s already exceeds the cap: stop doubling before the number grows without bound.
  if (doublings >= 10) return MAX_DELAY_MS;
  return Math.min(FIRST_DELAY_MS * 2 ** doublings, MAX_DELAY_MS);
}

/**
 * Whether the password may be checked. `gatePasses` is how many attempts went through the
 * gate since it last opened, this one included (1 means this attempt opened it).
 */
export function accountAttemptAllowed(attemptNumber: number, gatePasses: number | null): boolean {
  if (attemptNumber < ACCOUNT_FREE_ATTEMPTS) return true;
  return gatePasses === 1;
}

/** `failures` counts this attempt too (it is recorded before the password is checked). */
export function ipAttemptAllowed(failures: number): boolean {
  return failures <= IP_MAX_FAILURES;
}
