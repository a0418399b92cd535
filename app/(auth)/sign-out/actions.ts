'use server';

import { signOut } from '@/lib/auth/auth';

/** Ends this browser's sign-in. Anyone may call it; with no session it just lands on sign-in. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/sign-in' });
}

/**
 * Signs out and comes back to an invitation or password reset link that was opened while
 * someone was signed in. Only those two kinds of address are accepted as the way back.
 */
export async function signOutAndReturnAction(formData: FormData): Promise<void> {
  const returnTo = formData.get('returnTo');
  const safe = typeof returnTo === 'string' && /^\/(invite|reset-password)\/[A-Za-z0-9_-]{1,100}$/.test(returnTo) ? returnTo : '/sign-in';
  await signOut({ redirectTo: safe });
}
