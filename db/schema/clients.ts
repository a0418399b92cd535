import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, organizationId, rowId, tenantKeys, tstz } from './columns';
import { organizations } from './organizations';
import { users } from './users';

export const clientStatus = pgEnum('client_status', ['active', 'discharged']);

export const clients = pgTable(
  'clients',
  {
    id: rowId(),
    organizationId: organizationId().references(() => organizations.id),
    displayName: text('display_name').notNull(),
    pronouns: text('pronouns'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    intakeDate: date('intake_date', { mode: 'string' }).notNull(),
    status: clientStatus('status').notNull().default('active'),
    /** The client's own portal sign-in, once invited. */
    portalUserId: uuid('portal_user_id'),
    /** Optimistic concurrency: an edit names the version it started from. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
    /** Clinical records are never hard-deleted. */
    archivedAt: tstz('archived_at'),
  },
  (t) => [
    ...tenantKeys(t, { portalUserId: () => users, createdBy: () => users }),
    uniqueIndex('clients_portal_user_key').on(t.organizationId, t.portalUserId),
    index('clients_org_name_idx').on(t.organizationId, t.displayName),
  ],
);

/** Every saved state of a client's profile, so an edit never loses what was there before. */
export const clientRevisions = pgTable(
  'client_revisions',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    editedBy: uuid('edited_by'),
    createdAt: createdAt(),
  },
  (t) => [
    ...tenantKeys(t, { clientId: () => clients, editedBy: () => users }),
    uniqueIndex('client_revisions_client_version_key').on(t.organizationId, t.clientId, t.version),
  ],
);

/**
 * Who treats a client, over time. The active row (ended_at is null) is the treating clinician:
 * a therapist, or a supervisor carrying their own caseload. Reassignment ends one row and starts
 * another, so the history is kept.
 */
export const caseloadAssignments = pgTable(
  'caseload_assignments',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    clinicianId: uuid('clinician_id').notNull(),
    startedAt: tstz('started_at').notNull().defaultNow(),
    endedAt: tstz('ended_at'),
    startedBy: uuid('started_by'),
    endedBy: uuid('ended_by'),
    endReason: text('end_reason'),
  },
  (t) => [
    ...tenantKeys(t, {
      clientId: () => clients,
      clinicianId: () => users,
      startedBy: () => users,
      endedBy: () => users,
    }),
    uniqueIndex('caseload_assignments_one_active_key')
      .on(t.organizationId, t.clientId)
      .where(sql`${t.endedAt} is null`),
    index('caseload_assignments_clinician_active_idx')
      .on(t.organizationId, t.clinicianId, t.clientId)
      .where(sql`${t.endedAt} is null`),
    index('caseload_assignments_client_idx').on(t.organizationId, t.clientId, t.startedAt),
  ],
);
