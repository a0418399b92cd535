import type { SessionClaims } from '@/lib/auth/claims';

/**
 * Stands in for the incoming request in integration tests: which signed claims arrived.
 * Everything after that (timing rules, the database check of the account, policies,
 * queries, audit) runs for real.
 */
export const requestState: { claims: SessionClaims | null; requestId: string } = { claims: null, requestId: 'test-request' };

export function readSessionClaims(): Promise<SessionClaims | null> {
  return Promise.resolve(requestState.claims);
}

export function readRequestId(): Promise<string | null> {
  return Promise.resolve(requestState.requestId);
}
