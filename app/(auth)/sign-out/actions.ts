'use server';

import { signOut } from '@/lib/auth/auth';

/** Ends this browser's sign-in. Anyone may call it; with no session it just lands on sign-in. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/sign-in' });
}
