import { sql } from 'drizzle-orm';
import { index, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizationId, rowId, tenantKeys, tstz } from './columns';
import { users } from './users';

/** Supervisor ↔ therapist, over time. A therapist has at most one active supervisor. */
export const supervisionLinks = pgTable(
  'supervision_links',
  {
    id: rowId(),
    organizationId: organizationId(),
    supervisorId: uuid('supervisor_id').notNull(),
    therapistId: uuid('therapist_id').notNull(),
    startedAt: tstz('started_at').notNull().defaultNow(),
    endedAt: tstz('ended_at'),
    startedBy: uuid('started_by'),
    endedBy: uuid('ended_by'),
  },
  (t) => [
    ...tenantKeys(t, {
      supervisorId: () => users,
      therapistId: () => users,
      startedBy: () => users,
      endedBy: () => users,
    }),
    uniqueIndex('supervision_links_one_active_key')
      .on(t.organizationId, t.therapistId)
      .where(sql`${t.endedAt} is null`),
    index('supervision_links_supervisor_active_idx')
      .on(t.organizationId, t.supervisorId, t.therapistId)
      .where(sql`${t.endedAt} is null`),
  ],
);
