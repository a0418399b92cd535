import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import * as password from '@/lib/auth/password';
import { ABSOLUTE_LIFETIME_MS, IDLE_TIMEOUT_MS } from '@/lib/auth/session-timing';
import { LOCKOUT_MS, MAX_FAILED_SIGN_INS, verifyCredentials } from '@/lib/data/authentication';
import { listCaseload } from '@/lib/data/caseload';
import { loadPrincipal } from '@/lib/data/principals';
import { isAppError } from '@/lib/errors';
import { claimsFor, createFixture, FIXTURE_PASSWORD, type Fixture } from './fixtures';
import { requestState } from './request-context.mock';

vi.mock('@/lib/auth/password', async (importOriginal) => {
  const real = await importOriginal<typeof password>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

let fixture: Fixture;
beforeAll(async () => {
  fixture = await createFixture('auth');
});

async function userRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

describe('sign-in', () => {
  beforeEach(async () => {
    const db = await getDb();
    await db.update(users).set({ failedLoginCount: 0, lockedUntil: null, deactivatedAt: null }).where(eq(users.id, fixture.users.therapistA.id));
    vi.mocked(password.verifyPassword).mockClear();
  });

  test('the right password signs in, whatever the case of the email', async () => {
    const result = await verifyCredentials(fixture.users.therapistA.email.toUpperCase(), FIXTURE_PASSWORD, new Date());
    expect(result).toMatchObject({ ok: true, user: { id: fixture.users.therapistA.id, role: 'therapist' } });
  });

  test('an unknown email and a wrong password get the same answer after the same work', async () => {
    const unknown = await verifyCredentials('nobody@nowhere.example', FIXTURE_PASSWORD, new Date());
    const unknownVerifies = vi.mocked(password.verifyPassword).mock.calls.length;
    vi.mocked(password.verifyPassword).mockClear();
    const wrong = await verifyCredentials(fixture.users.therapistA.email, 'not the password', new Date());
    const wrongVerifies = vi.mocked(password.verifyPassword).mock.calls.length;
    expect(unknown).toEqual({ ok: false, reason: 'invalid' });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    // One argon2 verification each: neither answer comes back measurably sooner.
    expect(unknownVerifies).toBe(1);
    expect(wrongVerifies).toBe(1);
  });

  test('a deactivated account cannot sign in and is told the same as a wrong password', async () => {
    const db = await getDb();
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, fixture.users.therapistA.id));
    expect(await verifyCredentials(fixture.users.therapistA.email, FIXTURE_PASSWORD, new Date())).toEqual({ ok: false, reason: 'invalid' });
  });

  test(`the ${MAX_FAILED_SIGN_INS}th failure in a row locks the account for 15 minutes, even against the right password`, async () => {
    const start = new Date('2026-11-28T10:00:00Z');
    for (let attempt = 1; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      expect(await verifyCredentials(fixture.users.therapistA.email, `wrong-${attempt}`, start)).toEqual({ ok: false, reason: 'invalid' });
    }
    const fifth = await verifyCredentials(fixture.users.therapistA.email, 'wrong-5', start);
    expect(fifth).toMatchObject({ ok: false, reason: 'locked' });
    expect((await userRow(fixture.users.therapistA.id)).lockedUntil?.getTime()).toBe(start.getTime() + LOCKOUT_MS);

    const during = new Date(start.getTime() + LOCKOUT_MS - 1000);
    expect(await verifyCredentials(fixture.users.therapistA.email, FIXTURE_PASSWORD, during)).toMatchObject({ ok: false, reason: 'locked' });

    const after = new Date(start.getTime() + LOCKOUT_MS + 1000);
    expect(await verifyCredentials(fixture.users.therapistA.email, FIXTURE_PASSWORD, after)).toMatchObject({ ok: true });
  });

  test('a success resets the failure count', async () => {
    const now = new Date();
    for (let attempt = 1; attempt < MAX_FAILED_SIGN_INS; attempt++) await verifyCredentials(fixture.users.therapistA.email, 'wrong', now);
    expect((await userRow(fixture.users.therapistA.id)).failedLoginCount).toBe(MAX_FAILED_SIGN_INS - 1);
    await verifyCredentials(fixture.users.therapistA.email, FIXTURE_PASSWORD, now);
    expect((await userRow(fixture.users.therapistA.id)).failedLoginCount).toBe(0);
    expect(await verifyCredentials(fixture.users.therapistA.email, 'wrong', now)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('an existing sign-in', () => {
  const t0 = Date.parse('2026-11-28T09:00:00Z');

  test('is honoured while active', async () => {
    expect(await loadPrincipal(claimsFor(fixture.users.therapistB, t0), t0 + 60_000)).toMatchObject({ userId: fixture.users.therapistB.id });
  });

  test('ends after 15 minutes idle', async () => {
    const claims = claimsFor(fixture.users.therapistB, t0);
    expect(await loadPrincipal(claims, t0 + IDLE_TIMEOUT_MS - 1)).not.toBeNull();
    expect(await loadPrincipal(claims, t0 + IDLE_TIMEOUT_MS)).toBeNull();
  });

  test('ends 12 hours after sign-in however active', async () => {
    const claims = { ...claimsFor(fixture.users.therapistB, t0), lastActivity: t0 + ABSOLUTE_LIFETIME_MS - 60_000 };
    expect(await loadPrincipal(claims, t0 + ABSOLUTE_LIFETIME_MS - 1)).not.toBeNull();
    expect(await loadPrincipal(claims, t0 + ABSOLUTE_LIFETIME_MS)).toBeNull();
  });

  test('is refused on the next request once the account is deactivated', async () => {
    requestState.claims = claimsFor(fixture.users.supervisorOfNobody);
    await expect(listCaseload()).resolves.toBeDefined();
    const db = await getDb();
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, fixture.users.supervisorOfNobody.id));
    const refused = await listCaseload().catch((error: unknown) => error);
    expect(isAppError(refused, 'unauthenticated')).toBe(true);
    await db.update(users).set({ deactivatedAt: null }).where(eq(users.id, fixture.users.supervisorOfNobody.id));
  });

  test('is refused once the session version changes (sign out everywhere, password change)', async () => {
    const claims = claimsFor(fixture.users.therapistB);
    expect(await loadPrincipal(claims, Date.now())).not.toBeNull();
    const db = await getDb();
    await db.update(users).set({ sessionVersion: 2 }).where(eq(users.id, fixture.users.therapistB.id));
    expect(await loadPrincipal(claims, Date.now())).toBeNull();
    expect(await loadPrincipal({ ...claims, sessionVersion: 2 }, Date.now())).not.toBeNull();
  });

  test('is refused when its role or organisation no longer match the account', async () => {
    const claims = claimsFor(fixture.users.therapistA);
    expect(await loadPrincipal({ ...claims, role: 'admin' }, Date.now())).toBeNull();
    expect(await loadPrincipal({ ...claims, organizationId: fixture.orgB }, Date.now())).toBeNull();
  });
});
