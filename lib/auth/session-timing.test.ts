import { describe, expect, test } from 'vitest';
import {
  ABSOLUTE_LIFETIME_MS,
  COOKIE_REISSUE_INTERVAL_MS,
  cookieRenewal,
  IDLE_LIMIT_MS,
  IDLE_TIMEOUT_MS,
  sessionTimingVerdict,
} from './session-timing';

const t0 = Date.parse('2026-11-28T08:00:00Z');

describe('sessionTimingVerdict', () => {
  test.each([
    ['just signed in', { authTime: t0, lastActivity: t0 }, t0, 'ok'],
    ['14:59 idle', { authTime: t0, lastActivity: t0 }, t0 + IDLE_TIMEOUT_MS - 1000, 'ok'],
    // The token may be a minute behind the last request (the cookie is re-issued once a minute).
    [
      '15:59 since the token was issued',
      { authTime: t0, lastActivity: t0 },
      t0 + IDLE_TIMEOUT_MS + COOKIE_REISSUE_INTERVAL_MS - 1000,
      'ok',
    ],
    [
      '16:00 since the token was issued',
      { authTime: t0, lastActivity: t0 },
      t0 + IDLE_TIMEOUT_MS + COOKIE_REISSUE_INTERVAL_MS,
      'idle',
    ],
    [
      'active at 11:59',
      { authTime: t0, lastActivity: t0 + ABSOLUTE_LIFETIME_MS - 120_000 },
      t0 + ABSOLUTE_LIFETIME_MS - 60_000,
      'ok',
    ],
    [
      'active but 12 h old',
      { authTime: t0, lastActivity: t0 + ABSOLUTE_LIFETIME_MS - 1 },
      t0 + ABSOLUTE_LIFETIME_MS,
      'expired',
    ],
    ['idle and 12 h old: expiry wins', { authTime: t0, lastActivity: t0 }, t0 + ABSOLUTE_LIFETIME_MS, 'expired'],
    ['issued in the future', { authTime: t0 + 3_600_000, lastActivity: t0 + 3_600_000 }, t0, 'expired'],
  ] as const)('%s → %s', (_label, times, now, verdict) => {
    expect(sessionTimingVerdict(times, now)).toBe(verdict);
  });

  test('the idle limit is at most a minute late and never early', () => {
    expect(IDLE_LIMIT_MS - IDLE_TIMEOUT_MS).toBeGreaterThanOrEqual(COOKIE_REISSUE_INTERVAL_MS);
    expect(IDLE_LIMIT_MS - IDLE_TIMEOUT_MS).toBeLessThanOrEqual(60_000);
  });
});

describe('cookieRenewal', () => {
  test.each([
    ['re-issued just now', { authTime: t0, lastActivity: t0 }, t0 + 1000, 'keep'],
    ['re-issued 59 s ago', { authTime: t0, lastActivity: t0 }, t0 + COOKIE_REISSUE_INTERVAL_MS - 1, 'keep'],
    ['re-issued a minute ago', { authTime: t0, lastActivity: t0 }, t0 + COOKIE_REISSUE_INTERVAL_MS, 'reissue'],
    ['idle past the limit', { authTime: t0, lastActivity: t0 }, t0 + IDLE_LIMIT_MS, 'refuse'],
    [
      '12 h old, re-issued a second ago',
      { authTime: t0, lastActivity: t0 + ABSOLUTE_LIFETIME_MS - 1000 },
      t0 + ABSOLUTE_LIFETIME_MS,
      'refuse',
    ],
  ] as const)('%s → %s', (_label, times, now, decision) => {
    expect(cookieRenewal(times, now)).toBe(decision);
  });
});
