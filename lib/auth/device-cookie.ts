import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * "This browser signed in as this account recently": a signed cookie set on every successful
 * sign-in. It exempts the browser from the per-account attempt delay (a stranger guessing the
 * owner's password cannot keep the owner out), but not from the per-IP limit; attempts from the
 * device are counted on their own, under the same policy (ADR 0012). It grants no access by itself.
 */
export const DEVICE_COOKIE = 'accord-device';
export const DEVICE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export interface TrustedDevice {
  userId: string;
  deviceId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function mac(payload: string, secret: string): string {
  // A key of its own, derived from the auth secret, so this MAC can never stand in for a JWT's.
  const key = createHmac('sha256', secret).update('accord-device-cookie-v1').digest();
  return createHmac('sha256', key).update(payload).digest('base64url');
}

export function issueDeviceToken(userId: string, now: number, secret: string): string {
  const payload = `${userId}.${now}.${randomUUID()}`;
  return `${payload}.${mac(payload, secret)}`;
}

/** The device the cookie names, or null when it is missing, forged, malformed or older than 30 days. */
export function readDeviceToken(token: string | null | undefined, now: number, secret: string): TrustedDevice | null {
  if (!token || token.length > 200) return null;
  const parts = token.split('.');
  if (parts.length !== 4) return null;
  const [userId, issued, deviceId, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(mac(`${userId}.${issued}.${deviceId}`, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const issuedAt = Number(issued);
  if (!UUID.test(userId) || !UUID.test(deviceId) || !Number.isSafeInteger(issuedAt)) return null;
  if (!(now - issuedAt < DEVICE_TTL_MS) || issuedAt > now + 60_000) return null;
  return { userId, deviceId };
}
