import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditEvents, users } from '@/db/schema';
import type { AuthorizedUser } from '@/lib/auth/config';
import { timingDecoyHash, verifyPassword } from '@/lib/auth/password';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export type CredentialsResult =
  | { ok: true; user: AuthorizedUser }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; lockedUntil: Date };

/**
 * Checks an email and password. An unknown email, a deactivated account, an account with no
 * password yet and a wrong password all answer "invalid" after one argon2 verification, so
 * they look and take the same. The fifth failure in a row locks the account for 15 minutes.
 */
export async function verifyCredentials(email: string, password: string, now: Date): Promise<CredentialsResult> {
  const db = await getDb();
  // Whatever the sign-in form was sent: something that cannot be an email (not text, too long,
  // a NUL byte PostgreSQL cannot compare) is an unknown account, answered the same way.
  const usableEmail = typeof email === 'string' && email.length <= 320 && !email.includes('\u0000');
  if (typeof password !== 'string') password = '';
  const [user] = usableEmail
    ? await db
        .select()
        .from(users)
        .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
        .limit(1)
    : [];

  if (!user || user.deactivatedAt !== null || user.passwordHash === null) {
    await verifyPassword(await timingDecoyHash(), password);
    return { ok: false, reason: 'invalid' };
  }

  const audit = (action: string, outcome: 'allowed' | 'denied', reason?: string) =>
    db.insert(auditEvents).values({
      organizationId: user.organizationId,
      actorUserId: user.id,
      actorRole: user.role,
      action,
      entityType: 'user',
      entityId: user.id,
      outcome,
      details: reason ? { reason } : null,
    });

  if (user.lockedUntil !== null && user.lockedUntil > now) {
    await verifyPassword(await timingDecoyHash(), password);
    await audit('auth.sign-in', 'denied', 'locked');
    return { ok: false, reason: 'locked', lockedUntil: user.lockedUntil };
  }

  if (!(await verifyPassword(user.passwordHash, password))) {
    // Count atomically so parallel guesses cannot slip past the limit.
    const [counted] = await db
      .update(users)
      .set({ failedLoginCount: sql`${users.failedLoginCount} + 1` })
      .where(eq(users.id, user.id))
      .returning({ failedLoginCount: users.failedLoginCount });
    if ((counted?.failedLoginCount ?? 0) >= MAX_FAILED_SIGN_INS) {
      const lockedUntil = new Date(now.getTime() + LOCKOUT_MS);
      await db.update(users).set({ lockedUntil, failedLoginCount: 0 }).where(eq(users.id, user.id));
      await audit('auth.lockout', 'denied', 'too-many-failures');
      return { ok: false, reason: 'locked', lockedUntil };
    }
    await audit('auth.sign-in', 'denied', 'wrong-password');
    return { ok: false, reason: 'invalid' };
  }

  await db.update(users).set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, user.id));
  await audit('auth.sign-in', 'allowed');
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
