import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { ConsentRequired } from '@/lib/data/internal/portal-access';
import { isAppError } from '@/lib/errors';

/**
 * Runs a data-layer read for a page: a missing, foreign or forbidden record, or a malformed id,
 * renders the not-found page (deliberately indistinguishable), and no session sends the person
 * to sign in.
 */
export async function loadOrNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    // A client who has not yet accepted the portal consent is sent to read it first.
    if (error instanceof ConsentRequired) redirect('/portal/consent');
    // A page read's input comes only from its address: input the data layer refuses (a malformed
    // id) is a page that does not exist, never a 500 (ADR 13).
    if (isAppError(error, 'not-found') || isAppError(error, 'invalid')) notFound();
    if (isAppError(error, 'unauthenticated')) redirect('/sign-in');
    throw error;
  }
}
