import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { ConsentRequired } from '@/lib/data/portal-access';
import { isAppError } from '@/lib/errors';

/**
 * Runs a data-layer read for a page: a missing, foreign or forbidden record renders the
 * not-found page (deliberately indistinguishable), and no session sends the person to sign in.
 */
export async function loadOrNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    // A client who has not yet accepted the portal consent is sent to read it first.
    if (error instanceof ConsentRequired) redirect('/portal/consent');
    if (isAppError(error, 'not-found')) notFound();
    if (isAppError(error, 'unauthenticated')) redirect('/sign-in');
    throw error;
  }
}
