import 'server-only';
import { loadClinicianAccessFacts } from './internal/access-facts';
import { readAudited } from './internal/audit';
import { dataContext } from './internal/context';
import { loadOwnClientRecord } from './internal/portal-access';

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
    const client = await loadOwnClientRecord(ctx);
    const clinician = client.clinicianId
      ? await loadClinicianAccessFacts(ctx.db, principal.organizationId, client.clinicianId)
      : null;
    return {
      clientId: client.id,
      displayName: client.displayName,
      therapist: clinician ? { name: clinician.name } : null,
    };
  });
}
