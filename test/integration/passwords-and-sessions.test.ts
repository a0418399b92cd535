import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { getDb } from '@/db/client';
import { accessTokens, auditEvents, users } from '@/db/schema';
import { signOutEverywhere } from '@/lib/data/account';
import { verifyCredentials } from '@/lib/data/authentication';
import {
  changePassword,
  inspectPasswordReset,
  issuePasswordReset,
  requestPasswordReset,
  resetPassword,
} from '@/lib/data/passwords';
import { deactivateUser, reactivateUser } from '@/lib/data/people-admin';
import { loadPrincipal } from '@/lib/data/internal/principals';
import { sendMail } from '@/lib/mail';
import { AppError } from '@/lib/errors';
import { actAs, actAsUser, claimsFor, createFixture, FIXTURE_PASSWORD, type Fixture } from './fixtures';
import { addPeopleFixture, insertResetToken, restoreAccounts, type PeopleFixture } from './people-fixtures';
import { requestState } from './request-context.mock';

vi.mock('@/lib/mail', () => ({
  mailTransport: () => 'log',
  sendMail: vi.fn(() => Promise.resolve({ delivered: 'log' })),
}));

let f: Fixture;
let people: PeopleFixture;
beforeAll(async () => {
  f = await createFixture('passwords');
  people = await addPeopleFixture(f);
});
beforeEach(async () => {
  vi.mocked(sendMail).mockClear();
  await restoreAccounts([...Object.values(f.users), people.resetTarget, people.spareTherapist]);
});

const NEW_PASSWORD = 'quiet harbour morning';

async function refusal(call: () => Promise<unknown>): Promise<AppError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const linkToken = (text: string) => /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? '';

describe('forgot password', () => {
  test('answers the same for a known and an unknown email; only the account owner gets a link, valid one hour', async () => {
    actAs(f, 'anonymous');
    expect(await requestPasswordReset({ email: 'nobody@nowhere.example' })).toBeUndefined();
    expect(sendMail).not.toHaveBeenCalled();

    const before = Date.now();
    expect(await requestPasswordReset({ email: people.resetTarget.email.toUpperCase() })).toBeUndefined();
    expect(sendMail).toHaveBeenCalledTimes(1);
    const message = vi.mocked(sendMail).mock.calls[0]![0];
    expect(message.to).toBe(people.resetTarget.email);
    const token = linkToken(message.text);
    expect(token).not.toBe('');

    const db = await getDb();
    const [row] = await db
      .select()
      .from(accessTokens)
      .where(
        and(
          eq(accessTokens.userId, people.resetTarget.id),
          isNull(accessTokens.consumedAt),
          isNull(accessTokens.revokedAt),
        ),
      );
    expect(row).toMatchObject({ purpose: 'password-reset', createdBy: null });
    expect(row!.expiresAt.getTime() - before).toBeGreaterThan(59 * 60 * 1000);
    expect(row!.expiresAt.getTime() - before).toBeLessThan(61 * 60 * 1000);

    // Asking again at once sends nothing more (one email a minute).
    await requestPasswordReset({ email: people.resetTarget.email });
    expect(sendMail).toHaveBeenCalledTimes(1);
  });

  test('a deactivated account gets no link, and bad input is a field error', async () => {
    actAs(f, 'anonymous');
    const db = await getDb();
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, people.spareTherapist.id));
    await requestPasswordReset({ email: people.spareTherapist.email });
    expect(sendMail).not.toHaveBeenCalled();
    expect((await refusal(() => requestPasswordReset({ email: 'not-an-email' }))).fieldErrors?.email).toEqual([
      'Enter an email address like name@example.com.',
    ]);
    expect((await refusal(() => requestPasswordReset({}))).fieldErrors?.email).toEqual(['Enter your email address.']);
  });
});

describe('reset links', () => {
  test('a link works once: it sets the password, ends every sign-in, lifts the attempt limit and cancels other links', async () => {
    // Six wrong guesses: the account is refusing attempts (the clock stands still, so the wait cannot lapse).
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    for (let i = 0; i < 5; i++) await verifyCredentials(f.users.therapistB.email, `wrong-${i}`, new Date());
    expect(await verifyCredentials(f.users.therapistB.email, FIXTURE_PASSWORD, new Date())).toEqual({
      ok: false,
      reason: 'too-many-attempts',
    });
    const older = await insertResetToken(f.users.therapistB);
    const link = await insertResetToken(f.users.therapistB);
    const oldClaims = claimsFor(f.users.therapistB);

    actAs(f, 'anonymous');
    expect(await inspectPasswordReset(link.token)).toEqual({ state: 'valid', email: f.users.therapistB.email });
    expect(await resetPassword({ token: link.token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toEqual({
      email: f.users.therapistB.email,
    });

    expect(await loadPrincipal(oldClaims, Date.now())).toBeNull();
    expect(await verifyCredentials(f.users.therapistB.email, NEW_PASSWORD, new Date())).toMatchObject({ ok: true });
    expect(await verifyCredentials(f.users.therapistB.email, FIXTURE_PASSWORD, new Date())).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect((await inspectPasswordReset(link.token)).state).toBe('used');
    expect((await inspectPasswordReset(older.token)).state).toBe('revoked');
    const again = await refusal(() =>
      resetPassword({
        token: link.token,
        password: 'yet another passphrase',
        confirmPassword: 'yet another passphrase',
      }),
    );
    expect(again.code).toBe('invalid');
    expect(await verifyCredentials(f.users.therapistB.email, NEW_PASSWORD, new Date())).toMatchObject({ ok: true });
  });

  test('expired, tampered and deactivated-account links are refused and nothing changes', async () => {
    actAs(f, 'anonymous');
    const expired = await insertResetToken(f.users.therapistB, { expiresAt: new Date(Date.now() - 1) });
    expect((await inspectPasswordReset(expired.token)).state).toBe('expired');
    expect(
      (
        await refusal(() =>
          resetPassword({ token: expired.token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
        )
      ).code,
    ).toBe('invalid');
    const valid = await insertResetToken(f.users.therapistB);
    const tampered = `${valid.token.slice(0, 20)}${valid.token[20] === 'x' ? 'y' : 'x'}${valid.token.slice(21)}`;
    expect(await inspectPasswordReset(tampered)).toEqual({ state: 'invalid', email: null });
    expect(
      (await refusal(() => resetPassword({ token: tampered, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })))
        .code,
    ).toBe('invalid');

    const db = await getDb();
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, f.users.therapistB.id));
    expect((await inspectPasswordReset(valid.token)).state).toBe('revoked');
    expect(
      (
        await refusal(() =>
          resetPassword({ token: valid.token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
        )
      ).code,
    ).toBe('invalid');
    await db.update(users).set({ deactivatedAt: null }).where(eq(users.id, f.users.therapistB.id));
    expect(await verifyCredentials(f.users.therapistB.email, FIXTURE_PASSWORD, new Date())).toMatchObject({ ok: true });
  });

  test('someone signed in may open only a link for their own account', async () => {
    const own = await insertResetToken(f.users.therapistB);
    actAs(f, 'therapistB');
    expect((await inspectPasswordReset(own.token)).state).toBe('valid');
    actAs(f, 'therapistA');
    expect((await refusal(() => inspectPasswordReset(own.token))).code).toBe('not-found');
    expect(
      (await refusal(() => resetPassword({ token: own.token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })))
        .code,
    ).toBe('not-found');
  });

  test('an admin-issued link lasts 24 hours, is refused for their own account and for a deactivated one', async () => {
    actAs(f, 'admin');
    const issued = await issuePasswordReset({ userId: f.users.therapistA.id });
    expect(issued.delivered).toBe('log');
    expect(linkToken(issued.link ?? '')).not.toBe('');
    expect(new Date(issued.expiresAt).getTime() - Date.now()).toBeGreaterThan(23.9 * 3600 * 1000);
    expect((await refusal(() => issuePasswordReset({ userId: f.users.admin.id }))).message).toMatch(
      /your account page/,
    );
    const db = await getDb();
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, people.spareTherapist.id));
    expect((await refusal(() => issuePasswordReset({ userId: people.spareTherapist.id }))).message).toMatch(
      /deactivated/,
    );
    actAs(f, 'otherOrgUser');
    expect((await refusal(() => issuePasswordReset({ userId: f.users.therapistA.id }))).code).toBe('not-found');
  });

  test('an admin cannot issue a reset link for a client account: refused, nothing created or sent, audited (ADR 13)', async () => {
    const db = await getDb();
    const tokensOf = async (userId: string) =>
      (await db.select({ id: accessTokens.id }).from(accessTokens).where(eq(accessTokens.userId, userId))).length;
    const before = await tokensOf(f.users.clientA.id);
    actAs(f, 'admin');
    const refused = await refusal(() => issuePasswordReset({ userId: f.users.clientA.id }));
    expect(refused.code).toBe('not-found');
    expect(await tokensOf(f.users.clientA.id)).toBe(before);
    expect(sendMail).not.toHaveBeenCalled();
    const [audit] = await db
      .select({ outcome: auditEvents.outcome, details: auditEvents.details, actorUserId: auditEvents.actorUserId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'password.reset-issue'), eq(auditEvents.entityId, f.users.clientA.id)));
    expect(audit).toEqual({ outcome: 'denied', details: { reason: 'client-account' }, actorUserId: f.users.admin.id });

    // The same admin still resets staff passwords; the link goes back to them (no mail server here).
    const issued = await issuePasswordReset({ userId: f.users.therapistB.id });
    expect(issued).toMatchObject({ email: f.users.therapistB.email, delivered: 'log' });
    expect(linkToken(issued.link ?? '')).not.toBe('');
    expect(sendMail).toHaveBeenCalledTimes(1);
    expect(vi.mocked(sendMail).mock.calls[0]![0].to).toBe(f.users.therapistB.email);
  });
});

describe('changing a password', () => {
  test('needs the current password; bad input changes nothing and the wrong guess is audited', async () => {
    actAs(f, 'therapistA');
    const wrong = await refusal(() =>
      changePassword({ currentPassword: 'nope', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    );
    expect(wrong.fieldErrors).toEqual({ currentPassword: ['That is not your current password.'] });
    const same = await refusal(() =>
      changePassword({
        currentPassword: FIXTURE_PASSWORD,
        password: FIXTURE_PASSWORD,
        confirmPassword: FIXTURE_PASSWORD,
      }),
    );
    expect(same.fieldErrors?.password).toEqual(['Choose a new password, different from your current one.']);
    const email = f.users.therapistA.email;
    const asEmail = await refusal(() =>
      changePassword({ currentPassword: FIXTURE_PASSWORD, password: email, confirmPassword: email }),
    );
    expect(asEmail.fieldErrors?.password).toEqual(['Your password can’t be your email address.']);
    const mismatch = await refusal(() =>
      changePassword({
        currentPassword: FIXTURE_PASSWORD,
        password: NEW_PASSWORD,
        confirmPassword: `${NEW_PASSWORD}!`,
      }),
    );
    expect(mismatch.fieldErrors?.confirmPassword).toEqual(['The two passwords are not the same.']);
    const tooLong = await refusal(() =>
      changePassword({
        currentPassword: FIXTURE_PASSWORD,
        password: 'x'.repeat(201),
        confirmPassword: 'x'.repeat(201),
      }),
    );
    expect(tooLong.fieldErrors?.password).toEqual(['Your password must be 200 characters or fewer.']);

    expect(await verifyCredentials(email, FIXTURE_PASSWORD, new Date())).toMatchObject({
      ok: true,
      user: { sessionVersion: 1 },
    });
    const db = await getDb();
    const denied = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorUserId, f.users.therapistA.id),
          eq(auditEvents.action, 'password.change'),
          eq(auditEvents.outcome, 'denied'),
        ),
      );
    expect(denied.some((e) => e.details?.reason === 'wrong-current-password')).toBe(true);
  });

  test('a change ends every existing sign-in; a sign-in with the new password works', async () => {
    actAs(f, 'therapistA');
    const oldClaims = requestState.claims!;
    await changePassword({ currentPassword: FIXTURE_PASSWORD, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(await loadPrincipal(oldClaims, Date.now())).toBeNull();
    const signedIn = await verifyCredentials(f.users.therapistA.email, NEW_PASSWORD, new Date());
    expect(signedIn).toMatchObject({ ok: true, user: { sessionVersion: 2 } });
    expect(await loadPrincipal(claimsFor(f.users.therapistA, Date.now(), 2), Date.now())).toMatchObject({
      userId: f.users.therapistA.id,
    });
  });

  test('"sign out of all devices" ends every sign-in of the account only', async () => {
    actAs(f, 'clientA');
    const own = requestState.claims!;
    await signOutEverywhere();
    expect(await loadPrincipal(own, Date.now())).toBeNull();
    expect(await loadPrincipal(claimsFor(f.users.clientB), Date.now())).not.toBeNull();
  });
});

describe('deactivation', () => {
  test('ends the person’s sign-ins at once and cancels their reset links; reactivation lets them back', async () => {
    const link = await insertResetToken(f.users.therapistB);
    const open = claimsFor(f.users.therapistB);
    expect(await loadPrincipal(open, Date.now())).not.toBeNull();
    actAs(f, 'admin');
    await deactivateUser({ userId: f.users.therapistB.id });
    expect(await loadPrincipal(open, Date.now())).toBeNull();
    expect(await verifyCredentials(f.users.therapistB.email, FIXTURE_PASSWORD, new Date())).toEqual({
      ok: false,
      reason: 'invalid',
    });
    actAsUser(null);
    expect((await inspectPasswordReset(link.token)).state).toBe('revoked');

    actAs(f, 'admin');
    expect((await refusal(() => deactivateUser({ userId: f.users.therapistB.id }))).message).toMatch(
      /already deactivated/,
    );
    await reactivateUser({ userId: f.users.therapistB.id });
    expect(await verifyCredentials(f.users.therapistB.email, FIXTURE_PASSWORD, new Date())).toMatchObject({ ok: true });
    // The old sign-in stays ended: the session version moved on.
    expect(await loadPrincipal(open, Date.now())).toBeNull();
  });

  test('an admin cannot deactivate themselves, nor someone of another organisation', async () => {
    actAs(f, 'admin');
    expect((await refusal(() => deactivateUser({ userId: f.users.admin.id }))).message).toMatch(/your own account/);
    expect((await refusal(() => deactivateUser({ userId: f.users.otherOrgTherapist.id }))).code).toBe('not-found');
    expect((await refusal(() => deactivateUser({ userId: 'not-a-uuid' }))).fieldErrors?.userId).toEqual([
      'That person does not exist.',
    ]);
    expect(await loadPrincipal(claimsFor(f.users.admin), Date.now())).not.toBeNull();
  });
});
