import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { accessTokens, clients, users } from '@/db/schema';
import type { Executor, Tx } from '@/db/types';
import { hashPassword } from '@/lib/auth/password';
import {
  canAdministerOrganization,
  canInviteClient,
  canManageInvitation,
  canViewClientInvitation,
} from '@/lib/auth/policy';
import { ROLE_LABELS, type Role } from '@/lib/auth/principal';
import { issueToken } from '@/lib/auth/tokens';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { passwordIsEmail, PASSWORD_IS_EMAIL_MESSAGE } from '@/lib/validation/password';
import {
  acceptInvitationSchema,
  invitationIdSchema,
  inviteClientSchema,
  inviteStaffSchema,
} from '@/lib/validation/people';
import { pageQuerySchema } from '@/lib/validation/common';
import {
  auditAccessEvent,
  consumeToken,
  deliverLink,
  emailTaken,
  findByToken,
  formatExpiry,
  INVITATION_TTL_MS,
  linkRefused,
  linkState,
  pendingInvitationTo,
  publicContext,
  type AccessTokenRow,
  type LinkDelivery,
  type LinkState,
  type PublicContext,
} from './internal/access-tokens';
import { loadClientWithAccessFacts } from './internal/access-facts';
import { AccessDenied, authorize, readAudited, writeAudit, writeAudited } from './internal/audit';
import { dataContext, type DataContext } from './internal/context';
import { pageOf, PAGE_SIZE, type Page } from './internal/pagination';
import { loadOrganizationRules } from './internal/organization-rules';

export type { LinkDelivery, LinkState } from './internal/access-tokens';

export interface InvitationSent extends LinkDelivery {
  invitationId: string;
  email: string;
  expiresAt: string;
}

const EMAIL_HAS_ACCOUNT =
  'That email address already belongs to an account. Each person signs in with their own email address.';
const EMAIL_ALREADY_INVITED =
  'That email address already has an invitation waiting. Resend or revoke that invitation instead.';

async function assertEmailFree(executor: Executor, email: string, now: Date): Promise<void> {
  if (await emailTaken(executor, email))
    throw new AppError('invalid', EMAIL_HAS_ACCOUNT, { fieldErrors: { email: [EMAIL_HAS_ACCOUNT] } });
  if (await pendingInvitationTo(executor, email, now))
    throw new AppError('invalid', EMAIL_ALREADY_INVITED, { fieldErrors: { email: [EMAIL_ALREADY_INVITED] } });
}

async function organizationOf(executor: Executor, organizationId: string): Promise<{ name: string; timeZone: string }> {
  const { name, timeZone } = await loadOrganizationRules(executor, organizationId);
  return { name, timeZone };
}

function invitationMail(
  invitation: { email: string; name: string; role: Role | null; expiresAt: Date },
  inviterName: string,
  org: { name: string; timeZone: string },
) {
  return (link: string) => ({
    to: invitation.email,
    subject:
      invitation.role === 'client'
        ? `${inviterName} has invited you to Accord`
        : `You’re invited to join ${org.name} on Accord`,
    text: [
      `Hello ${invitation.name},`,
      '',
      invitation.role === 'client'
        ? `${inviterName} at ${org.name} has invited you to Accord, a private space where you and your therapist ` +
          `set goals together and keep track of how things are going.`
        : `${inviterName} has invited you to join ${org.name} on Accord as ${ROLE_LABELS[invitation.role ?? 'therapist'].toLowerCase()}.`,
      '',
      'Open this link to choose your password:',
      link,
      '',
      `The link works once and expires on ${formatExpiry(invitation.expiresAt, org.timeZone)}.`,
      'If you were not expecting this email, you can ignore it.',
    ].join('\n'),
  });
}

async function send(
  ctx: DataContext,
  row: { id: string; email: string; name: string; role: Role | null; expiresAt: Date },
  token: string,
): Promise<InvitationSent> {
  const org = await organizationOf(ctx.db, ctx.principal.organizationId);
  const delivery = await deliverLink(`/invite/${token}`, invitationMail(row, ctx.principal.name, org), {
    forClientAccount: (row.role ?? 'client') === 'client',
    sender: ctx.principal,
  });
  return { invitationId: row.id, email: row.email, expiresAt: row.expiresAt.toISOString(), ...delivery };
}

/** Invites a client to the portal from their record: their treating clinician only. */
export async function inviteClient(raw: unknown): Promise<InvitationSent> {
  const ctx = await dataContext();
  const input = parseInput(inviteClientSchema, raw);
  const now = new Date();
  const { row, token } = await writeAudited(
    ctx,
    { action: 'invitation.create', entityType: 'client', entityId: input.clientId },
    async (tx) => {
      const client = await loadClientWithAccessFacts(tx, ctx.principal.organizationId, input.clientId);
      authorize(client !== null, 'missing-or-foreign');
      authorize(canInviteClient(ctx.principal, client), 'not-treating-clinician');
      if (client.portalUserId !== null) {
        throw new AppError('invalid', 'This client already has a portal account.', {
          fieldErrors: { email: ['This client already has a portal account.'] },
        });
      }
      const waiting = await pendingClientInvitation(tx, client.organizationId, client.id);
      if (waiting && waiting.expiresAt > now) {
        const message = 'An invitation is already waiting for this client. Resend or revoke it.';
        throw new AppError('invalid', message, { fieldErrors: { email: [message] } });
      }
      if (waiting)
        await tx
          .update(accessTokens)
          .set({ revokedAt: now, revokedBy: ctx.principal.userId })
          .where(eq(accessTokens.id, waiting.id));
      await assertEmailFree(tx, input.email, now);
      return insertInvitation(
        tx,
        ctx,
        { email: input.email, name: client.displayName, role: 'client', clientId: client.id },
        now,
      );
    },
    ({ row }) => ({ details: { invitationId: row.id, role: 'client' } }),
  );
  return send(ctx, row, token);
}

/** An administrator invites a therapist, supervisor or another administrator. */
export async function inviteStaff(raw: unknown): Promise<InvitationSent> {
  const ctx = await dataContext();
  const input = parseInput(inviteStaffSchema, raw);
  const now = new Date();
  const { row, token } = await writeAudited(
    ctx,
    { action: 'invitation.create', entityType: 'invitation' },
    async (tx) => {
      authorize(canAdministerOrganization(ctx.principal, ctx.principal.organizationId), 'not-admin');
      await assertEmailFree(tx, input.email, now);
      return insertInvitation(tx, ctx, { email: input.email, name: input.name, role: input.role, clientId: null }, now);
    },
    ({ row }) => ({ entityId: row.id, details: { role: input.role } }),
  );
  return send(ctx, row, token);
}

async function insertInvitation(
  tx: Tx,
  ctx: DataContext,
  invitation: { email: string; name: string; role: Role; clientId: string | null },
  now: Date,
) {
  const { token, hash } = issueToken();
  const [row] = await tx
    .insert(accessTokens)
    .values({
      organizationId: ctx.principal.organizationId,
      purpose: 'invitation',
      tokenHash: hash,
      ...invitation,
      createdBy: ctx.principal.userId,
      // One clock for the whole row: the link lives exactly INVITATION_TTL_MS from its creation.
      createdAt: now,
      sentAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    })
    .returning();
  if (!row) throw new Error('invitation insert returned nothing');
  return { row, token };
}

async function pendingClientInvitation(
  executor: Executor,
  organizationId: string,
  clientId: string,
): Promise<AccessTokenRow | null> {
  const [row] = await executor
    .select()
    .from(accessTokens)
    .where(
      and(
        eq(accessTokens.organizationId, organizationId),
        eq(accessTokens.clientId, clientId),
        eq(accessTokens.purpose, 'invitation'),
        isNull(accessTokens.consumedAt),
        isNull(accessTokens.revokedAt),
      ),
    )
    .orderBy(desc(accessTokens.createdAt))
    .limit(1);
  return row ?? null;
}

export interface ClientPortalAccess {
  hasPortalAccount: boolean;
  canInvite: boolean;
  invitation: {
    id: string;
    email: string;
    sentAt: string;
    expiresAt: string;
    expired: boolean;
    sendCount: number;
  } | null;
  /** The organisation's time zone, to show times in (from the session check). */
  timeZone: string;
}

/** A client's portal status for the record page: signed up, invited (and until when), or neither. */
export async function getClientPortalAccess(clientId: string): Promise<ClientPortalAccess> {
  const ctx = await dataContext();
  return readAudited(ctx, { action: 'invitation.view', entityType: 'client', entityId: clientId }, async () => {
    const client = await loadClientWithAccessFacts(ctx.db, ctx.principal.organizationId, clientId);
    authorize(client !== null, 'missing-or-foreign');
    authorize(canViewClientInvitation(ctx.principal, client), 'no-relationship');
    const pending = client.portalUserId
      ? null
      : await pendingClientInvitation(ctx.db, client.organizationId, client.id);
    const now = new Date();
    return {
      hasPortalAccount: client.portalUserId !== null,
      canInvite: canInviteClient(ctx.principal, client),
      invitation: pending
        ? {
            id: pending.id,
            email: pending.email,
            sentAt: pending.sentAt.toISOString(),
            expiresAt: pending.expiresAt.toISOString(),
            expired: pending.expiresAt <= now,
            sendCount: pending.sendCount,
          }
        : null,
      timeZone: ctx.principal.timeZone,
    };
  });
}

export interface InvitationRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  clientId: string | null;
  invitedBy: string | null;
  sentAt: string;
  expiresAt: string;
  expired: boolean;
}

const inviter = alias(users, 'inviter');

/** Invitations not yet accepted or revoked (expired ones too, so they can be resent), newest first. */
export async function listInvitations(
  query: { page?: number | string } = {},
): Promise<Page<InvitationRow> & { timeZone: string }> {
  const ctx = await dataContext();
  const { page } = parseInput(pageQuerySchema, query);
  return readAudited(
    ctx,
    { action: 'invitation.list', entityType: 'organization', entityId: ctx.principal.organizationId },
    async () => {
      authorize(canAdministerOrganization(ctx.principal, ctx.principal.organizationId), 'not-admin');
      const rows = await ctx.db
        .select({
          id: accessTokens.id,
          name: accessTokens.name,
          email: accessTokens.email,
          role: accessTokens.role,
          clientId: accessTokens.clientId,
          invitedBy: inviter.name,
          sentAt: accessTokens.sentAt,
          expiresAt: accessTokens.expiresAt,
          total: sql<number>`(count(*) over ())::int`,
        })
        .from(accessTokens)
        .leftJoin(inviter, eq(inviter.id, accessTokens.createdBy))
        .where(
          and(
            eq(accessTokens.organizationId, ctx.principal.organizationId),
            eq(accessTokens.purpose, 'invitation'),
            isNull(accessTokens.consumedAt),
            isNull(accessTokens.revokedAt),
          ),
        )
        .orderBy(desc(accessTokens.sentAt))
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE);
      const now = new Date();
      const result = pageOf(
        rows.map((row) => ({
          ...row,
          role: row.role ?? 'client',
          sentAt: row.sentAt.toISOString(),
          expiresAt: row.expiresAt.toISOString(),
          expired: row.expiresAt <= now,
        })),
        page,
      );
      return { ...result, timeZone: ctx.principal.timeZone };
    },
    (result) => ({ details: { rows: result.rows.length } }),
  );
}

/** Loads an invitation of the caller's organisation that the caller may manage, inside a write. */
async function loadManagedInvitation(tx: Tx, ctx: DataContext, invitationId: string): Promise<AccessTokenRow> {
  const [row] = await tx
    .select()
    .from(accessTokens)
    .where(
      and(
        eq(accessTokens.id, invitationId),
        eq(accessTokens.organizationId, ctx.principal.organizationId),
        eq(accessTokens.purpose, 'invitation'),
      ),
    )
    .limit(1);
  authorize(row !== undefined, 'missing-or-foreign');
  const client = row.clientId ? await loadClientWithAccessFacts(tx, row.organizationId, row.clientId) : null;
  authorize(
    canManageInvitation(ctx.principal, { organizationId: row.organizationId, client }),
    'cannot-manage-invitation',
  );
  if (row.consumedAt) throw new AppError('invalid', 'This invitation has already been accepted.');
  if (row.revokedAt)
    throw new AppError('invalid', 'This invitation was revoked. Send a new one if it is still needed.');
  return row;
}

/**
 * Sends an invitation again with a new link and a fresh 7 days. The old link stops working
 * (only one token is ever live per invitation).
 */
export async function resendInvitation(raw: unknown): Promise<InvitationSent> {
  const ctx = await dataContext();
  const { invitationId } = parseInput(invitationIdSchema, raw);
  const now = new Date();
  const { row, token } = await writeAudited(
    ctx,
    { action: 'invitation.resend', entityType: 'invitation', entityId: invitationId },
    async (tx) => {
      const current = await loadManagedInvitation(tx, ctx, invitationId);
      if (current.role !== 'client' && (await emailTaken(tx, current.email)))
        throw new AppError('invalid', EMAIL_HAS_ACCOUNT);
      const { token, hash } = issueToken();
      const [row] = await tx
        .update(accessTokens)
        .set({
          tokenHash: hash,
          sentAt: now,
          expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
          sendCount: sql`${accessTokens.sendCount} + 1`,
        })
        .where(eq(accessTokens.id, current.id))
        .returning();
      return { row: row!, token };
    },
  );
  return send(ctx, row, token);
}

/** Withdraws an invitation: its link then shows "revoked". */
export async function revokeInvitation(raw: unknown): Promise<{ invitationId: string }> {
  const ctx = await dataContext();
  const { invitationId } = parseInput(invitationIdSchema, raw);
  return writeAudited(
    ctx,
    { action: 'invitation.revoke', entityType: 'invitation', entityId: invitationId },
    async (tx) => {
      const current = await loadManagedInvitation(tx, ctx, invitationId);
      await tx
        .update(accessTokens)
        .set({ revokedAt: new Date(), revokedBy: ctx.principal.userId })
        .where(eq(accessTokens.id, current.id));
      return { invitationId };
    },
  );
}

export interface InvitationPreview {
  state: LinkState;
  /** Only for a link that still works. */
  invitation: { name: string; email: string; role: Role; organizationName: string } | null;
}

/**
 * What the invitation page shows for a link, before sign-in. Someone signed in cannot open an
 * invitation (it would make a second account while they are someone else): refused like a
 * missing record.
 */
export async function inspectInvitation(token: string): Promise<InvitationPreview> {
  const ctx = await publicContext();
  await refuseSignedIn(ctx, 'invitation.open');
  const row = await findByToken(ctx.db, token, 'invitation');
  const state = linkState(row, new Date());
  if (state !== 'valid' || !row) return { state, invitation: null };
  const org = await organizationOf(ctx.db, row.organizationId);
  return {
    state,
    invitation: { name: row.name, email: row.email, role: row.role ?? 'client', organizationName: org.name },
  };
}

async function refuseSignedIn(ctx: PublicContext, action: string): Promise<void> {
  if (!ctx.principal) return;
  const error = new AccessDenied('signed-in-as-someone-else');
  await writeAudit(
    ctx.db,
    { principal: ctx.principal, requestId: ctx.requestId },
    { action, entityType: 'invitation', details: { reason: error.reason } },
    'denied',
  );
  throw error;
}

/**
 * Accepts an invitation: the link is used up, the account is created with the chosen password
 * (a client's is linked to their record), and the caller then signs in with it.
 */
export async function acceptInvitation(raw: unknown): Promise<{ email: string; role: Role }> {
  const ctx = await publicContext();
  await refuseSignedIn(ctx, 'invitation.accept');
  const input = parseInput(acceptInvitationSchema, raw);
  const now = new Date();
  const found = await findByToken(ctx.db, input.token, 'invitation');
  if (!found || linkState(found, now) !== 'valid')
    throw linkRefused('This invitation link is no longer valid. Ask the person who invited you to send a new one.');
  if (passwordIsEmail(input.password, found.email)) {
    throw new AppError('invalid', 'Some details need attention.', {
      fieldErrors: { password: [PASSWORD_IS_EMAIL_MESSAGE] },
    });
  }
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    if (!(await consumeToken(tx, found.id, now)))
      throw linkRefused('This invitation link has just been used. Sign in instead.');
    if (await emailTaken(tx, found.email))
      throw linkRefused(EMAIL_HAS_ACCOUNT + ' Sign in instead, or use “Forgot your password?”.');
    const role: Role = found.role ?? 'client';
    let client: { id: string } | undefined;
    if (role === 'client') {
      [client] = await tx
        .select({ id: clients.id })
        .from(clients)
        .where(
          and(
            eq(clients.id, found.clientId ?? ''),
            eq(clients.organizationId, found.organizationId),
            isNull(clients.archivedAt),
            isNull(clients.portalUserId),
          ),
        )
        .limit(1);
      if (!client) throw linkRefused('This invitation can no longer be used. Ask your therapist to send a new one.');
    }
    const [user] = await tx
      .insert(users)
      .values({ organizationId: found.organizationId, email: found.email, name: found.name, role, passwordHash })
      .returning({ id: users.id });
    if (!user) throw new Error('user insert returned nothing');
    if (client)
      await tx
        .update(clients)
        .set({ portalUserId: user.id })
        .where(and(eq(clients.organizationId, found.organizationId), eq(clients.id, client.id)));
    await tx.update(accessTokens).set({ userId: user.id }).where(eq(accessTokens.id, found.id));
    await auditAccessEvent(tx, ctx.requestId, {
      organizationId: found.organizationId,
      actor: { id: user.id, role },
      action: 'invitation.accept',
      entityType: 'invitation',
      entityId: found.id,
      outcome: 'allowed',
      details: client ? { clientId: client.id } : { role },
    });
    return { email: found.email, role };
  });
}
