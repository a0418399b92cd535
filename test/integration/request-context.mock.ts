import type { SessionClaims } from '@/lib/auth/claims';

/**
 * Stands in for the incoming request in integration tests: which signed claims arrived.
 * Everything after that (timing rules, the database check of the account, policies,
 * queries, audit) runs for real.
 */
export const requestState: { claims: SessionClaims | null; requestId: string; ip: string; deviceToken: string | null } =
  {
    claims: null,
    requestId: 'test-request',
    ip: '192.0.2.1',
    deviceToken: null,
  };

export function readSessionClaims(): Promise<SessionClaims | null> {
  return Promise.resolve(requestState.claims);
}

export function readRequestId(): Promise<string | null> {
  return Promise.resolve(requestState.requestId);
}

export function readSignInOrigin(): Promise<{ ip: string; deviceToken: string | null }> {
  return Promise.resolve({ ip: requestState.ip, deviceToken: requestState.deviceToken });
}
