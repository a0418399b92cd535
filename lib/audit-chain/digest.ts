import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';

/*
 * The one definition of what a sealed audit row's hash covers (ADR 0014). The sealer and
 * `audit:verify` both read rows through `AUDIT_ROW_CONTENT` and hash them with `auditRowHash`,
 * so they cannot disagree. Every column is read as the database's own text form (timestamps as
 * whole microseconds since 1970, details as canonical jsonb text): the same bytes come back after
 * a dump and restore, on PostgreSQL and PGlite alike.
 */

/** The hashed columns of one audit row, as text (null stays null). */
export interface AuditRowContent {
  id: string;
  organizationId: string;
  seq: string;
  actorUserId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  outcome: string;
  requestId: string | null;
  details: string | null;
  atMicros: string;
}

/** The SELECT list that reads `AuditRowContent` from `audit_events` aliased as `e`. */
export const AUDIT_ROW_CONTENT = sql`
  e.id::text as "id", e.organization_id::text as "organizationId", e.seq::text as "seq",
  e.actor_user_id::text as "actorUserId", e.actor_role as "actorRole", e.action as "action",
  e.entity_type as "entityType", e.entity_id as "entityId", e.outcome::text as "outcome",
  e.request_id as "requestId", e.details::text as "details",
  (extract(epoch from e.at) * 1000000)::bigint::text as "atMicros"`;

/** The hash before an organisation's first sealed row. */
export const CHAIN_START = '';

/**
 * Hex SHA-256 over the previous row's hash, this row's chain position and its content, as a
 * JSON array (unambiguous: no two different inputs serialise the same way).
 */
export function auditRowHash(prevHash: string, chainPosition: number, row: AuditRowContent): string {
  const fields = [
    prevHash,
    String(chainPosition),
    row.id,
    row.organizationId,
    row.seq,
    row.actorUserId,
    row.actorRole,
    row.action,
    row.entityType,
    row.entityId,
    row.outcome,
    row.requestId,
    row.details,
    row.atMicros,
  ];
  return createHash('sha256').update(JSON.stringify(fields), 'utf8').digest('hex');
}
