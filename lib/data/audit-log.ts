import 'server-only';
import { and, asc, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { auditEvents, clients, users } from '@/db/schema';
import type { Executor } from '@/db/types';
import { auditDetailsForAdmin, type AuditDetails } from '@/lib/auth/audit-details';
import { canAdministerOrganization } from '@/lib/auth/policy';
import { toCsv } from '@/lib/csv';
import type { FieldErrors } from '@/lib/errors';
import { auditQuerySchema, type AuditQuery } from '@/lib/validation/people';
import { authorize, readAudited } from './internal/audit';
import { dataContext, type DataContext } from './internal/context';
import { containsPattern, pageOf, PAGE_SIZE, type Page } from './internal/pagination';
import { dateTimeFormat } from '@/lib/time/intl';

export interface AuditRow {
  id: string;
  at: string;
  action: string;
  outcome: 'allowed' | 'denied';
  actor: { id: string; name: string; role: string | null } | null;
  entityType: string;
  entityId: string | null;
  /** A readable name for the record when it is a person or a client (names only: no clinical content). */
  entityLabel: string | null;
  /** Operational details only: clinical ones are never returned (lib/auth/audit-details.ts decides). */
  details: AuditDetails;
}

export interface AuditLogView extends Page<AuditRow> {
  query: AuditQuery;
  /** Filters that could not be used, keyed by field; the list is empty while any is set. */
  errors: FieldErrors;
  actions: string[];
  timeZone: string;
  /** The person or client the ids in the query name, for the filter fields. */
  personLabel: string | null;
  clientLabel: string | null;
}

/** Rows an export may hold: enough for an organisation's year, small enough for one response. */
export const AUDIT_EXPORT_LIMIT = 50_000;

interface ResolvedFilters {
  where: SQL;
  errors: FieldErrors;
  query: AuditQuery;
  timeZone: string;
  personLabel: string | null;
  clientLabel: string | null;
}

function parseQuery(raw: unknown): { query: AuditQuery; errors: FieldErrors } {
  const parsed = auditQuerySchema.safeParse(raw ?? {});
  if (parsed.success) return { query: parsed.data, errors: {} };
  // Keep what was valid; drop the fields that were not, and say why next to them.
  const errors = z.flattenError(parsed.error).fieldErrors as FieldErrors;
  const cleaned = Object.fromEntries(
    Object.entries((raw ?? {}) as Record<string, unknown>).filter(([key]) => !(key in errors)),
  );
  const retry = auditQuerySchema.safeParse(cleaned);
  return { query: retry.success ? retry.data : auditQuerySchema.parse({}), errors };
}

async function resolveFilters(ctx: DataContext, raw: unknown): Promise<ResolvedFilters> {
  const { organizationId } = ctx.principal;
  const { query, errors } = parseQuery(raw);
  const { timeZone } = ctx.principal;
  const conditions: SQL[] = [eq(auditEvents.organizationId, organizationId)];

  let personLabel: string | null = null;
  let personId = query.personId;
  if (!personId && query.person) {
    const matches = await ctx.db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(
        and(
          eq(users.organizationId, organizationId),
          or(
            eq(sql`lower(${users.email})`, query.person.toLowerCase()),
            ilike(users.name, containsPattern(query.person)),
          ),
        ),
      )
      .limit(2);
    if (matches.length === 1) personId = matches[0]!.id;
    else
      errors.person = [
        matches.length === 0
          ? `No one in your organisation matches “${query.person}”.`
          : `More than one person matches “${query.person}”: type more of the name, or their email.`,
      ];
  }
  if (personId) {
    const [person] = await ctx.db
      .select({ name: users.name })
      .from(users)
      .where(and(eq(users.id, personId), eq(users.organizationId, organizationId)));
    personLabel = person?.name ?? null;
    conditions.push(eq(auditEvents.actorUserId, personId));
  }

  let clientLabel: string | null = null;
  let clientId = query.clientId;
  if (!clientId && query.client) {
    const matches = await ctx.db
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.organizationId, organizationId), ilike(clients.displayName, containsPattern(query.client))))
      .limit(2);
    if (matches.length === 1) clientId = matches[0]!.id;
    else
      errors.client = [
        matches.length === 0
          ? `No client matches “${query.client}”.`
          : `More than one client matches “${query.client}”: type more of the name.`,
      ];
  }
  if (clientId) {
    const [client] = await ctx.db
      .select({ name: clients.displayName })
      .from(clients)
      .where(and(eq(clients.id, clientId), eq(clients.organizationId, organizationId)));
    clientLabel = client?.name ?? null;
    conditions.push(and(eq(auditEvents.entityType, 'client'), eq(auditEvents.entityId, clientId))!);
  }

  if (query.action) conditions.push(eq(auditEvents.action, query.action));
  if (query.outcome) conditions.push(eq(auditEvents.outcome, query.outcome));
  // Dates are days in the organisation's time zone, both ends included.
  if (query.from) conditions.push(gte(auditEvents.at, sql`(${query.from}::date)::timestamp at time zone ${timeZone}`));
  if (query.to) conditions.push(lt(auditEvents.at, sql`(${query.to}::date + 1)::timestamp at time zone ${timeZone}`));
  return { where: and(...conditions)!, errors, query, timeZone, personLabel, clientLabel };
}

const columns = {
  id: auditEvents.id,
  at: auditEvents.at,
  action: auditEvents.action,
  outcome: auditEvents.outcome,
  actorUserId: auditEvents.actorUserId,
  actorRole: auditEvents.actorRole,
  entityType: auditEvents.entityType,
  entityId: auditEvents.entityId,
  details: auditEvents.details,
};
type RawRow = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] | null } & { at: Date };

/** Names for the people and clients the rows mention, in two look-ups rather than a join per row. */
async function labelRows(executor: Executor, organizationId: string, rows: RawRow[]): Promise<AuditRow[]> {
  const isUuid = (value: string | null): value is string => value !== null && z.uuid().safeParse(value).success;
  const userIds = [
    ...new Set(rows.flatMap((r) => [r.actorUserId, r.entityType === 'user' ? r.entityId : null]).filter(isUuid)),
  ];
  const clientIds = [
    ...new Set(
      rows
        .filter((r) => r.entityType === 'client')
        .map((r) => r.entityId)
        .filter(isUuid),
    ),
  ];
  const [people, clientNames] = await Promise.all([
    userIds.length
      ? executor
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(and(eq(users.organizationId, organizationId), inArray(users.id, userIds)))
      : [],
    clientIds.length
      ? executor
          .select({ id: clients.id, name: clients.displayName })
          .from(clients)
          .where(and(eq(clients.organizationId, organizationId), inArray(clients.id, clientIds)))
      : [],
  ]);
  const names = new Map([...people, ...clientNames].map((p) => [p.id, p.name]));
  return rows.map((r) => ({
    id: r.id!,
    at: r.at.toISOString(),
    action: r.action!,
    outcome: r.outcome!,
    actor: r.actorUserId
      ? { id: r.actorUserId, name: names.get(r.actorUserId) ?? 'Unknown person', role: r.actorRole }
      : null,
    entityType: r.entityType!,
    entityId: r.entityId,
    entityLabel:
      r.entityId && (r.entityType === 'client' || r.entityType === 'user') ? (names.get(r.entityId) ?? null) : null,
    // Filtered where rows become DTOs, so neither the page nor the export ever holds a clinical detail.
    details: auditDetailsForAdmin(r.details),
  }));
}

/** The organisation's audit log, newest first, filtered and paginated. Admins only. */
export async function listAuditEvents(raw: unknown = {}): Promise<AuditLogView> {
  const ctx = await dataContext();
  const { organizationId } = ctx.principal;
  return readAudited(
    ctx,
    { action: 'audit.view', entityType: 'organization', entityId: organizationId },
    async () => {
      authorize(canAdministerOrganization(ctx.principal, organizationId), 'not-admin');
      const filters = await resolveFilters(ctx, raw);
      const { query } = filters;
      const hasErrors = Object.keys(filters.errors).length > 0;
      const [rows, actions] = await Promise.all([
        hasErrors
          ? []
          : ctx.db
              .select({ ...columns, total: sql<number>`(count(*) over ())::int` })
              .from(auditEvents)
              .where(filters.where)
              .orderBy(desc(auditEvents.at), desc(auditEvents.id))
              .limit(PAGE_SIZE)
              .offset((query.page - 1) * PAGE_SIZE),
        ctx.db
          .selectDistinct({ action: auditEvents.action })
          .from(auditEvents)
          .where(eq(auditEvents.organizationId, organizationId))
          .orderBy(asc(auditEvents.action))
          .limit(500),
      ]);
      const labelled = await labelRows(ctx.db, organizationId, rows);
      const page = pageOf(
        labelled.map((row, i) => ({ ...row, total: rows[i]!.total })),
        query.page,
      );
      return {
        ...page,
        query,
        errors: filters.errors,
        actions: actions.map((a) => a.action),
        timeZone: filters.timeZone,
        personLabel: filters.personLabel,
        clientLabel: filters.clientLabel,
      };
    },
    (view) => ({ details: { rows: view.rows.length, page: view.page } }),
  );
}

export interface AuditExport {
  csv: string;
  rows: number;
  truncated: boolean;
  errors: FieldErrors;
}

/**
 * The filtered audit log as CSV (UTF-8, with the organisation's local time beside UTC). Every
 * cell goes through the CSV neutraliser, so names like "=cmd" cannot run in a spreadsheet.
 */
export async function exportAuditLog(raw: unknown = {}): Promise<AuditExport> {
  const ctx = await dataContext();
  const { organizationId } = ctx.principal;
  return readAudited(
    ctx,
    { action: 'audit.export', entityType: 'organization', entityId: organizationId },
    async () => {
      authorize(canAdministerOrganization(ctx.principal, organizationId), 'not-admin');
      const filters = await resolveFilters(ctx, raw);
      if (Object.keys(filters.errors).length > 0) return { csv: '', rows: 0, truncated: false, errors: filters.errors };
      const rows = await ctx.db
        .select(columns)
        .from(auditEvents)
        .where(filters.where)
        .orderBy(desc(auditEvents.at), desc(auditEvents.id))
        .limit(AUDIT_EXPORT_LIMIT + 1);
      const truncated = rows.length > AUDIT_EXPORT_LIMIT;
      const labelled = await labelRows(ctx.db, organizationId, rows.slice(0, AUDIT_EXPORT_LIMIT));
      const local = dateTimeFormat({ dateStyle: 'short', timeStyle: 'medium', timeZone: filters.timeZone });
      const csv = toCsv(
        [
          'time_utc',
          `time_local (${filters.timeZone})`,
          'actor',
          'actor_role',
          'action',
          'outcome',
          'entity_type',
          'entity_id',
          'entity_name',
          'details',
        ],
        labelled.map((row) => [
          row.at,
          local.format(new Date(row.at)),
          row.actor?.name ?? '',
          row.actor?.role ?? '',
          row.action,
          row.outcome,
          row.entityType,
          row.entityId,
          row.entityLabel,
          Object.entries(row.details)
            .map(([key, value]) => `${key}=${String(value)}`)
            .join('; '),
        ]),
      );
      return { csv, rows: labelled.length, truncated, errors: {} };
    },
    (result) => ({ details: { rows: result.rows, truncated: result.truncated } }),
  );
}
