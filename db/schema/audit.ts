import { index, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, organizationId, tstz } from './columns';

export const auditOutcome = pgEnum('audit_outcome', ['allowed', 'denied']);

/**
 * Append-only trail of who did what to which record, including reads of clinical data and
 * denied attempts. Details never hold clinical free text.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
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
  },
  (t) => [
    index('audit_events_org_at_idx').on(t.organizationId, t.at),
    index('audit_events_org_actor_at_idx').on(t.organizationId, t.actorUserId, t.at),
    index('audit_events_org_entity_idx').on(t.organizationId, t.entityType, t.entityId, t.at),
  ],
);
