import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { PortalShell } from '@/components/portal-shell';
import { homePathFor } from '@/lib/auth/principal';
import { verifySession } from '@/lib/auth/session';

/**
 * The consent page sits outside the portal layout (which sends everyone who has not consented
 * here), in the same frame.
 */
export default async function ConsentLayout({ children }: { children: ReactNode }) {
  const principal = await verifySession();
  if (!principal) redirect('/sign-in');
  if (principal.role !== 'client') redirect(homePathFor(principal.role));
  return (
    <PortalShell name={principal.name} showHome={false}>
      {children}
    </PortalShell>
  );
}
