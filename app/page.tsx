import { redirect } from 'next/navigation';
import { homePathFor } from '@/lib/auth/principal';
import { verifySession } from '@/lib/auth/session';

/** The root sends a signed-out visitor to sign in and everyone else to their home. */
export default async function RootPage() {
  const principal = await verifySession();
  redirect(principal ? homePathFor(principal.role) : '/sign-in');
}
