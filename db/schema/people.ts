import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { clients } from './clients';
import { createdAt, id, organizationId, rowId, tenantKeys, tstz } from './columns';
import { organizations } from './organizations';
import { userRole, users } from './users';

/**
 * People and access (issue 3): single-use links that let someone in, and the client's consent.
 */

export const accessTokenPurpose = pgEnum('access_token_purpose', ['invitation', 'password-reset']);

/**
 * Invitations and password-reset links. Only the SHA-256 of the random token is stored, so a
 * leaked table lets no one in. A link works once (consumed_at), until expires_at, unless
 * revoked. Resending an invitation replaces its token (the old link stops working).
 */
export const accessTokens = pgTable(
  'access_tokens',
  {
    id: id(),
    organizationId: organizationId().references(() => organizations.id),
    purpose: accessTokenPurpose('purpose').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** Where the link was sent (the invitee, or the account whose password is reset). */
    email: text('email').notNull(),
    /** Invitation: the name the account will carry. */
    name: text('name').notNull(),
    /** Invitation: the role the account gets. */
    role: userRole('role'),
    /** Client invitation: the client record the portal account is linked to. */
    clientId: uuid('client_id'),
    /** Password reset: whose password; invitation: the account created when it was accepted. */
    userId: uuid('user_id'),
    /** Null when the person asked for it themselves ("forgot password"). */
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    sentAt: tstz('sent_at').notNull().defaultNow(),
    sendCount: integer('send_count').notNull().default(1),
    expiresAt: tstz('expires_at').notNull(),
    consumedAt: tstz('consumed_at'),
    revokedAt: tstz('revoked_at'),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [
    // A global (reference) table, keyed by its own id; its links to tenant rows still stay within the organisation.
    ...tenantKeys(
      t,
      { clientId: () => clients, userId: () => users, createdBy: () => users, revokedBy: () => users },
      { primaryKey: false },
    ),
    uniqueIndex('access_tokens_hash_key').on(t.tokenHash),
    index('access_tokens_org_pending_idx')
      .on(t.organizationId, t.purpose, t.createdAt)
      .where(sql`${t.consumedAt} is null and ${t.revokedAt} is null`),
    index('access_tokens_email_pending_idx')
      .on(sql`lower(${t.email})`)
      .where(sql`${t.consumedAt} is null and ${t.revokedAt} is null`),
    index('access_tokens_client_idx').on(t.clientId),
    index('access_tokens_user_idx').on(t.userId),
  ],
);

/**
 * A client's acceptance of the portal consent: which wording (text version) and when.
 * Append-only; a new text version asks again.
 */
export const clientConsents = pgTable(
  'client_consents',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    userId: uuid('user_id').notNull(),
    textVersion: text('text_version').notNull(),
    acceptedAt: tstz('accepted_at').notNull().defaultNow(),
  },
  (t) => [
    ...tenantKeys(t, { clientId: () => clients, userId: () => users }),
    index('client_consents_client_idx').on(t.clientId, t.textVersion),
  ],
);
