import { and, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, signInLimits, users } from '@/db/schema';
import * as password from '@/lib/auth/password';
import { ABSOLUTE_LIFETIME_MS, IDLE_LIMIT_MS, IDLE_TIMEOUT_MS } from '@/lib/auth/session-timing';
import { ACCOUNT_FREE_ATTEMPTS } from '@/lib/auth/attempt-limits';
import { signOutThisDevice } from '@/lib/data/account';
import { verifyCredentials } from '@/lib/data/authentication';
import { listCaseload } from '@/lib/data/caseload';
import { loadPrincipal } from '@/lib/data/internal/principals';
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

describe('sign-in', () => {
  beforeEach(async () => {
    const db = await getDb();
    await db.update(users).set({ deactivatedAt: null }).where(eq(users.id, fixture.users.therapistA.id));
    await db.delete(signInLimits);
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
    expect(await verifyCredentials(fixture.users.therapistA.email, FIXTURE_PASSWORD, new Date())).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  test(`after ${ACCOUNT_FREE_ATTEMPTS} failures even the right password is refused at once, the same answer for any email`, async () => {
    const db = await getDb();
    const signInAudit = async () => {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.actorUserId, fixture.users.therapistA.id), eq(auditEvents.action, 'auth.sign-in')));
      return {
        refused: rows.filter((e) => e.details?.reason === 'too-many-attempts').length,
        wrong: rows.filter((e) => e.details?.reason === 'wrong-password').length,
      };
    };
    const before = await signInAudit();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-11-28T10:00:00Z'));
      for (const email of [fixture.users.therapistA.email, 'nobody@nowhere.example']) {
        for (let attempt = 1; attempt <= ACCOUNT_FREE_ATTEMPTS; attempt++) {
          expect(await verifyCredentials(email, `wrong-${attempt}`, new Date())).toEqual({
            ok: false,
            reason: 'invalid',
          });
        }
        vi.mocked(password.verifyPassword).mockClear();
        expect(await verifyCredentials(email, FIXTURE_PASSWORD, new Date())).toEqual({
          ok: false,
          reason: 'too-many-attempts',
        });
        expect(vi.mocked(password.verifyPassword)).not.toHaveBeenCalled();
      }
      // Audited for the real account only (an unknown email has no organisation to audit in).
      expect(await signInAudit()).toEqual({ refused: before.refused + 1, wrong: before.wrong + ACCOUNT_FREE_ATTEMPTS });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('an existing sign-in', () => {
  const t0 = Date.parse('2026-11-28T09:00:00Z');

  test('is honoured while active', async () => {
    expect(await loadPrincipal(claimsFor(fixture.users.therapistB, t0), t0 + 60_000)).toMatchObject({
      userId: fixture.users.therapistB.id,
    });
  });

  test('ends after 15 minutes idle (at most a minute late: the cookie is re-issued once a minute)', async () => {
    const claims = claimsFor(fixture.users.therapistB, t0);
    expect(await loadPrincipal(claims, t0 + IDLE_TIMEOUT_MS - 1)).not.toBeNull();
    expect(await loadPrincipal(claims, t0 + IDLE_LIMIT_MS)).toBeNull();
    expect(IDLE_LIMIT_MS - IDLE_TIMEOUT_MS).toBeLessThanOrEqual(60_000);
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

  test('signing out ends this sign-in on the server, is audited, and leaves the other devices signed in', async () => {
    const thisDevice = claimsFor(fixture.users.supervisorOfA);
    const otherDevice = claimsFor(fixture.users.supervisorOfA);
    requestState.claims = thisDevice;
    await expect(listCaseload()).resolves.toBeDefined();
    await signOutThisDevice();
    // The same cookie, replayed: refused by the session check on every kind of request.
    expect(await loadPrincipal(thisDevice, Date.now())).toBeNull();
    expect(isAppError(await listCaseload().catch((error: unknown) => error), 'unauthenticated')).toBe(true);
    expect(await loadPrincipal(otherDevice, Date.now())).toMatchObject({ userId: fixture.users.supervisorOfA.id });
    const db = await getDb();
    const signOuts = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, fixture.users.supervisorOfA.id), eq(auditEvents.action, 'auth.sign-out')));
    expect(signOuts.map((e) => e.outcome)).toEqual(['allowed']);
  });

  test('is refused when its role or organisation no longer match the account', async () => {
    const claims = claimsFor(fixture.users.therapistA);
    expect(await loadPrincipal({ ...claims, role: 'admin' }, Date.now())).toBeNull();
    expect(await loadPrincipal({ ...claims, organizationId: fixture.orgB }, Date.now())).toBeNull();
  });
});
