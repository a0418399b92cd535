import 'server-only';
import { and, asc, eq, ilike, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { caseloadAssignments, clients } from '@/db/schema';
import { canViewClinicianCaseload } from '@/lib/auth/policy';
import type { Role } from '@/lib/auth/principal';
import { parseInput } from '@/lib/validation/parse';
import { pageNumber, searchText } from '@/lib/validation/common';
import { loadClinicianAccessFacts } from './internal/access-facts';
import { authorize, readAudited } from './internal/audit';
import { auditableId } from '@/lib/validation/url-input';
import { dataContext } from './internal/context';
import { containsPattern, pageOf, PAGE_SIZE, type Page } from './internal/pagination';

export interface CaseloadRow {
  id: string;
  displayName: string;
  pronouns: string | null;
  intakeDate: string;
  status: 'active' | 'discharged';
  hasPortalAccount: boolean;
}

export interface Caseload {
  clinician: { id: string; name: string; role: Role };
  /** True when the caller looks at someone else's caseload (a supervisor or an admin). */
  readOnly: boolean;
  search: string;
  page: Page<CaseloadRow>;
}

const caseloadQuerySchema = z.object({
  clinicianId: z.string().optional(),
  search: searchText.optional().default(''),
  page: pageNumber.optional().default(1),
});

/**
 * A clinician's current clients, profile only (names, dates, portal; nothing clinical), searchable
 * by name and paginated: what an admin sees of a caseload. Clinicians and supervisors see the
 * caseload dashboard (lib/data/caseload-dashboard.ts), with its figures and open flags. Without a
 * clinician id it is the caller's own caseload; with one, the caller must supervise that
 * clinician or be an admin.
 */
export async function listCaseload(
  query: { clinicianId?: string; search?: string; page?: number | string } = {},
): Promise<Caseload> {
  const ctx = await dataContext();
  const { search, page, ...rest } = parseInput(caseloadQuerySchema, query);
  const clinicianId = rest.clinicianId ?? ctx.principal.userId;
  return readAudited(
    ctx,
    { action: 'caseload.view', entityType: 'clinician', entityId: auditableId(clinicianId) },
    async () => {
      const clinician = await loadClinicianAccessFacts(ctx.db, ctx.principal.organizationId, clinicianId);
      authorize(clinician !== null, 'missing-or-foreign');
      authorize(canViewClinicianCaseload(ctx.principal, clinician), 'not-own-or-supervised');
      const rows = await ctx.db
        .select({
          id: clients.id,
          displayName: clients.displayName,
          pronouns: clients.pronouns,
          intakeDate: clients.intakeDate,
          status: clients.status,
          hasPortalAccount: sql<boolean>`${clients.portalUserId} is not null`,
          total: sql<number>`(count(*) over ())::int`,
        })
        .from(caseloadAssignments)
        .innerJoin(
          clients,
          and(
            eq(clients.organizationId, caseloadAssignments.organizationId),
            eq(clients.id, caseloadAssignments.clientId),
          ),
        )
        .where(
          and(
            eq(caseloadAssignments.organizationId, ctx.principal.organizationId),
            eq(caseloadAssignments.clinicianId, clinician.id),
            isNull(caseloadAssignments.endedAt),
            isNull(clients.archivedAt),
            search ? ilike(clients.displayName, containsPattern(search)) : undefined,
          ),
        )
        .orderBy(asc(clients.status), asc(clients.displayName), asc(clients.id))
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE);
      return {
        clinician: { id: clinician.id, name: clinician.name, role: clinician.role },
        readOnly: clinician.id !== ctx.principal.userId,
        search,
        page: pageOf(rows, page),
      };
    },
    (caseload) => ({ details: { rows: caseload.page.rows.length, page } }),
  );
}
