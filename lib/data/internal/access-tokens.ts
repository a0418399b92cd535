import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { accessTokens, auditEvents, users } from '@/db/schema';
import type { Db, Executor, Tx } from '@/db/types';
import { canSeeUndeliveredLink } from '@/lib/auth/policy';
import type { Principal } from '@/lib/auth/principal';
import { readRequestId } from '@/lib/auth/request-context';
import { verifySession } from '@/lib/auth/session';
import { hashToken, looksLikeToken } from '@/lib/auth/tokens';
import { AppError } from '@/lib/errors';
import { isEmbeddedDemo } from '@/lib/env';
import { absoluteUrl } from '@/lib/links';
import { mailTransport, sendMail, type MailMessage } from '@/lib/mail';
import { dateTimeFormat } from '@/lib/time/intl';

/**
 * Plumbing shared by invitations and password resets: finding a link's row by the hash of its
 * token, deciding whether it still works, using it up exactly once, and sending it.
 */

export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;
/** Asked for by the person themselves: short, because it travels by email alone. */
export const SELF_RESET_TTL_MS = 60 * 60 * 1000;
/** Issued by an administrator, who may need to pass it on by hand. */
export const ADMIN_RESET_TTL_MS = 24 * 3600 * 1000;

export type AccessTokenRow = typeof accessTokens.$inferSelect;
export type LinkState = 'valid' | 'expired' | 'used' | 'revoked' | 'invalid';

export function linkState(row: AccessTokenRow | null, now: Date): LinkState {
  if (!row) return 'invalid';
  if (row.consumedAt) return 'used';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt <= now) return 'expired';
  return 'valid';
}

/** The row a link's token points at, or null for a malformed, tampered or replaced token. */
export async function findByToken(
  executor: Executor,
  token: unknown,
  purpose: AccessTokenRow['purpose'],
): Promise<AccessTokenRow | null> {
  if (!looksLikeToken(token)) return null;
  const [row] = await executor
    .select()
    .from(accessTokens)
    .where(and(eq(accessTokens.tokenHash, hashToken(token)), eq(accessTokens.purpose, purpose)))
    .limit(1);
  return row ?? null;
}

/**
 * Uses a link up. One conditional update: of two simultaneous submissions only one gets the
 * row back, so a link can never work twice.
 */
export async function consumeToken(tx: Tx, id: string, now: Date): Promise<boolean> {
  const used = await tx
    .update(accessTokens)
    .set({ consumedAt: now })
    .where(
      and(
        eq(accessTokens.id, id),
        isNull(accessTokens.consumedAt),
        isNull(accessTokens.revokedAt),
        gt(accessTokens.expiresAt, now),
      ),
    )
    .returning({ id: accessTokens.id });
  return used.length === 1;
}

/** Whether an email (any case) already belongs to an account anywhere: emails are unique system-wide. */
export async function emailTaken(executor: Executor, email: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  return row !== undefined;
}

/** A pending, unexpired invitation to this email, in any organisation. */
export async function pendingInvitationTo(
  executor: Executor,
  email: string,
  now: Date,
): Promise<AccessTokenRow | null> {
  const [row] = await executor
    .select()
    .from(accessTokens)
    .where(
      and(
        eq(sql`lower(${accessTokens.email})`, email.toLowerCase()),
        eq(accessTokens.purpose, 'invitation'),
        isNull(accessTokens.consumedAt),
        isNull(accessTokens.revokedAt),
        gt(accessTokens.expiresAt, now),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** The caller of a public (pre-sign-in) function: maybe signed in, maybe not. */
export interface PublicContext {
  principal: Principal | null;
  db: Db;
  requestId: string | null;
}

export async function publicContext(): Promise<PublicContext> {
  const [principal, db, requestId] = await Promise.all([verifySession(), getDb(), readRequestId()]);
  return { principal, db, requestId };
}

/** Audit for events that happen before anyone is signed in: the actor is the account concerned. */
export async function auditAccessEvent(
  executor: Executor,
  requestId: string | null,
  event: {
    organizationId: string;
    actor: { id: string; role: Principal['role'] } | null;
    action: string;
    entityType: string;
    entityId: string | null;
    outcome: 'allowed' | 'denied';
    details?: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  await executor.insert(auditEvents).values({
    organizationId: event.organizationId,
    actorUserId: event.actor?.id ?? null,
    actorRole: event.actor?.role ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    outcome: event.outcome,
    requestId,
    details: event.details ?? null,
  });
}

export interface LinkDelivery {
  /**
   * smtp: emailed. outbox: written to the configured MAIL_OUTBOX file. log: no mail server, the
   * email is in the server log (demo). failed: the mail server refused it. not-sent: no mail
   * server, and the link opens a client's account outside the demo, so it was not written anywhere.
   */
  delivered: 'smtp' | 'outbox' | 'log' | 'failed' | 'not-sent';
  /** Shown to the sender when the email did not go out and they may pass it on themselves. */
  link: string | null;
}

/** Who a link is for and who sent it: decides whether an undelivered link may be shown or logged. */
export interface LinkAudience {
  /** The link opens (or creates) a client's portal account. */
  forClientAccount: boolean;
  /** The staff member who sent it; null for "forgot password", where nothing goes back to the page. */
  sender: Principal | null;
}

/**
 * Emails a link. A link to a client's account is never printed in a log outside the embedded
 * demo, and never shown to an administrator (ADR 13); other undelivered links go back to their
 * sender to pass on.
 */
export async function deliverLink(
  path: string,
  compose: (link: string) => MailMessage,
  audience: LinkAudience,
): Promise<LinkDelivery> {
  const link = absoluteUrl(path);
  const demo = isEmbeddedDemo();
  if (audience.forClientAccount && !demo && mailTransport() === 'log') return { delivered: 'not-sent', link: null };
  let delivered: LinkDelivery['delivered'];
  try {
    ({ delivered } = await sendMail(compose(link)));
  } catch (error) {
    // The error names the server and the reason, never the message body.
    console.error('[mail] sending failed', error);
    delivered = 'failed';
  }
  const reachedInbox = delivered === 'smtp' || delivered === 'outbox';
  const shown = !reachedInbox && audience.sender !== null && canSeeUndeliveredLink(audience.sender, audience, demo);
  return { delivered, link: shown ? link : null };
}

export const LINK_NO_LONGER_VALID = 'This link is no longer valid. Ask for a new one.';

export function linkRefused(message = LINK_NO_LONGER_VALID): AppError {
  return new AppError('invalid', message, { fieldErrors: { token: [message] } });
}

export function formatExpiry(date: Date, timeZone: string): string {
  return dateTimeFormat({ dateStyle: 'full', timeStyle: 'short', timeZone }).format(date);
}
