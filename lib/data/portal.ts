import 'server-only';
import { canUsePortal } from '@/lib/auth/policy';
import { authorize, readAudited } from './audit';
import { loadClientWithAccessFacts, loadClinicianAccessFacts } from './access-facts';
import { dataContext } from './context';

export interface PortalHome {
  clientId: string;
  displayName: string;
  therapist: { name: string } | null;
}

/** The signed-in client's own home: who they work with. */
export async function getPortalHome(): Promise<PortalHome> {
  const ctx = await dataContext();
  const { principal } = ctx;
  return readAudited(ctx, { action: 'portal.home', entityType: 'client', entityId: principal.clientId }, async () => {
    authorize(canUsePortal(principal), 'not-a-client');
    const client = await loadClientWithAccessFacts(ctx.db, principal.organizationId, principal.clientId!);
    authorize(client !== null && client.portalUserId === principal.userId, 'not-own-record');
    const clinician = client.clinicianId ? await loadClinicianAccessFacts(ctx.db, principal.organizationId, client.clinicianId) : null;
    return {
      clientId: client.id,
      displayName: client.displayName,
      therapist: clinician ? { name: clinician.name } : null,
    };
  });
}
