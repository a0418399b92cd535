import { and, eq } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, signInLimits } from '@/db/schema';
import { TOO_MANY_ATTEMPTS } from '@/lib/auth/attempt-limits';
import { issueDeviceToken } from '@/lib/auth/device-cookie';
import * as password from '@/lib/auth/password';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { verifyCredentials, type SignInOrigin } from '@/lib/data/authentication';
import { changePassword } from '@/lib/data/passwords';
import { actAs, createFixture, FIXTURE_PASSWORD, type Fixture } from './fixtures';
import { rejection } from './rejection';
import { requestState } from './request-context.mock';

// Count every argon2 verification while still doing it for real.
vi.mock('@/lib/auth/password', async (importOriginal) => {
  const real = await importOriginal<typeof password>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const verifications = () => vi.mocked(password.verifyPassword).mock.calls.length;

let f: Fixture;
beforeAll(async () => {
  f = await createFixture('limits');
});

// The limiter reads the wall clock (Date.now), so the clock is stopped: no delay lapses while a
// burst runs, however slow the machine, and lapses exactly when a test moves the clock.
const T0 = new Date('2026-12-01T09:00:00Z');
let origins = 0;
/** A different client IP each call: a botnet spread over many addresses, which only the per-account limit can stop. */
const anyIp = (): SignInOrigin => ({ ip: `198.51.100.${(origins++ % 250) + 1}`, deviceToken: null });
const later = (ms: number) => vi.setSystemTime(new Date(T0.getTime() + ms));

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  await (await getDb()).delete(signInLimits);
  vi.mocked(password.verifyPassword).mockClear();
});
afterEach(() => {
  vi.useRealTimers();
});

const attempt = (email: string, pass: string, origin: SignInOrigin = anyIp()) =>
  verifyCredentials(email, pass, new Date(), origin);
const reasons = (results: Awaited<ReturnType<typeof attempt>>[]) => results.map((r) => (r.ok ? 'ok' : r.reason));
const tally = (list: string[]) =>
  list.reduce<Record<string, number>>((acc, item) => ({ ...acc, [item]: (acc[item] ?? 0) + 1 }), {});

describe('per account', () => {
  test('100 parallel wrong sign-ins reach the password check at most 5 times; all others are told to try later', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => attempt(f.users.therapistA.email, `wrong-${i}`)),
    );
    // Five when the counts arrive in order; fewer if the fifth shuts the gate before one of the first four looks at it.
    const checked = verifications();
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(5);
    expect(tally(reasons(results))).toEqual({ invalid: checked, 'too-many-attempts': 100 - checked });
  });

  test('once the limit is reached, a burst containing the right password yields no session until the delay has passed', async () => {
    for (let i = 0; i < 5; i++) await attempt(f.users.therapistA.email, `wrong-${i}`);
    vi.mocked(password.verifyPassword).mockClear();
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        attempt(f.users.therapistA.email, i % 4 === 0 ? FIXTURE_PASSWORD : `guess-${i}`),
      ),
    );
    expect(tally(reasons(burst))).toEqual({ 'too-many-attempts': 40 });
    expect(verifications()).toBe(0);

    // The fifth failure shut the gate for 1 s: refused attempts do not shorten or extend that
    // wait, but each one doubles the next (45 attempts so far: 15 minutes, the cap).
    later(999);
    expect(reasons([await attempt(f.users.therapistA.email, FIXTURE_PASSWORD)])).toEqual(['too-many-attempts']);
    later(1000);
    expect(reasons([await attempt(f.users.therapistA.email, 'one more guess')])).toEqual(['invalid']);
    later(1000 + 15 * 60 * 1000 - 1);
    expect(reasons([await attempt(f.users.therapistA.email, FIXTURE_PASSWORD)])).toEqual(['too-many-attempts']);
    later(1000 + 15 * 60 * 1000);
    expect(await attempt(f.users.therapistA.email, FIXTURE_PASSWORD)).toMatchObject({ ok: true });
    expect(verifications()).toBe(2);
  });

  test('the wait is 1 s after the fifth failure, and every attempt doubles the next one: one attempt gets through per wait', async () => {
    for (let i = 0; i < 5; i++)
      expect(reasons([await attempt(f.users.therapistA.email, `wrong-${i}`)])).toEqual(['invalid']);
    const at = async (ms: number) => {
      later(ms);
      return reasons([await attempt(f.users.therapistA.email, `wrong-at-${ms}`)])[0];
    };
    expect(await at(999)).toBe('too-many-attempts'); // attempt 6 (earns 2 s… but the gate is still shut)
    expect(await at(1000)).toBe('invalid'); // attempt 7 opens the gate, shuts it for 4 s
    expect(await at(4999)).toBe('too-many-attempts');
    expect(await at(5000)).toBe('invalid');
    expect(verifications()).toBe(7);
  });

  test('a success forgets the failures for the attempts after it', async () => {
    for (let i = 0; i < 4; i++) await attempt(f.users.therapistA.email, `wrong-${i}`);
    expect(await attempt(f.users.therapistA.email, FIXTURE_PASSWORD)).toMatchObject({ ok: true });
    const after = [];
    for (let i = 0; i < 5; i++) after.push(await attempt(f.users.therapistA.email, `again-${i}`));
    expect(reasons(after)).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'invalid']);
    expect(reasons([await attempt(f.users.therapistA.email, FIXTURE_PASSWORD)])).toEqual(['too-many-attempts']);
  });

  test('an unknown email and a real account get the same answers after the same work', async () => {
    const run = async (email: string) => {
      vi.mocked(password.verifyPassword).mockClear();
      const answers = [];
      for (let i = 0; i < 7; i++) answers.push(...reasons([await attempt(email, `wrong-${i}`)]));
      return { answers, verifications: verifications() };
    };
    const known = await run(f.users.therapistB.email);
    const unknown = await run('nobody.at.all@nowhere.example');
    const expected = {
      answers: ['invalid', 'invalid', 'invalid', 'invalid', 'invalid', 'too-many-attempts', 'too-many-attempts'],
      verifications: 5,
    };
    expect(known).toEqual(expected);
    expect(unknown).toEqual(expected);
  });
});

describe('a trusted device', () => {
  const ownersDevice = () =>
    issueDeviceToken(f.users.supervisorOfA.id, T0.getTime() - 24 * 3600 * 1000, resolveAuthSecret());

  test('lets the owner in while a stranger’s guesses on the same account are being refused', async () => {
    const stranger = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt(f.users.supervisorOfA.email, `stranger-${i}`)),
    );
    // As in the burst above: five reach the password check when the counts arrive in order, fewer if
    // the fifth shuts the gate before one of the first four looks at it; never more.
    const checked = verifications();
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(5);
    expect(tally(reasons(stranger))).toEqual({ invalid: checked, 'too-many-attempts': 30 - checked });
    expect(
      await attempt(f.users.supervisorOfA.email, FIXTURE_PASSWORD, { ip: '203.0.113.50', deviceToken: ownersDevice() }),
    ).toMatchObject({ ok: true });
    // The stranger is still refused, and without the cookie so is the owner.
    expect(reasons([await attempt(f.users.supervisorOfA.email, FIXTURE_PASSWORD)])).toEqual(['too-many-attempts']);
  });

  test('has its own count under the same policy, and a device of another account counts for nothing', async () => {
    const device = { ip: '203.0.113.51', deviceToken: ownersDevice() };
    const own = [];
    for (let i = 0; i < 6; i++)
      own.push(...reasons([await attempt(f.users.supervisorOfA.email, `typo-${i}`, { ...device })]));
    expect(own).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'invalid', 'too-many-attempts']);

    for (let i = 0; i < 5; i++) await attempt(f.users.therapistB.email, `stranger-${i}`);
    expect(reasons([await attempt(f.users.therapistB.email, FIXTURE_PASSWORD, { ...device })])).toEqual([
      'too-many-attempts',
    ]);
  });

  test('is not exempt from the per-IP limit', async () => {
    const ip = '203.0.113.52';
    for (let i = 0; i < 20; i++) await attempt(`guess-${i}@nowhere.example`, 'wrong', { ip, deviceToken: null });
    expect(
      reasons([await attempt(f.users.supervisorOfA.email, FIXTURE_PASSWORD, { ip, deviceToken: ownersDevice() })]),
    ).toEqual(['too-many-attempts']);
  });
});

describe('per IP', () => {
  test('20 failed sign-ins in 10 minutes across accounts, then the same answer for every account', async () => {
    const ip = '203.0.113.60';
    const emails = [f.users.therapistA.email, f.users.therapistB.email, f.users.admin.email, 'nobody@nowhere.example'];
    const first = [];
    for (let i = 0; i < 20; i++)
      first.push(...reasons([await attempt(emails[i % 4]!, `wrong-${i}`, { ip, deviceToken: null })]));
    expect(tally(first)).toEqual({ invalid: 20 });
    expect(verifications()).toBe(20);

    expect(reasons([await attempt(f.users.clientA.email, FIXTURE_PASSWORD, { ip, deviceToken: null })])).toEqual([
      'too-many-attempts',
    ]);
    expect(verifications()).toBe(20);
    // Another address is unaffected, and the limit lapses after 10 minutes.
    expect(
      await attempt(f.users.clientA.email, FIXTURE_PASSWORD, { ip: '203.0.113.61', deviceToken: null }),
    ).toMatchObject({ ok: true });
    later(10 * 60 * 1000);
    expect(await attempt(f.users.clientB.email, FIXTURE_PASSWORD, { ip, deviceToken: null })).toMatchObject({
      ok: true,
    });
  });

  test('a successful sign-in does not count against its address', async () => {
    const ip = '203.0.113.62';
    const wrong = (i: number) => attempt(`nobody-${i}@nowhere.example`, 'wrong', { ip, deviceToken: null });
    for (let i = 0; i < 19; i++) await wrong(i);
    for (let i = 0; i < 3; i++)
      expect(await attempt(f.users.clientB.email, FIXTURE_PASSWORD, { ip, deviceToken: null })).toMatchObject({
        ok: true,
      });
    expect(reasons([await wrong(19)])).toEqual(['invalid']);
    expect(reasons([await wrong(20)])).toEqual(['too-many-attempts']);
  });
});

describe('changing a password', () => {
  const change = (currentPassword: string) =>
    changePassword({ currentPassword, password: 'quiet harbour morning', confirmPassword: 'quiet harbour morning' });

  test('the current-password check is under the same per-account limit as signing in', async () => {
    actAs(f, 'therapistB');
    requestState.deviceToken = null;
    for (let i = 0; i < 5; i++) {
      expect((await rejection(change(`not-it-${i}`))).fieldErrors).toEqual({
        currentPassword: ['That is not your current password.'],
      });
    }
    expect(verifications()).toBe(5);
    // Even the right password is refused now, without being checked.
    expect((await rejection(change(FIXTURE_PASSWORD))).fieldErrors).toEqual({ currentPassword: [TOO_MANY_ATTEMPTS] });
    expect(verifications()).toBe(5);
    // It is one budget: the sign-in page is closed to this account too.
    expect(reasons([await attempt(f.users.therapistB.email, FIXTURE_PASSWORD)])).toEqual(['too-many-attempts']);

    const db = await getDb();
    const denied = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, f.users.therapistB.id), eq(auditEvents.action, 'password.change')));
    expect(denied.filter((e) => e.details?.reason === 'too-many-attempts')).toHaveLength(1);
  });
});
