import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, organizationId, rowId, tenantKeys, tstz } from './columns';
import { clients } from './clients';
import { users } from './users';

/**
 * Reminder emails (issue 13): one row per email planned, so each goes at most once (the
 * dedupe key) and the admin page can show what was sent and what failed. Never the content:
 * the kind, the recipient's address, times and a short error.
 */
export const emailDeliveries = pgTable(
  'email_deliveries',
  {
    id: rowId(),
    organizationId: organizationId(),
    kind: text('kind').notNull(),
    recipientUserId: uuid('recipient_user_id').notNull(),
    recipientEmail: text('recipient_email').notNull(),
    /** The client a reminder concerns (the client's own reminders and staff reminders about one client). */
    clientId: uuid('client_id'),
    dedupeKey: text('dedupe_key').notNull(),
    /** The facts the reminder was planned on (ids, times), read again before it is sent. */
    subject: jsonb('subject').$type<Record<string, unknown>>().notNull(),
    status: text('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    sendAfter: tstz('send_after').notNull(),
    sentAt: tstz('sent_at'),
    lastError: text('last_error'),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    ...tenantKeys(t, { recipientUserId: () => users, clientId: () => clients }),
    uniqueIndex('email_deliveries_dedupe_key').on(t.organizationId, t.recipientUserId, t.dedupeKey),
    // The send job carries only the delivery id (lib/jobs/queue.ts): its claim looks the row up by id.
    index('email_deliveries_id_idx').on(t.id),
    index('email_deliveries_org_time_idx').on(t.organizationId, t.createdAt),
    index('email_deliveries_client_idx').on(t.organizationId, t.clientId, t.sentAt),
    check(
      'email_deliveries_status_check',
      sql`${t.status} in ('queued', 'sending', 'retrying', 'sent', 'failed', 'skipped')`,
    ),
  ],
);

/** A person's choice for one kind of reminder; no row means the kind's default. */
export const reminderPreferences = pgTable(
  'reminder_preferences',
  {
    organizationId: organizationId(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    enabled: boolean('enabled').notNull(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'reminder_preferences_pkey', columns: [t.organizationId, t.userId, t.kind] }),
    ...tenantKeys(t, { userId: () => users }, { primaryKey: false }),
  ],
);
