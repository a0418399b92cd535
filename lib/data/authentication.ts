import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import type { AuthorizedUser } from '@/lib/auth/config';
import { readDeviceToken } from '@/lib/auth/device-cookie';
import { timingDecoyHash, verifyPassword } from '@/lib/auth/password';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { accountBucket, admitAttempt, ipBucket } from './internal/sign-in-limits';

export type CredentialsResult =
  { ok: true; user: AuthorizedUser } | { ok: false; reason: 'invalid' | 'too-many-attempts' };

/** Where an attempt comes from: the client IP (null only outside a request) and the device cookie, if any. */
export interface SignInOrigin {
  ip: string | null;
  deviceToken: string | null;
}

const NO_ORIGIN: SignInOrigin = { ip: null, deviceToken: null };

/**
 * Checks an email and password under the attempt limits (ADR 0012). The attempt is counted
 * before any password is checked; a limited attempt is refused without one. Every attempt
 * that is not limited costs exactly one argon2 verification, whether or not the account
 * exists, and an unknown email, a deactivated account, an account with no password yet and a
 * wrong password all answer "invalid": the answers and the work never tell strangers which
 * accounts exist.
 */
export async function verifyCredentials(
  email: string,
  password: string,
  now: Date,
  origin: SignInOrigin = NO_ORIGIN,
): Promise<CredentialsResult> {
  const db = await getDb();
  // Whatever the sign-in form was sent: something that cannot be an email (not text, too long,
  // a NUL byte PostgreSQL cannot compare) is an unknown account, answered the same way.
  const usableEmail = typeof email === 'string' && email.length <= 320 && !email.includes('\u0000');
  const accountEmail = usableEmail ? email : '';
  if (typeof password !== 'string') password = '';
  const [found] = usableEmail
    ? await db
        .select()
        .from(users)
        .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
        .limit(1)
    : [];
  const user = found && found.deactivatedAt === null && found.passwordHash !== null ? found : null;

  // A browser that signed in as this account in the last 30 days has its own attempt count,
  // so a stranger's guesses cannot delay the owner (it is still under the per-IP limit).
  const device = readDeviceToken(origin.deviceToken, now.getTime(), resolveAuthSecret());
  const trustedDeviceId = device && user && device.userId === user.id ? device.deviceId : null;
  const admission = await admitAttempt(db, {
    account: accountBucket(accountEmail, trustedDeviceId),
    ip: origin.ip === null ? null : ipBucket(origin.ip),
  });

  const audit = (outcome: 'allowed' | 'denied', reason?: string) =>
    found
      ? db.insert(auditEvents).values({
          organizationId: found.organizationId,
          actorUserId: found.id,
          actorRole: found.role,
          action: 'auth.sign-in',
          entityType: 'user',
          entityId: found.id,
          outcome,
          details: reason ? { reason, ...(trustedDeviceId ? { trustedDevice: true } : {}) } : null,
        })
      : Promise.resolve();

  if (!admission.allowed) {
    await audit('denied', 'too-many-attempts');
    return { ok: false, reason: 'too-many-attempts' };
  }
  if (!user) {
    await verifyPassword(await timingDecoyHash(), password);
    await audit('denied', 'inactive-account');
    return { ok: false, reason: 'invalid' };
  }
  if (!(await verifyPassword(user.passwordHash!, password))) {
    await audit('denied', 'wrong-password');
    return { ok: false, reason: 'invalid' };
  }

  await admission.succeeded();
  await db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
  await audit('allowed');
  return {
    ok: true,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      organizationId: user.organizationId,
      sessionVersion: user.sessionVersion,
    },
  };
}
