import 'server-only';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { accessTokens, caseloadAssignments, clients, supervisionLinks, users } from '@/db/schema';
import type { Tx } from '@/db/types';
import { canAdministerOrganization } from '@/lib/auth/policy';
import type { Role } from '@/lib/auth/principal';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { userIdSchema } from '@/lib/validation/people';
import { authorize, readAudited, writeAudited } from './internal/audit';
import { dataContext, type DataContext } from './internal/context';

export interface PersonDetail {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: 'active' | 'deactivated';
  isSelf: boolean;
  createdAt: string;
  lastLoginAt: string | null;
  /** Therapists: their active supervisor. */
  supervisor: { id: string; name: string } | null;
  /** Supervisors: the therapists they supervise. */
  supervisees: { id: string; name: string }[];
  /** Therapists and supervisors: how many clients they treat now. */
  activeClients: number;
  /** A client's portal account: the record it belongs to (name only). */
  clientRecord: { id: string; displayName: string } | null;
  /** A password reset link is waiting to be used. */
  resetPending: boolean;
  /** The organisation's time zone, to show times in (from the session check). */
  timeZone: string;
}

const supervisor = alias(users, 'supervisor');
const supervisee = alias(users, 'supervisee');

/** One person of the organisation, for admins: who they are, their links and counts; nothing clinical. */
export async function getPerson(userId: string): Promise<PersonDetail> {
  const ctx = await dataContext();
  return readAudited(ctx, { action: 'user.read', entityType: 'user', entityId: userId }, async () => {
    authorize(canAdministerOrganization(ctx.principal, ctx.principal.organizationId), 'not-admin');
    const person = await loadPersonInOrg(ctx, userId);
    const now = new Date();
    const [[link], supervisees, [caseload], [clientRecord], [reset]] = await Promise.all([
      ctx.db
        .select({ id: supervisor.id, name: supervisor.name })
        .from(supervisionLinks)
        .innerJoin(supervisor, eq(supervisor.id, supervisionLinks.supervisorId))
        .where(and(eq(supervisionLinks.therapistId, person.id), isNull(supervisionLinks.endedAt))),
      ctx.db
        .select({ id: supervisee.id, name: supervisee.name })
        .from(supervisionLinks)
        .innerJoin(supervisee, eq(supervisee.id, supervisionLinks.therapistId))
        .where(
          and(
            eq(supervisionLinks.organizationId, ctx.principal.organizationId),
            eq(supervisionLinks.supervisorId, person.id),
            isNull(supervisionLinks.endedAt),
          ),
        )
        .orderBy(asc(supervisee.name)),
      ctx.db
        .select({ n: sql<number>`count(*)::int` })
        .from(caseloadAssignments)
        .where(
          and(
            eq(caseloadAssignments.organizationId, ctx.principal.organizationId),
            eq(caseloadAssignments.clinicianId, person.id),
            isNull(caseloadAssignments.endedAt),
          ),
        ),
      ctx.db
        .select({ id: clients.id, displayName: clients.displayName })
        .from(clients)
        .where(and(eq(clients.organizationId, ctx.principal.organizationId), eq(clients.portalUserId, person.id))),
      ctx.db
        .select({ id: accessTokens.id })
        .from(accessTokens)
        .where(
          and(
            eq(accessTokens.userId, person.id),
            eq(accessTokens.purpose, 'password-reset'),
            isNull(accessTokens.consumedAt),
            isNull(accessTokens.revokedAt),
            gt(accessTokens.expiresAt, now),
          ),
        )
        .limit(1),
    ]);
    return {
      id: person.id,
      name: person.name,
      email: person.email,
      role: person.role,
      status: person.deactivatedAt ? 'deactivated' : 'active',
      isSelf: person.id === ctx.principal.userId,
      createdAt: person.createdAt.toISOString(),
      lastLoginAt: person.lastLoginAt?.toISOString() ?? null,
      supervisor: link ?? null,
      supervisees,
      activeClients: caseload?.n ?? 0,
      clientRecord: clientRecord ?? null,
      resetPending: reset !== undefined,
      timeZone: ctx.principal.timeZone,
    };
  });
}

async function loadPersonInOrg(ctx: DataContext, userId: string, executor: DataContext['db'] | Tx = ctx.db) {
  const [person] = userIdSchema.safeParse({ userId }).success
    ? await executor
        .select()
        .from(users)
        .where(and(eq(users.id, userId), eq(users.organizationId, ctx.principal.organizationId)))
        .limit(1)
    : [];
  authorize(person !== undefined, 'missing-or-foreign');
  return person;
}

/**
 * Deactivates an account: it can no longer sign in, and every open sign-in ends at once (the
 * session version moves on). Nothing the person wrote is removed. Not for your own account.
 */
export async function deactivateUser(raw: unknown): Promise<{ userId: string }> {
  const ctx = await dataContext();
  const { userId } = parseInput(userIdSchema, raw);
  return writeAudited(ctx, { action: 'user.deactivate', entityType: 'user', entityId: userId }, async (tx) => {
    authorize(canAdministerOrganization(ctx.principal, ctx.principal.organizationId), 'not-admin');
    const person = await loadPersonInOrg(ctx, userId, tx);
    if (person.id === ctx.principal.userId)
      throw new AppError('invalid', 'You can’t deactivate your own account. Ask another administrator.');
    if (person.deactivatedAt) throw new AppError('invalid', 'This account is already deactivated.');
    const now = new Date();
    await tx
      .update(users)
      .set({ deactivatedAt: now, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, person.id));
    // Links already sent to this person stop working too.
    await tx
      .update(accessTokens)
      .set({ revokedAt: now, revokedBy: ctx.principal.userId })
      .where(
        and(
          eq(accessTokens.userId, person.id),
          eq(accessTokens.purpose, 'password-reset'),
          isNull(accessTokens.consumedAt),
          isNull(accessTokens.revokedAt),
        ),
      );
    return { userId };
  });
}

/** Lets a deactivated account sign in again (with its old password). */
export async function reactivateUser(raw: unknown): Promise<{ userId: string }> {
  const ctx = await dataContext();
  const { userId } = parseInput(userIdSchema, raw);
  return writeAudited(ctx, { action: 'user.reactivate', entityType: 'user', entityId: userId }, async (tx) => {
    authorize(canAdministerOrganization(ctx.principal, ctx.principal.organizationId), 'not-admin');
    const person = await loadPersonInOrg(ctx, userId, tx);
    if (!person.deactivatedAt) throw new AppError('invalid', 'This account is already active.');
    await tx.update(users).set({ deactivatedAt: null }).where(eq(users.id, person.id));
    return { userId };
  });
}
