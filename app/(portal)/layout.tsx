import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { PortalNav } from '@/components/portal-nav';
import { PortalShell } from '@/components/portal-shell';
import { deriveDeviceDraftKeys } from '@/lib/auth/device-draft-keys';
import { homePathFor } from '@/lib/auth/principal';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { verifySession } from '@/lib/auth/session';
import { portalConsentRequired } from '@/lib/data/consent';
import { DeviceDraftsSender } from './device-drafts-sender';

/** The client portal: phone-first, one column, plain words. Nothing opens before consent. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const principal = await verifySession();
  if (!principal) redirect('/sign-in');
  if (principal.role !== 'client') redirect(homePathFor(principal.role));
  if (await portalConsentRequired()) redirect('/portal/consent');
  // This person's names and key for answers kept on the phone (ADR 10): only given to them, signed in.
  const drafts = deriveDeviceDraftKeys(resolveAuthSecret(), principal.userId);
  return (
    <PortalShell name={principal.name} nav={<PortalNav />}>
      <DeviceDraftsSender namespace={drafts.namespace} draftKey={drafts.key} />
      {children}
    </PortalShell>
  );
}
