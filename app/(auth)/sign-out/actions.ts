'use server';

import { signOut } from '@/lib/auth/auth';
import { verifySession } from '@/lib/auth/session';
import { signOutThisDevice } from '@/lib/data/account';

/**
 * Ends this sign-in on the server (a copy of the cookie stops working too), then clears the
 * cookie. Anyone may call it; with no valid session it just clears the cookie.
 */
async function endThisSignIn(redirectTo: string): Promise<void> {
  if (await verifySession()) await signOutThisDevice();
  await signOut({ redirectTo });
}

export async function signOutAction(): Promise<void> {
  await endThisSignIn('/sign-in');
}

/**
 * Signs out and comes back to an invitation or password reset link that was opened while
 * someone was signed in. Only those two kinds of address are accepted as the way back.
 */
export async function signOutAndReturnAction(formData: FormData): Promise<void> {
  const returnTo = formData.get('returnTo');
  const safe =
    typeof returnTo === 'string' && /^\/(invite|reset-password)\/[A-Za-z0-9_-]{1,100}$/.test(returnTo)
      ? returnTo
      : '/sign-in';
  await endThisSignIn(safe);
}
