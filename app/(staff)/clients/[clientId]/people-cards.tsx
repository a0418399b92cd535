import { InvitationActions } from '@/components/invitation-actions';
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/components/ui/format';
import { getClientPortalAccess } from '@/lib/data/invitations';
import { getReassignmentOptions } from '@/lib/data/reassignment';
import { loadOrNotFound } from '@/lib/page-data';
import { InviteClientForm, ReassignClientForm } from './people-forms';

/** Portal status of a client: signed up, invited (resend or revoke), or an invitation form for their clinician. */
export async function PortalAccessCard({ clientId, clientName }: { clientId: string; clientName: string }) {
  const access = await loadOrNotFound(() => getClientPortalAccess(clientId));
  return (
    <Card title="Portal">
      {access.hasPortalAccount ? (
        <p className="text-sm text-slate-700">This client has signed up to the portal.</p>
      ) : access.invitation ? (
        <div className="space-y-3 text-sm text-slate-700">
          <p>
            {access.invitation.expired ? 'The invitation to ' : 'Invited as '}
            <strong className="break-all text-slate-900">{access.invitation.email}</strong>
            {access.invitation.expired
              ? ` expired on ${formatDateTime(access.invitation.expiresAt, access.timeZone)}.`
              : `; the link works until ${formatDateTime(access.invitation.expiresAt, access.timeZone)}.`}
          </p>
          {access.canInvite ? (
            <InvitationActions
              invitationId={access.invitation.id}
              email={access.invitation.email}
              idPrefix="client-invitation"
            />
          ) : null}
        </div>
      ) : access.canInvite ? (
        <InviteClientForm clientId={clientId} clientName={clientName} />
      ) : (
        <p className="text-sm text-slate-700">
          This client has not been invited to the portal yet. Their clinician can invite them.
        </p>
      )}
    </Card>
  );
}

/** For administrators: move the client to another clinician, keeping the history. */
export async function ReassignCard({ clientId }: { clientId: string }) {
  const options = await loadOrNotFound(() => getReassignmentOptions(clientId));
  return (
    <Card title="Reassign">
      <ReassignClientForm
        clientId={clientId}
        currentClinicianId={options.currentClinicianId}
        clinicians={options.clinicians}
      />
    </Card>
  );
}
