import { index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { organizationId, tstz } from './columns';

/**
 * Attempt counters of the sign-in limits (ADR 0012), in the shape rate-limiter-flexible's
 * RateLimiterDrizzle reads and writes: one row per key, counted by one upsert that returns the
 * new count. Keys are hashes of an account's email or a client IP, with a prefix naming the
 * counter. There is no organization_id: the counters are consulted before anyone is signed in,
 * for emails that may not belong to any organisation (ADR 0012 says why).
 */
export const signInLimits = pgTable('sign_in_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull(),
  expire: tstz('expire'),
});

/**
 * Sign-ins ended on the server ("sign out" on one device). A token carries its session id;
 * the per-request session check refuses one listed here. Rows are useless once the token
 * could not be valid anyway (12 hours after sign-in), and are pruned then.
 */
export const revokedSessions = pgTable(
  'revoked_sessions',
  {
    sessionId: uuid('session_id').notNull(),
    organizationId: organizationId(),
    userId: uuid('user_id').notNull(),
    revokedAt: tstz('revoked_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'revoked_sessions_pkey', columns: [t.organizationId, t.sessionId] }),
    index('revoked_sessions_revoked_at_idx').on(t.revokedAt),
  ],
);
