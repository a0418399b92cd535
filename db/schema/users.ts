import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, organizationId, tstz } from './columns';
import { organizations } from './organizations';

export const userRole = pgEnum('user_role', ['admin', 'supervisor', 'therapist', 'client']);

export const users = pgTable(
  'users',
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id),
    /** Stored as typed; uniqueness and look-ups use lower(email) so sign-in needs no organisation. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: userRole('role').notNull(),
    /** argon2id hash; null until an invited person sets a password. */
    passwordHash: text('password_hash'),
    lastLoginAt: tstz('last_login_at'),
    deactivatedAt: tstz('deactivated_at'),
    /** Bumped to end every existing sign-in (deactivation, password change, "sign out everywhere"). */
    sessionVersion: integer('session_version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    // Users are a global (reference) table (db/distribution.ts); tenant rows point at them by (organization_id, id).
    unique('users_organization_id_id_key').on(t.organizationId, t.id),
    index('users_org_role_idx').on(t.organizationId, t.role, t.name),
  ],
);
