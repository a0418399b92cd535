import 'server-only';
import { headers } from 'next/headers';
import { sessionClaimsSchema, type SessionClaims } from './claims';
import { auth } from './auth';

/**
 * The two things the data layer needs from the incoming request: the signed session claims
 * and the request id that proxy.ts stamps on it. Kept apart so integration tests can stand in
 * for a request (vi.mock of this module) while every check after it runs for real.
 */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const session = await auth();
  const parsed = sessionClaimsSchema.safeParse(session?.claims);
  return parsed.success ? parsed.data : null;
}

export async function readRequestId(): Promise<string | null> {
  try {
    return (await headers()).get('x-request-id');
  } catch {
    return null; // outside a request (scripts)
  }
}
