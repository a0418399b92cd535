import { encode } from 'next-auth/jwt';
import { NextRequest, type NextFetchEvent } from 'next/server';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { ABSOLUTE_LIFETIME_MS, COOKIE_REISSUE_INTERVAL_MS, IDLE_LIMIT_MS, IDLE_TIMEOUT_MS } from './session-timing';

/*
 * The proxy re-issues the session cookie at most once a minute (ADR 0016), and still refuses a
 * cookie past the idle limit (15 minutes, at most a minute late) and past the absolute limit
 * (12 hours). Real encrypted cookies through the real proxy, with a controlled clock.
 */

const SECRET = 'proxy-cookie-test-secret-0123456789abcdefghijkl';
const COOKIE = 'authjs.session-token';
const t0 = Date.parse('2026-12-07T09:00:00Z');
let proxy: (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

beforeAll(async () => {
  vi.stubEnv('AUTH_SECRET', SECRET);
  ({ proxy } = await import('@/proxy'));
});

afterEach(() => {
  vi.useRealTimers();
});

const claims = (authTime: number, lastActivity: number) => ({
  sub: '11111111-1111-4111-8111-111111111111',
  userId: '11111111-1111-4111-8111-111111111111',
  organizationId: '22222222-2222-4222-8222-222222222222',
  role: 'therapist',
  sessionVersion: 1,
  sessionId: '33333333-3333-4333-8333-333333333333',
  authTime,
  lastActivity,
});

/** A cookie as Auth.js would have issued it at `lastActivity`; `maxAge` long for a cookie replayed by hand past its expiry. */
async function cookieAt(authTime: number, lastActivity: number, maxAgeSeconds = IDLE_LIMIT_MS / 1000): Promise<string> {
  vi.useFakeTimers({ now: lastActivity, toFake: ['Date'] });
  const token = await encode({
    token: claims(authTime, lastActivity),
    secret: SECRET,
    salt: COOKIE,
    maxAge: maxAgeSeconds,
  });
  vi.useRealTimers();
  return token;
}

async function requestAt(now: number, cookie: string): Promise<Response> {
  vi.useFakeTimers({ now, toFake: ['Date'] });
  const request = new NextRequest('http://localhost:3000/caseload', {
    headers: { cookie: `${COOKIE}=${cookie}`, 'x-forwarded-proto': 'http' },
  });
  return proxy(request, {} as NextFetchEvent);
}

const refused = (response: Response) =>
  response.status === 307 && new URL(response.headers.get('location')!).pathname === '/sign-in';
const reissued = (response: Response) =>
  (response.headers.get('set-cookie') ?? '').includes(`${COOKIE}=`) &&
  !(response.headers.get('set-cookie') ?? '').includes(`${COOKIE}=;`);

describe('the session cookie in the proxy', () => {
  test('a cookie re-issued less than a minute ago is let through as it is', async () => {
    const cookie = await cookieAt(t0, t0);
    const response = await requestAt(t0 + COOKIE_REISSUE_INTERVAL_MS - 1000, cookie);
    expect(refused(response)).toBe(false);
    expect(reissued(response)).toBe(false);
  });

  test('a cookie a minute old or more is re-issued', async () => {
    const cookie = await cookieAt(t0, t0);
    const response = await requestAt(t0 + COOKIE_REISSUE_INTERVAL_MS, cookie);
    expect(refused(response)).toBe(false);
    expect(reissued(response)).toBe(true);
  });

  test('is refused once idle past the limit (15 minutes, at most a minute late), however long the cookie claims to live', async () => {
    for (const maxAge of [IDLE_LIMIT_MS / 1000, 24 * 3600]) {
      const cookie = await cookieAt(t0, t0, maxAge);
      expect(refused(await requestAt(t0 + IDLE_TIMEOUT_MS - 1000, cookie))).toBe(false);
      expect(refused(await requestAt(t0 + IDLE_TIMEOUT_MS + 60_000, cookie))).toBe(true);
      expect(refused(await requestAt(t0 + IDLE_TIMEOUT_MS + 10 * 60_000, cookie))).toBe(true);
    }
  });

  test('is refused after the absolute limit even when re-issued seconds ago', async () => {
    const cookie = await cookieAt(t0, t0 + ABSOLUTE_LIFETIME_MS - 5000);
    expect(refused(await requestAt(t0 + ABSOLUTE_LIFETIME_MS - 1000, cookie))).toBe(false);
    expect(refused(await requestAt(t0 + ABSOLUTE_LIFETIME_MS, cookie))).toBe(true);
  });

  test('a cookie that does not decrypt is refused', async () => {
    expect(refused(await requestAt(t0, 'not-a-token'))).toBe(true);
  });
});
