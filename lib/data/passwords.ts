import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { accessTokens, users } from '@/db/schema';
import type { Executor } from '@/db/types';
import { TOO_MANY_ATTEMPTS } from '@/lib/auth/attempt-limits';
import { readDeviceToken } from '@/lib/auth/device-cookie';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { readSignInOrigin } from '@/lib/auth/request-context';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { canAdministerOrganization, canIssuePasswordReset } from '@/lib/auth/policy';
import { issueToken } from '@/lib/auth/tokens';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { passwordIsEmail, PASSWORD_IS_EMAIL_MESSAGE } from '@/lib/validation/password';
import { changePasswordSchema, forgotPasswordSchema, resetPasswordSchema, userIdSchema } from '@/lib/validation/people';
import {
  ADMIN_RESET_TTL_MS,
  auditAccessEvent,
  consumeToken,
  deliverLink,
  findByToken,
  formatExpiry,
  linkRefused,
  linkState,
  publicContext,
  SELF_RESET_TTL_MS,
  type LinkDelivery,
  type LinkState,
  type PublicContext,
} from './internal/access-tokens';
import { AccessDenied, authorize, writeAudit, writeAudited } from './internal/audit';
import { dataContext } from './internal/context';
import { accountBucket, admitAttempt, forgetAccountAttempts } from './internal/sign-in-limits';
import { loadOrganizationRules } from './internal/organization-rules';

/** At most one self-service reset email a minute per account, however often the form is sent. */
const RESEND_GAP_MS = 60 * 1000;

const RESET_LINK_INVALID = 'This password reset link is no longer valid. Ask for a new one from the sign-in page.';

async function revokePendingResets(executor: Executor, userId: string, now: Date): Promise<void> {
  await executor
    .update(accessTokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(accessTokens.userId, userId),
        eq(accessTokens.purpose, 'password-reset'),
        isNull(accessTokens.consumedAt),
        isNull(accessTokens.revokedAt),
      ),
    );
}

function resetMail(to: { email: string; name: string }, expiresAt: Date, timeZone: string, issuedByAdmin: boolean) {
  return (link: string) => ({
    to: to.email,
    subject: 'Reset your Accord password',
    text: [
      `Hello ${to.name},`,
      '',
      issuedByAdmin
        ? 'Your administrator has sent you a link to choose a new password for Accord.'
        : 'Someone (we hope you) asked to reset the password for your Accord account.',
      '',
      'Open this link to choose a new password:',
      link,
      '',
      `The link works once and expires on ${formatExpiry(expiresAt, timeZone)}. Choosing a new password signs you out everywhere else.`,
      'If you did not ask for this, you can ignore this email: your password stays as it is.',
    ].join('\n'),
  });
}

async function timeZoneOf(executor: Executor, organizationId: string): Promise<string> {
  return (await loadOrganizationRules(executor, organizationId)).timeZone;
}

/**
 * "Forgot your password?". Answers the same whether or not the email belongs to an account
 * (nothing is returned); an active account gets a single-use link valid for an hour, and any
 * older link stops working.
 */
export async function requestPasswordReset(raw: unknown): Promise<void> {
  const ctx = await publicContext();
  const { email } = parseInput(forgotPasswordSchema, raw);
  const now = new Date();
  const [user] = await ctx.db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      organizationId: users.organizationId,
      deactivatedAt: users.deactivatedAt,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  if (!user || user.deactivatedAt !== null || user.passwordHash === null) return;
  const [recent] = await ctx.db
    .select({ id: accessTokens.id })
    .from(accessTokens)
    .where(
      and(
        eq(accessTokens.userId, user.id),
        eq(accessTokens.purpose, 'password-reset'),
        isNull(accessTokens.createdBy),
        gt(accessTokens.createdAt, new Date(now.getTime() - RESEND_GAP_MS)),
      ),
    )
    .limit(1);
  if (recent) return;
  const { token, hash } = issueToken();
  const expiresAt = new Date(now.getTime() + SELF_RESET_TTL_MS);
  await ctx.db.transaction(async (tx) => {
    await revokePendingResets(tx, user.id, now);
    const [row] = await tx
      .insert(accessTokens)
      .values({
        organizationId: user.organizationId,
        purpose: 'password-reset',
        tokenHash: hash,
        email: user.email,
        name: user.name,
        userId: user.id,
        createdAt: now,
        sentAt: now,
        expiresAt,
      })
      .returning({ id: accessTokens.id });
    await auditAccessEvent(tx, ctx.requestId, {
      organizationId: user.organizationId,
      actor: null,
      action: 'password.reset-request',
      entityType: 'user',
      entityId: user.id,
      outcome: 'allowed',
      details: { tokenId: row?.id ?? null },
    });
  });
  // The link goes only to the account's own inbox (or the server log): never back to the page.
  await deliverLink(
    `/reset-password/${token}`,
    resetMail(user, expiresAt, await timeZoneOf(ctx.db, user.organizationId), false),
    {
      forClientAccount: user.role === 'client',
      sender: null,
    },
  );
}

export interface PasswordResetPreview {
  state: LinkState;
  email: string | null;
}

async function loadReset(ctx: PublicContext, token: string, action: string) {
  const now = new Date();
  const row = await findByToken(ctx.db, token, 'password-reset');
  const [user] = row?.userId
    ? await ctx.db
        .select({ id: users.id, email: users.email, role: users.role, deactivatedAt: users.deactivatedAt })
        .from(users)
        .where(eq(users.id, row.userId))
    : [];
  // Someone signed in may only use a link for their own account.
  if (ctx.principal && (!user || user.id !== ctx.principal.userId)) {
    const error = new AccessDenied('signed-in-as-someone-else');
    await writeAudit(
      ctx.db,
      { principal: ctx.principal, requestId: ctx.requestId },
      { action, entityType: 'user', entityId: user?.id ?? null, details: { reason: error.reason } },
      'denied',
    );
    throw error;
  }
  let state = linkState(row, now);
  if (state === 'valid' && (!user || user.deactivatedAt !== null)) state = 'revoked';
  return { row, user, state, now };
}

/** What the reset page shows for a link. */
export async function inspectPasswordReset(token: string): Promise<PasswordResetPreview> {
  const ctx = await publicContext();
  const { user, state } = await loadReset(ctx, token, 'password.reset-open');
  if (ctx.principal) {
    await writeAudit(
      ctx.db,
      { principal: ctx.principal, requestId: ctx.requestId },
      { action: 'password.reset-open', entityType: 'user', entityId: ctx.principal.userId },
      'allowed',
    );
  }
  return { state, email: state === 'valid' ? (user?.email ?? null) : null };
}

/**
 * Sets a new password from a reset link: the link is used up, every other sign-in of the
 * account ends (session version), a lock-out is lifted, and other pending links stop working.
 */
export async function resetPassword(raw: unknown): Promise<{ email: string }> {
  const ctx = await publicContext();
  const input = parseInput(resetPasswordSchema, raw);
  const { row, user, state, now } = await loadReset(ctx, input.token, 'password.reset');
  if (state !== 'valid' || !row || !user) throw linkRefused(RESET_LINK_INVALID);
  if (passwordIsEmail(input.password, user.email))
    throw new AppError('invalid', 'Some details need attention.', {
      fieldErrors: { password: [PASSWORD_IS_EMAIL_MESSAGE] },
    });
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    if (!(await consumeToken(tx, row.id, now))) throw linkRefused(RESET_LINK_INVALID);
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.id));
    await revokePendingResets(tx, user.id, now);
    await auditAccessEvent(tx, ctx.requestId, {
      organizationId: row.organizationId,
      actor: { id: user.id, role: user.role },
      action: 'password.reset',
      entityType: 'user',
      entityId: user.id,
      outcome: 'allowed',
    });
  });
  // The link proved the owner's inbox: earlier failed sign-ins no longer delay them.
  await forgetAccountAttempts(ctx.db, user.email);
  return { email: user.email };
}

export interface ResetIssued extends LinkDelivery {
  email: string;
  expiresAt: string;
}

/**
 * An administrator sends a staff member of their organisation a password reset link (valid 24
 * hours). Never a client: refused (audited) before anything is created (ADR 13).
 */
export async function issuePasswordReset(raw: unknown): Promise<ResetIssued> {
  const ctx = await dataContext();
  const { userId } = parseInput(userIdSchema, raw);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ADMIN_RESET_TTL_MS);
  const { token, target } = await writeAudited(
    ctx,
    { action: 'password.reset-issue', entityType: 'user', entityId: userId },
    async (tx) => {
      authorize(canAdministerOrganization(ctx.principal, ctx.principal.organizationId), 'not-admin');
      const [target] = await tx
        .select({
          id: users.id,
          email: users.email,
          name: users.name,
          role: users.role,
          organizationId: users.organizationId,
          deactivatedAt: users.deactivatedAt,
        })
        .from(users)
        .where(and(eq(users.id, userId), eq(users.organizationId, ctx.principal.organizationId)))
        .limit(1);
      authorize(target !== undefined, 'missing-or-foreign');
      // A reset link opens the account it is for: never a client's (their goals and ratings) for an admin.
      authorize(canIssuePasswordReset(ctx.principal, target), 'client-account');
      if (target.id === ctx.principal.userId)
        throw new AppError('invalid', 'To change your own password, use your account page.');
      if (target.deactivatedAt) throw new AppError('invalid', 'This account is deactivated. Reactivate it first.');
      await revokePendingResets(tx, target.id, now);
      const { token, hash } = issueToken();
      await tx.insert(accessTokens).values({
        organizationId: ctx.principal.organizationId,
        purpose: 'password-reset',
        tokenHash: hash,
        email: target.email,
        name: target.name,
        userId: target.id,
        createdBy: ctx.principal.userId,
        createdAt: now,
        sentAt: now,
        expiresAt,
      });
      return { token, target };
    },
  );
  const delivery = await deliverLink(
    `/reset-password/${token}`,
    resetMail(target, expiresAt, await timeZoneOf(ctx.db, ctx.principal.organizationId), true),
    {
      forClientAccount: target.role === 'client',
      sender: ctx.principal,
    },
  );
  return { email: target.email, expiresAt: expiresAt.toISOString(), ...delivery };
}

/**
 * Changes the signed-in person's password (the current one is required). Every sign-in of the
 * account ends; the caller signs this browser in again with the new password. The check of the
 * current password is an attempt under the same per-account limit as signing in (ADR 0012), so a
 * borrowed session cannot be used to guess the password faster than the sign-in page allows.
 */
export async function changePassword(raw: unknown): Promise<{ email: string }> {
  const ctx = await dataContext();
  const input = parseInput(changePasswordSchema, raw);
  const { userId, email } = ctx.principal;
  const { deviceToken } = await readSignInOrigin();
  const device = readDeviceToken(deviceToken, Date.now(), resolveAuthSecret());
  const admission = await admitAttempt(ctx.db, {
    account: accountBucket(email, device?.userId === userId ? device.deviceId : null),
    ip: null,
  });
  if (!admission.allowed) {
    await writeAudit(
      ctx.db,
      ctx,
      { action: 'password.change', entityType: 'user', entityId: userId, details: { reason: 'too-many-attempts' } },
      'denied',
    );
    throw new AppError('invalid', 'Some details need attention.', {
      fieldErrors: { currentPassword: [TOO_MANY_ATTEMPTS] },
    });
  }
  const [account] = await ctx.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    await writeAudit(
      ctx.db,
      ctx,
      {
        action: 'password.change',
        entityType: 'user',
        entityId: userId,
        details: { reason: 'wrong-current-password' },
      },
      'denied',
    );
    throw new AppError('invalid', 'Some details need attention.', {
      fieldErrors: { currentPassword: ['That is not your current password.'] },
    });
  }
  await admission.succeeded();
  if (input.password === input.currentPassword) {
    throw new AppError('invalid', 'Some details need attention.', {
      fieldErrors: { password: ['Choose a new password, different from your current one.'] },
    });
  }
  if (passwordIsEmail(input.password, email))
    throw new AppError('invalid', 'Some details need attention.', {
      fieldErrors: { password: [PASSWORD_IS_EMAIL_MESSAGE] },
    });
  const passwordHash = await hashPassword(input.password);
  return writeAudited(ctx, { action: 'password.change', entityType: 'user', entityId: userId }, async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId));
    await revokePendingResets(tx, userId, new Date());
    return { email };
  });
}
