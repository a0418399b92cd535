import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { PortalShell } from '@/components/portal-shell';
import { StaffNav } from '@/components/staff-nav';
import { verifySession } from '@/lib/auth/session';
import { portalConsentRequired } from '@/lib/data/consent';

/** The account page belongs to everyone: clients see it in the portal's frame, staff in theirs. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const principal = await verifySession();
  if (!principal) redirect('/sign-in');
  if (principal.role === 'client') {
    if (await portalConsentRequired()) redirect('/portal/consent');
    return <PortalShell name={principal.name}>{children}</PortalShell>;
  }
  return (
    <>
      <StaffNav principal={principal} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
