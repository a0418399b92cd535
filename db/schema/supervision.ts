import { sql } from 'drizzle-orm';
import { index, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, organizationId, tstz } from './columns';
import { users } from './users';

/** Supervisor ↔ therapist, over time. A therapist has at most one active supervisor. */
export const supervisionLinks = pgTable(
  'supervision_links',
  {
    id: id(),
    organizationId: organizationId(),
    supervisorId: uuid('supervisor_id').notNull().references(() => users.id),
    therapistId: uuid('therapist_id').notNull().references(() => users.id),
    startedAt: tstz('started_at').notNull().defaultNow(),
    endedAt: tstz('ended_at'),
    startedBy: uuid('started_by').references(() => users.id),
    endedBy: uuid('ended_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('supervision_links_one_active_key').on(t.therapistId).where(sql`${t.endedAt} is null`),
    index('supervision_links_supervisor_active_idx')
      .on(t.organizationId, t.supervisorId, t.therapistId)
      .where(sql`${t.endedAt} is null`),
  ],
);
