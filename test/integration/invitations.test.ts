import fs from 'node:fs';
import path from 'node:path';
import { and, count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { getDb } from '@/db/client';
import { accessTokens, clientConsents, clients, users } from '@/db/schema';
import { hashToken } from '@/lib/auth/tokens';
import { CONSENT_TEXT_VERSION } from '@/lib/consent-text';
import { verifyCredentials } from '@/lib/data/authentication';
import { acceptConsent, getPortalConsent } from '@/lib/data/consent';
import {
  acceptInvitation,
  getClientPortalAccess,
  inspectInvitation,
  inviteClient,
  inviteStaff,
  resendInvitation,
  revokeInvitation,
} from '@/lib/data/invitations';
import { getPortalHome } from '@/lib/data/portal';
import { ConsentRequired } from '@/lib/data/internal/portal-access';
import { AppError } from '@/lib/errors';
import { actAs, actAsUser, createFixture, type Fixture } from './fixtures';
import { addPeopleFixture, insertInvitation, uniqueEmail, type PeopleFixture } from './people-fixtures';

// Mail goes to a private folder's mail.log, read back here like the demo's "sent" email.
const mailDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/accord-mail-${process.pid}-${Math.random().toString(36).slice(2)}`;
  process.env.ACCORD_DATA_DIR = dir;
  return dir;
});

let f: Fixture;
let people: PeopleFixture;
beforeAll(async () => {
  f = await createFixture('invite');
  people = await addPeopleFixture(f);
  return () => fs.rmSync(mailDir, { recursive: true, force: true });
});

const PASSWORD = 'copper meadow lantern';

function mails(): { to: string; subject: string; text: string }[] {
  const file = path.join(mailDir, 'mail.log');
  return fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { to: string; subject: string; text: string })
    : [];
}

const tokenOf = (link: string | null) => new URL(link!).pathname.split('/').pop()!;

async function tokenCount(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(accessTokens);
  return row!.n;
}

async function refusal(call: () => Promise<unknown>): Promise<AppError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('a therapist invites their client to the portal', () => {
  test('only a hash is stored, the email carries the link, the link works once, and consent comes before the portal', async () => {
    actAs(f, 'therapistA');
    const sent = await inviteClient({ clientId: people.clientNoPortal, email: '  Nova.Noportal@Example.ORG ' });
    expect(sent).toMatchObject({ email: 'nova.noportal@example.org', delivered: 'log' });
    const token = tokenOf(sent.link);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const db = await getDb();
    const [row] = await db.select().from(accessTokens).where(eq(accessTokens.id, sent.invitationId));
    expect(row!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(7 * 24 * 3600 * 1000);
    const mail = mails()
      .filter((m) => m.to === 'nova.noportal@example.org')
      .at(-1);
    expect(mail?.text).toContain(sent.link);
    expect(mail?.subject).toContain('invited you to Accord');

    // The record shows the waiting invitation to the treating clinician and the supervisor, with who may act on it.
    expect((await getClientPortalAccess(people.clientNoPortal)).invitation).toMatchObject({
      email: 'nova.noportal@example.org',
      expired: false,
    });
    actAs(f, 'supervisorOfA');
    expect(await getClientPortalAccess(people.clientNoPortal)).toMatchObject({
      canInvite: false,
      invitation: { email: 'nova.noportal@example.org' },
    });

    actAs(f, 'anonymous');
    expect(await inspectInvitation(token)).toEqual({
      state: 'valid',
      invitation: {
        name: 'Nova Noportal',
        email: 'nova.noportal@example.org',
        role: 'client',
        organizationName: expect.stringContaining('Org A') as string,
      },
    });
    expect(await acceptInvitation({ token, password: PASSWORD, confirmPassword: PASSWORD })).toEqual({
      email: 'nova.noportal@example.org',
      role: 'client',
    });

    const [account] = await db
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, 'nova.noportal@example.org'));
    expect(account).toMatchObject({ role: 'client', name: 'Nova Noportal', organizationId: f.orgA });
    expect(account!.passwordHash).toMatch(/^\$argon2id\$/);
    const [client] = await db.select().from(clients).where(eq(clients.id, people.clientNoPortal));
    expect(client!.portalUserId).toBe(account!.id);
    const [used] = await db.select().from(accessTokens).where(eq(accessTokens.id, sent.invitationId));
    expect(used!.consumedAt).not.toBeNull();
    expect(used!.userId).toBe(account!.id);
    expect(await verifyCredentials('nova.noportal@example.org', PASSWORD, new Date())).toMatchObject({ ok: true });

    // A second use of the same link is refused and changes nothing.
    const again = await refusal(() =>
      acceptInvitation({ token, password: 'another passphrase here', confirmPassword: 'another passphrase here' }),
    );
    expect(again.code).toBe('invalid');
    expect(again.fieldErrors?.token?.[0]).toMatch(/no longer valid/);
    expect((await inspectInvitation(token)).state).toBe('used');
    expect(await verifyCredentials('nova.noportal@example.org', PASSWORD, new Date())).toMatchObject({ ok: true });

    // Signed in, the portal stays shut until the consent is accepted.
    const portalUser = { id: account!.id, organizationId: f.orgA, role: 'client' as const, email: account!.email };
    actAsUser(portalUser);
    await expect(getPortalHome()).rejects.toBeInstanceOf(ConsentRequired);
    expect(await getPortalConsent()).toMatchObject({ accepted: false, textVersion: CONSENT_TEXT_VERSION });
    expect((await refusal(() => acceptConsent({ textVersion: CONSENT_TEXT_VERSION }))).fieldErrors?.agree).toEqual([
      'Tick the box to say you have read this and agree.',
    ]);
    expect((await refusal(() => acceptConsent({ textVersion: 'an-older-text', agree: 'yes' }))).message).toMatch(
      /read it again/,
    );
    expect(
      await db.select().from(clientConsents).where(eq(clientConsents.clientId, people.clientNoPortal)),
    ).toHaveLength(0);

    const before = Date.now();
    await acceptConsent({ textVersion: CONSENT_TEXT_VERSION, agree: 'yes' });
    const [consent] = await db.select().from(clientConsents).where(eq(clientConsents.clientId, people.clientNoPortal));
    expect(consent).toMatchObject({ textVersion: CONSENT_TEXT_VERSION, userId: account!.id });
    expect(consent!.acceptedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await getPortalHome()).toMatchObject({ displayName: 'Nova Noportal' });
    expect((await getPortalConsent()).accepted).toBe(true);
  });

  test('a therapist cannot invite a client outside their caseload, nor can the supervisor or an admin', async () => {
    const before = await tokenCount();
    for (const actor of ['therapistB', 'supervisorOfA', 'admin', 'otherOrgUser', 'clientA'] as const) {
      actAs(f, actor);
      const error = await refusal(() => inviteClient({ clientId: f.clients.a, email: uniqueEmail('x') }));
      expect(error.code, actor).toBe('not-found');
    }
    actAs(f, 'therapistA');
    expect((await refusal(() => inviteClient({ clientId: f.clients.other, email: uniqueEmail('x') }))).code).toBe(
      'not-found',
    );
    expect(await tokenCount()).toBe(before);
  });

  test('bad input gets a message next to the field and stores nothing', async () => {
    actAs(f, 'therapistA');
    const before = await tokenCount();
    const cases: [unknown, string, string][] = [
      [{ clientId: f.clients.a, email: '' }, 'email', 'Enter their email address.'],
      [{ clientId: f.clients.a, email: `${'x'.repeat(250)}@example.org` }, 'email', 'That email address is too long.'],
      [
        { clientId: f.clients.a, email: '<script>alert(1)</script>' },
        'email',
        'Enter an email address like name@example.com.',
      ],
      [{ clientId: f.clients.a, email: 42 }, 'email', 'Enter their email address.'],
      [{ clientId: 'not-a-uuid', email: 'a@example.org' }, 'clientId', 'That client does not exist.'],
    ];
    for (const [input, field, message] of cases) {
      const error = await refusal(() => inviteClient(input));
      expect(error.code).toBe('invalid');
      expect(error.fieldErrors?.[field]?.[0], JSON.stringify(input)).toBe(message);
    }
    // A client who already has a portal account cannot be invited again.
    expect(
      (await refusal(() => inviteClient({ clientId: f.clients.a, email: uniqueEmail('again') }))).fieldErrors?.email,
    ).toEqual(['This client already has a portal account.']);
    expect(await tokenCount()).toBe(before);
  });
});

describe('staff invitations', () => {
  test('an email that already has an account, in any case or organisation, or a waiting invitation is refused at invite time', async () => {
    actAs(f, 'admin');
    const taken = await refusal(() =>
      inviteStaff({ name: 'Dup', email: f.users.otherOrgTherapist.email.toUpperCase(), role: 'therapist' }),
    );
    expect(taken.fieldErrors?.email?.[0]).toMatch(/already belongs to an account/);
    const email = uniqueEmail('once');
    await inviteStaff({ name: 'Once Only', email, role: 'supervisor' });
    const waiting = await refusal(() =>
      inviteStaff({ name: 'Once Again', email: email.toUpperCase(), role: 'therapist' }),
    );
    expect(waiting.fieldErrors?.email?.[0]).toMatch(/already has an invitation waiting/);
  });

  test('bad input: name with markup, unknown role, missing email', async () => {
    actAs(f, 'admin');
    const before = await tokenCount();
    const error = await refusal(() => inviteStaff({ name: '<img src=x>', email: '', role: 'owner' }));
    expect(error.fieldErrors).toEqual({
      name: ["Name can't contain < or >."],
      email: ['Enter their email address.'],
      role: ['Choose a role.'],
    });
    expect(await tokenCount()).toBe(before);
  });

  test('the invitee gets the invited role; resending replaces the link and revoking withdraws it', async () => {
    actAs(f, 'admin');
    const email = uniqueEmail('colleague');
    const first = await inviteStaff({ name: 'Cora Colleague', email, role: 'supervisor' });
    const resent = await resendInvitation({ invitationId: first.invitationId });
    expect(resent.invitationId).toBe(first.invitationId);
    actAs(f, 'anonymous');
    expect((await inspectInvitation(tokenOf(first.link))).state).toBe('invalid');
    expect((await inspectInvitation(tokenOf(resent.link))).state).toBe('valid');

    actAs(f, 'admin');
    await revokeInvitation({ invitationId: first.invitationId });
    expect((await refusal(() => resendInvitation({ invitationId: first.invitationId }))).message).toMatch(/revoked/);
    actAs(f, 'anonymous');
    expect((await inspectInvitation(tokenOf(resent.link))).state).toBe('revoked');
    expect(
      (
        await refusal(() =>
          acceptInvitation({ token: tokenOf(resent.link), password: PASSWORD, confirmPassword: PASSWORD }),
        )
      ).code,
    ).toBe('invalid');

    actAs(f, 'admin');
    const second = await inviteStaff({ name: 'Cora Colleague', email, role: 'supervisor' });
    actAs(f, 'anonymous');
    await acceptInvitation({ token: tokenOf(second.link), password: PASSWORD, confirmPassword: PASSWORD });
    expect(await verifyCredentials(email, PASSWORD, new Date())).toMatchObject({
      ok: true,
      user: { role: 'supervisor', organizationId: f.orgA, name: 'Cora Colleague' },
    });
  });
});

describe('links that cannot be used', () => {
  test('expired, revoked, tampered and malformed links are refused and say which, creating nothing', async () => {
    actAs(f, 'anonymous');
    const expired = await insertInvitation(f.orgA, { expiresAt: new Date(Date.now() - 1000) });
    const revoked = await insertInvitation(f.orgA, { revokedAt: new Date() });
    const valid = await insertInvitation(f.orgA);
    const tampered = `${valid.token.slice(0, -1)}${valid.token.endsWith('A') ? 'B' : 'A'}`;
    expect((await inspectInvitation(expired.token)).state).toBe('expired');
    expect((await inspectInvitation(revoked.token)).state).toBe('revoked');
    expect((await inspectInvitation(tampered)).state).toBe('invalid');
    expect((await inspectInvitation('abc')).state).toBe('invalid');
    expect((await inspectInvitation(`${valid.token}extra`)).state).toBe('invalid');
    expect(await inspectInvitation(expired.token)).toEqual({ state: 'expired', invitation: null });

    for (const token of [expired.token, revoked.token, tampered]) {
      const error = await refusal(() => acceptInvitation({ token, password: PASSWORD, confirmPassword: PASSWORD }));
      expect(error.code).toBe('invalid');
    }
    const db = await getDb();
    const [created] = await db.select({ n: count() }).from(users).where(eq(users.email, expired.email));
    expect(created!.n).toBe(0);
    expect((await inspectInvitation(valid.token)).state).toBe('valid');
  });

  test('a weak password or one equal to the email is refused and the link stays usable', async () => {
    actAs(f, 'anonymous');
    const invitation = await insertInvitation(f.orgA);
    const weak = await refusal(() =>
      acceptInvitation({ token: invitation.token, password: 'password1234', confirmPassword: 'password1234' }),
    );
    expect(weak.fieldErrors?.password?.[0]).toMatch(/commonly used/);
    const asEmail = await refusal(() =>
      acceptInvitation({ token: invitation.token, password: invitation.email, confirmPassword: invitation.email }),
    );
    expect(asEmail.fieldErrors?.password).toEqual(['Your password can’t be your email address.']);
    expect((await inspectInvitation(invitation.token)).state).toBe('valid');
  });

  test('if the email got an account in the meantime, acceptance is refused clearly', async () => {
    actAs(f, 'anonymous');
    const invitation = await insertInvitation(f.orgA, { email: f.users.therapistB.email.toUpperCase() });
    const error = await refusal(() =>
      acceptInvitation({ token: invitation.token, password: PASSWORD, confirmPassword: PASSWORD }),
    );
    expect(error.message).toMatch(/already belongs to an account/);
    const db = await getDb();
    const [row] = await db.select().from(accessTokens).where(eq(accessTokens.id, invitation.id));
    expect(row!.consumedAt).toBeNull();
  });

  test('someone signed in cannot open or accept an invitation, and the attempt is audited', async () => {
    const invitation = await insertInvitation(f.orgA, { role: 'client', clientId: f.clients.supervisorOwn });
    actAs(f, 'clientB');
    expect((await refusal(() => inspectInvitation(invitation.token))).code).toBe('not-found');
    expect(
      (
        await refusal(() =>
          acceptInvitation({ token: invitation.token, password: PASSWORD, confirmPassword: PASSWORD }),
        )
      ).code,
    ).toBe('not-found');
    const db = await getDb();
    const [row] = await db
      .select()
      .from(accessTokens)
      .where(and(eq(accessTokens.id, invitation.id)));
    expect(row!.consumedAt).toBeNull();
  });
});
