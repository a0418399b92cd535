import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { caseloadAssignments, supervisionLinks, users } from '@/db/schema';
import { canViewTeam } from '@/lib/auth/policy';
import { authorize, readAudited } from './audit';
import { dataContext } from './context';

export interface TeamMember {
  id: string;
  name: string;
  email: string;
  role: 'therapist' | 'supervisor';
  supervisorName: string | null;
  activeClients: number;
  deactivated: boolean;
}

const supervisor = alias(users, 'supervisor');

/**
 * A supervisor's supervisees with their caseload sizes; for an admin, every clinician in the
 * organisation. One statement.
 */
export async function listTeam(): Promise<TeamMember[]> {
  const ctx = await dataContext();
  const { principal } = ctx;
  return readAudited(
    ctx,
    { action: 'team.view', entityType: 'organization', entityId: principal.organizationId },
    async () => {
      authorize(canViewTeam(principal), 'role-cannot-view-team');
      const caseloadSize = ctx.db
        .select({
          clinicianId: caseloadAssignments.clinicianId,
          n: sql<number>`count(*)::int`.as('n'),
        })
        .from(caseloadAssignments)
        .where(and(eq(caseloadAssignments.organizationId, principal.organizationId), isNull(caseloadAssignments.endedAt)))
        .groupBy(caseloadAssignments.clinicianId)
        .as('caseload_size');
      const rows = await ctx.db
        .select({
          id: users.id,
          name: users.name,
          email: users.email,
          role: users.role,
          supervisorName: supervisor.name,
          activeClients: sql<number>`coalesce(${caseloadSize.n}, 0)::int`,
          deactivatedAt: users.deactivatedAt,
        })
        .from(users)
        .leftJoin(supervisionLinks, and(eq(supervisionLinks.therapistId, users.id), isNull(supervisionLinks.endedAt)))
        .leftJoin(supervisor, eq(supervisor.id, supervisionLinks.supervisorId))
        .leftJoin(caseloadSize, eq(caseloadSize.clinicianId, users.id))
        .where(
          and(
            eq(users.organizationId, principal.organizationId),
            inArray(users.role, ['therapist', 'supervisor']),
            principal.role === 'supervisor' ? eq(supervisionLinks.supervisorId, principal.userId) : undefined,
          ),
        )
        .orderBy(asc(users.name));
      return rows.map(({ deactivatedAt, ...row }) => ({
        ...row,
        role: row.role as TeamMember['role'],
        deactivated: deactivatedAt !== null,
      }));
    },
    (members) => ({ details: { rows: members.length } }),
  );
}
