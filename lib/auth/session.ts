import 'server-only';
import { cache } from 'react';
import { loadPrincipal } from '@/lib/data/internal/principals';
import { AppError } from '@/lib/errors';
import type { Principal } from './principal';
import { readSessionClaims } from './request-context';

/**
 * The signed-in person for this request, checked against the database (deactivation and
 * session version end a sign-in at once). Cached per request, so a page and the data
 * functions it calls share one check.
 */
export const verifySession = cache(async (): Promise<Principal | null> => {
  const claims = await readSessionClaims();
  if (!claims) return null;
  return loadPrincipal(claims, Date.now());
});

export async function requirePrincipal(): Promise<Principal> {
  const principal = await verifySession();
  if (!principal) throw new AppError('unauthenticated', 'Please sign in to continue.');
  return principal;
}
