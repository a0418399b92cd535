import { describe, expect, test } from 'vitest';
import { DEVICE_TTL_MS, issueDeviceToken, readDeviceToken } from './device-cookie';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const USER = '6f1c2b9e-9d4a-4c55-8f0e-2a7b3c4d5e6f';
const t0 = Date.parse('2026-12-01T09:00:00Z');

describe('device cookie', () => {
  test('names the account it was issued for, for 30 days', () => {
    const token = issueDeviceToken(USER, t0, SECRET);
    expect(readDeviceToken(token, t0 + DEVICE_TTL_MS - 1, SECRET)).toMatchObject({ userId: USER });
    expect(readDeviceToken(token, t0 + DEVICE_TTL_MS, SECRET)).toBeNull();
  });

  test('a changed account, another secret or a truncated token is refused', () => {
    const token = issueDeviceToken(USER, t0, SECRET);
    const other = '00000000-0000-4000-8000-000000000000';
    expect(readDeviceToken(token.replace(USER, other), t0, SECRET)).toBeNull();
    expect(readDeviceToken(token, t0, `${SECRET}x`)).toBeNull();
    expect(readDeviceToken(token.slice(0, -2), t0, SECRET)).toBeNull();
    expect(readDeviceToken('', t0, SECRET)).toBeNull();
    expect(readDeviceToken(null, t0, SECRET)).toBeNull();
  });

  test('each sign-in gets its own device id', () => {
    const a = readDeviceToken(issueDeviceToken(USER, t0, SECRET), t0, SECRET);
    const b = readDeviceToken(issueDeviceToken(USER, t0, SECRET), t0, SECRET);
    expect(a!.deviceId).not.toBe(b!.deviceId);
  });
});
