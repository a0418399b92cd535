import 'server-only';
import { createHash } from 'node:crypto';
import { RateLimiterDrizzle } from 'rate-limiter-flexible';
import { signInLimits } from '@/db/schema';
import type { Db } from '@/db/types';
import {
  ACCOUNT_WINDOW_MS,
  accountAttemptAllowed,
  IP_WINDOW_MS,
  ipAttemptAllowed,
  retryDelayMs,
} from '@/lib/auth/attempt-limits';

/**
 * The counters behind lib/auth/attempt-limits.ts, kept in sign_in_limits by rate-limiter-flexible's
 * RateLimiterDrizzle. Each count is ONE upsert statement that records the attempt and returns
 * the new total, and it runs before any password is verified, so parallel attempts each see a
 * different number and no more of them reach argon2 than the policy allows.
 */
interface Limiters {
  account: RateLimiterDrizzle;
  gate: RateLimiterDrizzle;
  ip: RateLimiterDrizzle;
}

// One set per database (tests give each file its own). Points are never "consumed" against a
// limit inside the library: penalty() only counts, and the policy decides on the returned count.
const perDatabase = new WeakMap<Db, Limiters>();

function limitersFor(db: Db): Limiters {
  let limiters = perDatabase.get(db);
  if (!limiters) {
    const common = { storeClient: db, schema: signInLimits, points: Number.MAX_SAFE_INTEGER };
    limiters = {
      account: new RateLimiterDrizzle({ ...common, keyPrefix: 'account', duration: ACCOUNT_WINDOW_MS / 1000 }),
      // Its duration is set per attempt (customDuration): the delay that attempt earns.
      gate: new RateLimiterDrizzle({ ...common, keyPrefix: 'gate', duration: 1 }),
      ip: new RateLimiterDrizzle({ ...common, keyPrefix: 'ip', duration: IP_WINDOW_MS / 1000 }),
    };
    perDatabase.set(db, limiters);
  }
  return limiters;
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/** Whose attempts are counted together: an account (by email, whether it exists or not), or one trusted device of it. */
export function accountBucket(email: string, trustedDeviceId: string | null = null): string {
  const account = digest(email.trim().toLowerCase());
  return trustedDeviceId ? `${account}:device:${digest(trustedDeviceId)}` : account;
}

export const ipBucket = (ip: string) => digest(ip);

export interface Admission {
  allowed: boolean;
  /** After a correct password: forget the account's failures (for attempts that start from now) and give the IP its point back. */
  succeeded(): Promise<void>;
}

const refused: Admission = { allowed: false, succeeded: () => Promise.resolve() };

/**
 * Records one attempt and says whether its password may be checked. `ip` is null for checks
 * made by someone already signed in (change password), which only the account limit covers.
 */
export async function admitAttempt(db: Db, buckets: { account: string; ip: string | null }): Promise<Admission> {
  const limiters = limitersFor(db);
  if (buckets.ip !== null) {
    const failures = await limiters.ip.penalty(buckets.ip);
    if (!ipAttemptAllowed(failures.consumedPoints)) return refused;
  }
  const attempt = (await limiters.account.penalty(buckets.account)).consumedPoints;
  const delay = retryDelayMs(attempt);
  if (delay > 0) {
    // Opens only if shut for long enough (the row expired), and then shuts again for `delay`.
    const gatePasses = (await limiters.gate.penalty(buckets.account, 1, { customDuration: delay / 1000 }))
      .consumedPoints;
    if (!accountAttemptAllowed(attempt, gatePasses)) return refused;
  } else if (await limiters.gate.get(buckets.account)) {
    // A new 15-minute window does not cut short a wait earned in the last one. (In a burst this
    // can also refuse one of the first four attempts once the fifth has shut the gate: stricter, never looser.)
    return refused;
  }
  return {
    allowed: true,
    async succeeded() {
      await limiters.account.delete(buckets.account);
      await limiters.gate.delete(buckets.account);
      if (buckets.ip !== null) await limiters.ip.reward(buckets.ip);
    },
  };
}

/** A password reset link proves the owner's inbox: their account starts afresh. */
export async function forgetAccountAttempts(db: Db, email: string): Promise<void> {
  const limiters = limitersFor(db);
  await limiters.account.delete(accountBucket(email));
  await limiters.gate.delete(accountBucket(email));
}
