import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizationId, rowId, tenantKeys, tstz } from './columns';

export const auditOutcome = pgEnum('audit_outcome', ['allowed', 'denied']);

/**
 * Append-only trail of who did what to which record, including reads of clinical data and
 * denied attempts. Details never hold clinical free text.
 *
 * Tamper-evident (ADR 0014): `seq` comes from one global sequence at insert (no lock on the hot
 * path); the sealer (lib/audit-chain) later links each organisation's rows, in `seq` order, into
 * a hash chain by setting the seal columns once. A trigger refuses every other UPDATE, every
 * DELETE and TRUNCATE (custom migration `audit_immutable`).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: rowId(),
    organizationId: organizationId(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    outcome: auditOutcome('outcome').notNull(),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>(),
    at: tstz('at').notNull().defaultNow(),
    /** Insertion order, from one global sequence; read per organisation. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    /** Seal columns, set once by the sealer: 1, 2, 3… per organisation, in the order rows were sealed. */
    chainPosition: bigint('chain_position', { mode: 'number' }),
    /** Hex SHA-256 of the previous sealed row of the organisation ('' before the first). */
    prevHash: text('prev_hash'),
    /** Hex SHA-256 of prevHash and this row's content (lib/audit-chain/digest.ts). */
    rowHash: text('row_hash'),
    sealedAt: tstz('sealed_at'),
  },
  (t) => [
    ...tenantKeys(t, {}),
    index('audit_events_org_at_idx').on(t.organizationId, t.at),
    index('audit_events_org_actor_at_idx').on(t.organizationId, t.actorUserId, t.at),
    index('audit_events_org_entity_idx').on(t.organizationId, t.entityType, t.entityId, t.at),
    // The sealer's work list: small, because rows leave it when sealed.
    index('audit_events_unsealed_idx')
      .on(t.organizationId, t.seq)
      .where(sql`row_hash is null`),
    // One row per chain position: even a sealer that skipped the lock could not fork the chain.
    uniqueIndex('audit_events_chain_position_idx').on(t.organizationId, t.chainPosition),
  ],
);

/**
 * Where each organisation's chain ends: the sealer locks this row (SELECT … FOR UPDATE) so two
 * sealers never fork a chain, and `audit:verify` checks the chain's last row against it (a
 * deleted tail would otherwise go unnoticed).
 */
export const auditChainHeads = pgTable('audit_chain_heads', {
  organizationId: organizationId().primaryKey(),
  lastPosition: bigint('last_position', { mode: 'number' }).notNull().default(0),
  lastHash: text('last_hash').notNull().default(''),
  sealedAt: tstz('sealed_at'),
});
