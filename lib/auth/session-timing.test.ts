import { describe, expect, test } from 'vitest';
import { ABSOLUTE_LIFETIME_MS, IDLE_TIMEOUT_MS, sessionTimingVerdict } from './session-timing';

const t0 = Date.parse('2026-11-28T08:00:00Z');

describe('sessionTimingVerdict', () => {
  test.each([
    ['just signed in', { authTime: t0, lastActivity: t0 }, t0, 'ok'],
    ['14:59 idle', { authTime: t0, lastActivity: t0 }, t0 + IDLE_TIMEOUT_MS - 1000, 'ok'],
    ['15:00 idle', { authTime: t0, lastActivity: t0 }, t0 + IDLE_TIMEOUT_MS, 'idle'],
    ['active at 11:59', { authTime: t0, lastActivity: t0 + ABSOLUTE_LIFETIME_MS - 120_000 }, t0 + ABSOLUTE_LIFETIME_MS - 60_000, 'ok'],
    ['active but 12 h old', { authTime: t0, lastActivity: t0 + ABSOLUTE_LIFETIME_MS - 1 }, t0 + ABSOLUTE_LIFETIME_MS, 'expired'],
    ['idle and 12 h old: expiry wins', { authTime: t0, lastActivity: t0 }, t0 + ABSOLUTE_LIFETIME_MS, 'expired'],
    ['issued in the future', { authTime: t0 + 3_600_000, lastActivity: t0 + 3_600_000 }, t0, 'expired'],
  ] as const)('%s → %s', (_label, times, now, verdict) => {
    expect(sessionTimingVerdict(times, now)).toBe(verdict);
  });
});
