import 'server-only';
import type { Bundle } from '@medplum/fhirtypes';
import { canViewClientAsClinician } from '@/lib/auth/policy';
import { todayIn } from '@/lib/time/local-date';
import { loadClientWithAccessFacts } from './internal/access-facts';
import { authorize, readAudited, writeAudit, type AuditEntry } from './internal/audit';
import { dataContext, type DataContext } from './internal/context';
import { checkExportLimit } from './internal/export-limits';
import { buildClientBundle, loadClientsOf, loadTeamClinicianIds } from './internal/record-export-load';
import { loadOwnClientRecord } from './internal/portal-access';

/*
 * Records that leave Accord as FHIR R4 (issue 12, ADR 0017). Each export is authorised exactly
 * like the page it is offered on, audited (who, whose record, which format: `record.export`
 * with `format` and `copy`), and counted against the person's export limit
 * (lib/data/export-limits.ts). Anyone else gets the uniform not-found, audited as a denial,
 * and nothing is generated.
 *
 * - the treating clinician and their supervisor: one client's staff copy (client page);
 * - a supervisor: every client of their team, one Bundle per line (team page);
 * - the client: their own copy, with no flags, no flag notes, no supervision, no therapist
 *   ratings and no private session notes (portal, "Download my record").
 * Admins never see clinical content in the app: the whole organisation is the operator's
 * command (scripts/export-fhir.ts).
 */

export const FHIR_FORMAT = 'fhir-r4';

export interface FhirDownload {
  body: string;
  filename: string;
  contentType: string;
  /** Resources in the download (all Bundles). */
  resources: number;
  clients: number;
}

const READ_ONLY = { isolationLevel: 'repeatable read', accessMode: 'read only' } as const;

function bundleDownload(bundle: Bundle, filename: string): FhirDownload {
  return {
    body: JSON.stringify(bundle, null, 2),
    filename,
    contentType: 'application/fhir+json; charset=utf-8',
    resources: bundle.entry?.length ?? 0,
    clients: 1,
  };
}

const today = (ctx: DataContext, now: Date) => todayIn(ctx.principal.timeZone, now);

/** One client's record (staff copy) for their treating clinician or that clinician's supervisor. */
export async function exportClientRecordFhir(clientId: string): Promise<FhirDownload> {
  const ctx = await dataContext();
  const entry: AuditEntry = {
    action: 'record.export',
    entityType: 'client',
    entityId: typeof clientId === 'string' ? clientId : null,
    details: { format: FHIR_FORMAT, copy: 'staff' },
  };
  return readAudited(
    ctx,
    entry,
    async () => {
      const client = await loadClientWithAccessFacts(ctx.db, ctx.principal.organizationId, clientId);
      authorize(client !== null, 'missing-or-foreign');
      authorize(canViewClientAsClinician(ctx.principal, client), 'not-clinician-or-supervisor');
      await checkExportLimit(ctx, 'client-record', entry);
      const now = new Date();
      const bundle = await ctx.db.transaction((tx) => buildClientBundle(tx, client, 'staff', now), READ_ONLY);
      return bundleDownload(bundle, `record-${client.id.slice(0, 8)}-${today(ctx, now)}.fhir.json`);
    },
    (download) => ({ details: { ...entry.details, rows: download.resources } }),
  );
}

/** The signed-in client's own record (client copy). */
export async function exportMyRecordFhir(): Promise<FhirDownload> {
  const ctx = await dataContext();
  const entry: AuditEntry = {
    action: 'record.export',
    entityType: 'client',
    entityId: ctx.principal.clientId,
    details: { format: FHIR_FORMAT, copy: 'client' },
  };
  return readAudited(
    ctx,
    entry,
    async () => {
      const client = await loadOwnClientRecord(ctx);
      await checkExportLimit(ctx, 'client-record', entry);
      const now = new Date();
      const bundle = await ctx.db.transaction((tx) => buildClientBundle(tx, client, 'client', now), READ_ONLY);
      return bundleDownload(bundle, `my-record-${today(ctx, now)}.fhir.json`);
    },
    (download) => ({ details: { ...entry.details, rows: download.resources } }),
  );
}

/**
 * Every client of the supervisor's team (the therapists they supervise, and their own caseload)
 * as FHIR NDJSON: one staff-copy Bundle per line. One audit row per client exported, and one for
 * the whole download.
 */
export async function exportTeamRecordsFhir(): Promise<FhirDownload> {
  const ctx = await dataContext();
  const entry: AuditEntry = {
    action: 'records.export',
    entityType: 'organization',
    entityId: ctx.principal.organizationId,
    details: { format: FHIR_FORMAT, copy: 'staff', scope: 'team' },
  };
  return readAudited(
    ctx,
    entry,
    async () => {
      authorize(ctx.principal.role === 'supervisor', 'not-a-supervisor');
      await checkExportLimit(ctx, 'team-records', entry);
      const now = new Date();
      const { organizationId } = ctx.principal;
      const lines: string[] = [];
      let resources = 0;
      const exported = await ctx.db.transaction(async (tx) => {
        const team = await loadClientsOf(tx, organizationId, {
          clinicianIds: await loadTeamClinicianIds(tx, organizationId, ctx.principal.userId),
        });
        for (const client of team) {
          const bundle = await buildClientBundle(tx, client, 'staff', now);
          resources += bundle.entry?.length ?? 0;
          lines.push(JSON.stringify(bundle));
        }
        return team;
      }, READ_ONLY);
      for (const client of exported) {
        await writeAudit(
          ctx.db,
          ctx,
          {
            action: 'record.export',
            entityType: 'client',
            entityId: client.id,
            details: { format: FHIR_FORMAT, copy: 'staff', scope: 'team' },
          },
          'allowed',
        );
      }
      return {
        body: lines.length > 0 ? `${lines.join('\n')}\n` : '',
        filename: `team-records-${today(ctx, now)}.fhir.ndjson`,
        contentType: 'application/fhir+ndjson; charset=utf-8',
        resources,
        clients: exported.length,
      };
    },
    (download) => ({ details: { ...entry.details, rows: download.clients } }),
  );
}
