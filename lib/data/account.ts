import 'server-only';
import { eq, lt, sql } from 'drizzle-orm';
import { organizations, revokedSessions, users } from '@/db/schema';
import { readSessionClaims } from '@/lib/auth/request-context';
import { ABSOLUTE_LIFETIME_MS } from '@/lib/auth/session-timing';
import type { Role } from '@/lib/auth/principal';
import { parseInput } from '@/lib/validation/parse';
import { accountNameSchema } from '@/lib/validation/people';
import { readAudited, writeAudited } from './internal/audit';
import { dataContext } from './internal/context';

export interface Account {
  name: string;
  email: string;
  role: Role;
  organizationName: string;
  lastLoginAt: string | null;
  /** The organisation's time zone, to show times in (from the session check). */
  timeZone: string;
}

/** The signed-in person's own account: anyone signed in, about themselves only. */
export async function getAccount(): Promise<Account> {
  const ctx = await dataContext();
  return readAudited(ctx, { action: 'account.view', entityType: 'user', entityId: ctx.principal.userId }, async () => {
    const [row] = await ctx.db
      .select({
        name: users.name,
        email: users.email,
        role: users.role,
        lastLoginAt: users.lastLoginAt,
        organizationName: organizations.name,
      })
      .from(users)
      .innerJoin(organizations, eq(organizations.id, users.organizationId))
      .where(eq(users.id, ctx.principal.userId));
    if (!row) throw new Error('signed-in account has no row');
    return { ...row, lastLoginAt: row.lastLoginAt?.toISOString() ?? null, timeZone: ctx.principal.timeZone };
  });
}

/** Changes the name the person is shown by (a client's clinical record keeps its own name). */
export async function updateAccountName(raw: unknown): Promise<{ name: string }> {
  const ctx = await dataContext();
  const { name } = parseInput(accountNameSchema, raw);
  return writeAudited(
    ctx,
    { action: 'account.update', entityType: 'user', entityId: ctx.principal.userId, details: { fields: 'name' } },
    async (tx) => {
      await tx.update(users).set({ name }).where(eq(users.id, ctx.principal.userId));
      return { name };
    },
  );
}

/** Ends every sign-in of this account, on every device (this one too). */
export async function signOutEverywhere(): Promise<void> {
  const ctx = await dataContext();
  await writeAudited(
    ctx,
    { action: 'account.sign-out-everywhere', entityType: 'user', entityId: ctx.principal.userId },
    async (tx) => {
      await tx
        .update(users)
        .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
        .where(eq(users.id, ctx.principal.userId));
    },
  );
}

/**
 * "Sign out" on this device: ends this sign-in on the server, not just in this browser, so a
 * copy of its cookie is refused from now on (pages, exports and actions alike). Other devices
 * stay signed in. Revocations older than the longest a sign-in can last are pruned on the way.
 */
export async function signOutThisDevice(): Promise<void> {
  const ctx = await dataContext();
  const claims = await readSessionClaims();
  if (!claims) throw new Error('a verified session has claims');
  const now = new Date();
  await writeAudited(
    ctx,
    { action: 'auth.sign-out', entityType: 'user', entityId: ctx.principal.userId },
    async (tx) => {
      await tx
        .insert(revokedSessions)
        .values({
          sessionId: claims.sessionId,
          organizationId: ctx.principal.organizationId,
          userId: ctx.principal.userId,
          revokedAt: now,
        })
        .onConflictDoNothing();
      await tx
        .delete(revokedSessions)
        .where(lt(revokedSessions.revokedAt, new Date(now.getTime() - ABSOLUTE_LIFETIME_MS)));
    },
  );
}
