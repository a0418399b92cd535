import { sql } from 'drizzle-orm';
import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Primary key: a random UUID made by the database (works the same on PostgreSQL and PGlite). */
export const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);

/** Every row carries its organisation: tenant isolation and the future distribution key. */
export const organizationId = () => uuid('organization_id').notNull();

export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
