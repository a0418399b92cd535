import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { supervisionLinks, users } from '@/db/schema';
import type { Tx } from '@/db/types';
import { canAdministerOrganization } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import { pageQuerySchema } from '@/lib/validation/common';
import { parseInput } from '@/lib/validation/parse';
import { assignSupervisorSchema, endSupervisionSchema } from '@/lib/validation/people';
import { authorize, readAudited, writeAudited } from './internal/audit';
import { dataContext, type DataContext } from './internal/context';
import { pageOf, PAGE_SIZE, type Page } from './internal/pagination';

export interface SupervisionRow {
  therapistId: string;
  therapistName: string;
  deactivated: boolean;
  supervisor: { id: string; name: string } | null;
  since: string | null;
}

export interface SupervisionOverview extends Page<SupervisionRow> {
  /** Active supervisors, to choose from. */
  supervisors: { id: string; name: string }[];
  /** The organisation's time zone, to show times in (from the session check). */
  timeZone: string;
}

const supervisor = alias(users, 'supervisor');

/** Every therapist with their current supervisor, and the supervisors to choose from. Admins only. */
export async function listSupervision(query: { page?: number | string } = {}): Promise<SupervisionOverview> {
  const ctx = await dataContext();
  const { page } = parseInput(pageQuerySchema, query);
  const { organizationId } = ctx.principal;
  return readAudited(
    ctx,
    { action: 'supervision.list', entityType: 'organization', entityId: organizationId },
    async () => {
      authorize(canAdministerOrganization(ctx.principal, organizationId), 'not-admin');
      const [rows, supervisors] = await Promise.all([
        ctx.db
          .select({
            therapistId: users.id,
            therapistName: users.name,
            deactivatedAt: users.deactivatedAt,
            supervisorId: supervisor.id,
            supervisorName: supervisor.name,
            since: supervisionLinks.startedAt,
            total: sql<number>`(count(*) over ())::int`,
          })
          .from(users)
          .leftJoin(supervisionLinks, and(eq(supervisionLinks.therapistId, users.id), isNull(supervisionLinks.endedAt)))
          .leftJoin(supervisor, eq(supervisor.id, supervisionLinks.supervisorId))
          .where(and(eq(users.organizationId, organizationId), eq(users.role, 'therapist')))
          .orderBy(asc(users.name))
          .limit(PAGE_SIZE)
          .offset((page - 1) * PAGE_SIZE),
        ctx.db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(
            and(eq(users.organizationId, organizationId), eq(users.role, 'supervisor'), isNull(users.deactivatedAt)),
          )
          .orderBy(asc(users.name)),
      ]);
      const result = pageOf(
        rows.map((row) => ({
          therapistId: row.therapistId,
          therapistName: row.therapistName,
          deactivated: row.deactivatedAt !== null,
          supervisor:
            row.supervisorId && row.supervisorName ? { id: row.supervisorId, name: row.supervisorName } : null,
          since: row.since?.toISOString() ?? null,
          total: row.total,
        })),
        page,
      );
      return { ...result, supervisors, timeZone: ctx.principal.timeZone };
    },
    (result) => ({ details: { rows: result.rows.length } }),
  );
}

async function loadTherapist(tx: Tx, ctx: DataContext, therapistId: string) {
  const [therapist] = await tx
    .select({ id: users.id, role: users.role, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(and(eq(users.id, therapistId), eq(users.organizationId, ctx.principal.organizationId)))
    .limit(1);
  authorize(therapist !== undefined && therapist.role === 'therapist', 'missing-or-foreign');
  return therapist;
}

async function endActiveLink(tx: Tx, ctx: DataContext, therapistId: string): Promise<number> {
  const ended = await tx
    .update(supervisionLinks)
    .set({ endedAt: new Date(), endedBy: ctx.principal.userId })
    .where(
      and(
        eq(supervisionLinks.organizationId, ctx.principal.organizationId),
        eq(supervisionLinks.therapistId, therapistId),
        isNull(supervisionLinks.endedAt),
      ),
    )
    .returning({ id: supervisionLinks.id });
  return ended.length;
}

/**
 * Makes a supervisor the therapist's supervisor from now on. Any current link ends first (one
 * active supervisor per therapist; a partial unique index holds the line). History is kept.
 */
export async function assignSupervisor(raw: unknown): Promise<{ therapistId: string; supervisorId: string }> {
  const ctx = await dataContext();
  const input = parseInput(assignSupervisorSchema, raw);
  return writeAudited(
    ctx,
    {
      action: 'supervision.assign',
      entityType: 'user',
      entityId: input.therapistId,
      details: { supervisorId: input.supervisorId },
    },
    async (tx) => {
      authorize(canAdministerOrganization(ctx.principal, ctx.principal.organizationId), 'not-admin');
      const therapist = await loadTherapist(tx, ctx, input.therapistId);
      const [chosen] = await tx
        .select({ id: users.id, role: users.role, deactivatedAt: users.deactivatedAt })
        .from(users)
        .where(and(eq(users.id, input.supervisorId), eq(users.organizationId, ctx.principal.organizationId)))
        .limit(1);
      if (!chosen || chosen.role !== 'supervisor' || chosen.deactivatedAt) {
        throw new AppError('invalid', 'Some details need attention.', {
          fieldErrors: { supervisorId: ['Choose an active supervisor from the list.'] },
        });
      }
      const [current] = await tx
        .select({ supervisorId: supervisionLinks.supervisorId })
        .from(supervisionLinks)
        .where(and(eq(supervisionLinks.therapistId, therapist.id), isNull(supervisionLinks.endedAt)));
      if (current?.supervisorId === chosen.id) {
        throw new AppError('invalid', 'Some details need attention.', {
          fieldErrors: { supervisorId: ['This is already their supervisor.'] },
        });
      }
      await endActiveLink(tx, ctx, therapist.id);
      await tx.insert(supervisionLinks).values({
        organizationId: ctx.principal.organizationId,
        supervisorId: chosen.id,
        therapistId: therapist.id,
        startedBy: ctx.principal.userId,
      });
      return { therapistId: therapist.id, supervisorId: chosen.id };
    },
  );
}

/** Ends a therapist's supervision: from now on no supervisor sees their caseload. */
export async function endSupervision(raw: unknown): Promise<{ therapistId: string }> {
  const ctx = await dataContext();
  const { therapistId } = parseInput(endSupervisionSchema, raw);
  return writeAudited(ctx, { action: 'supervision.end', entityType: 'user', entityId: therapistId }, async (tx) => {
    authorize(canAdministerOrganization(ctx.principal, ctx.principal.organizationId), 'not-admin');
    const therapist = await loadTherapist(tx, ctx, therapistId);
    if ((await endActiveLink(tx, ctx, therapist.id)) === 0)
      throw new AppError('invalid', 'This therapist has no supervisor to end.');
    return { therapistId };
  });
}
