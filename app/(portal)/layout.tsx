import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { PortalNav } from '@/components/portal-nav';
import { PortalShell } from '@/components/portal-shell';
import { homePathFor } from '@/lib/auth/principal';
import { verifySession } from '@/lib/auth/session';
import { dataContext } from '@/lib/data/context';
import { portalConsentRequired } from '@/lib/data/portal-access';

/** The client portal: phone-first, one column, plain words. Nothing opens before consent. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const principal = await verifySession();
  if (!principal) redirect('/sign-in');
  if (principal.role !== 'client') redirect(homePathFor(principal.role));
  if (await portalConsentRequired(await dataContext())) redirect('/portal/consent');
  return (
    <PortalShell name={principal.name} nav={<PortalNav />}>
      {children}
    </PortalShell>
  );
}
