import 'server-only';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { caseloadAssignments, users } from '@/db/schema';
import { canAdministerOrganization } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { reassignClientSchema } from '@/lib/validation/people';
import { loadClientWithAccessFacts } from './internal/access-facts';
import { authorize, readAudited, writeAudited } from './internal/audit';
import { dataContext } from './internal/context';
import { lockClientRollupRows } from '@/lib/rollups/client-metrics';
import { refreshClinicianMetrics } from '@/lib/rollups/clinician-metrics';

export interface ReassignmentOptions {
  currentClinicianId: string | null;
  clinicians: { id: string; name: string; role: 'therapist' | 'supervisor' }[];
}

/** Who a client could move to: the organisation's active therapists and supervisors. Admins only. */
export async function getReassignmentOptions(clientId: string): Promise<ReassignmentOptions> {
  const ctx = await dataContext();
  return readAudited(ctx, { action: 'client.reassign-options', entityType: 'client', entityId: clientId }, async () => {
    authorize(canAdministerOrganization(ctx.principal, ctx.principal.organizationId), 'not-admin');
    const client = await loadClientWithAccessFacts(ctx.db, ctx.principal.organizationId, clientId);
    authorize(client !== null, 'missing-or-foreign');
    const clinicians = await ctx.db
      .select({ id: users.id, name: users.name, role: users.role })
      .from(users)
      .where(
        and(
          eq(users.organizationId, ctx.principal.organizationId),
          inArray(users.role, ['therapist', 'supervisor']),
          isNull(users.deactivatedAt),
        ),
      )
      .orderBy(asc(users.name));
    return {
      currentClinicianId: client.clinicianId,
      clinicians: clinicians.map((c) => ({ ...c, role: c.role as 'therapist' | 'supervisor' })),
    };
  });
}

/**
 * Moves a client to another clinician: the active assignment ends (when, by whom, why) and a
 * new one starts, in one transaction, so the history is kept and there is never a moment with
 * two treating clinicians.
 */
export async function reassignClient(raw: unknown): Promise<{ clientId: string; clinicianId: string }> {
  const ctx = await dataContext();
  const input = parseInput(reassignClientSchema, raw);
  return writeAudited(
    ctx,
    {
      action: 'client.reassign',
      entityType: 'client',
      entityId: input.clientId,
      details: { toClinicianId: input.clinicianId },
    },
    async (tx) => {
      authorize(canAdministerOrganization(ctx.principal, ctx.principal.organizationId), 'not-admin');
      const client = await loadClientWithAccessFacts(tx, ctx.principal.organizationId, input.clientId);
      authorize(client !== null, 'missing-or-foreign');
      const [clinician] = await tx
        .select({ id: users.id, role: users.role, deactivatedAt: users.deactivatedAt })
        .from(users)
        .where(and(eq(users.id, input.clinicianId), eq(users.organizationId, ctx.principal.organizationId)))
        .limit(1);
      if (
        !clinician ||
        (clinician.role !== 'therapist' && clinician.role !== 'supervisor') ||
        clinician.deactivatedAt
      ) {
        throw new AppError('invalid', 'Some details need attention.', {
          fieldErrors: { clinicianId: ['Choose an active therapist or supervisor from the list.'] },
        });
      }
      if (clinician.id === client.clinicianId) {
        throw new AppError('invalid', 'Some details need attention.', {
          fieldErrors: { clinicianId: ['The client already works with this clinician.'] },
        });
      }
      // The client's rollup row first (as every refresh does), then the move, then both clinicians' sums.
      await lockClientRollupRows(tx, client.organizationId, [client.id]);
      const now = new Date();
      await tx
        .update(caseloadAssignments)
        .set({ endedAt: now, endedBy: ctx.principal.userId, endReason: input.reason })
        .where(
          and(
            eq(caseloadAssignments.organizationId, client.organizationId),
            eq(caseloadAssignments.clientId, client.id),
            isNull(caseloadAssignments.endedAt),
          ),
        );
      await tx.insert(caseloadAssignments).values({
        organizationId: client.organizationId,
        clientId: client.id,
        clinicianId: clinician.id,
        startedAt: now,
        startedBy: ctx.principal.userId,
      });
      await refreshClinicianMetrics(tx, client.organizationId, {
        clientIds: [client.id],
        alsoClinicianIds: client.clinicianId ? [client.clinicianId] : [],
      });
      return { clientId: client.id, clinicianId: clinician.id };
    },
  );
}
