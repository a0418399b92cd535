import 'server-only';
import { headers } from 'next/headers';
import { getToken } from 'next-auth/jwt';
import { sessionClaimsSchema, type SessionClaims } from './claims';
import { clientIp } from './client-ip';
import { DEVICE_COOKIE } from './device-cookie';
import { resolveAuthSecret } from './secret';

/**
 * The two things the data layer needs from the incoming request: the signed session claims
 * and the request id that proxy.ts stamps on it. Kept apart so integration tests can stand in
 * for a request (vi.mock of this module) while every check after it runs for real.
 */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  // Only decode the cookie here. (Auth.js's auth() would also re-encrypt a fresh cookie that a
  // server component cannot set; proxy.ts refreshes it, at most once a minute.) The idle and
  // absolute limits are checked on these claims by the session check (loadPrincipal).
  const requestHeaders = await headers();
  const secureCookie = (requestHeaders.get('cookie') ?? '').includes('__Secure-authjs.session-token=');
  const token = await getToken({ req: { headers: requestHeaders }, secret: resolveAuthSecret(), secureCookie });
  const parsed = sessionClaimsSchema.safeParse(token);
  return parsed.success ? parsed.data : null;
}

/** What the attempt limits need from the request: the client IP and this browser's device cookie. */
export async function readSignInOrigin(): Promise<{ ip: string; deviceToken: string | null }> {
  const requestHeaders = await headers();
  const deviceCookie = (requestHeaders.get('cookie') ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${DEVICE_COOKIE}=`));
  return {
    ip: clientIp(requestHeaders),
    deviceToken: deviceCookie ? decodeURIComponent(deviceCookie.slice(DEVICE_COOKIE.length + 1)) : null,
  };
}

export async function readRequestId(): Promise<string | null> {
  try {
    return (await headers()).get('x-request-id');
  } catch {
    return null; // outside a request (scripts)
  }
}
