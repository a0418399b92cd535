'use client';

import { useActionState } from 'react';
import { resendInvitationAction, revokeInvitationAction } from '@/app/(staff)/admin/invitations/actions';
import type { InvitationSent } from '@/lib/data/invitations';
import { idleFormState, type FormState } from '@/lib/form-state';
import { LinkNotice } from './link-notice';
import { Alert } from './ui/alert';
import { ErrorSummary } from './ui/error-summary';
import { SubmitButton } from './ui/submit-button';

/** Resend (a new link, 7 more days) or revoke a pending invitation. */
export function InvitationActions({
  invitationId,
  email,
  idPrefix,
}: {
  invitationId: string;
  email: string;
  idPrefix: string;
}) {
  const [resent, resend] = useActionState(resendInvitationAction, idleFormState as FormState<InvitationSent>);
  const [revoked, revoke] = useActionState(revokeInvitationAction, idleFormState);
  return (
    <div className="space-y-2">
      {resent.status === 'success' && resent.data ? (
        <LinkNotice sent={resent.data} what="a new invitation" idPrefix={idPrefix} />
      ) : null}
      <ErrorSummary state={resent} />
      {revoked.status === 'success' && revoked.message ? <Alert tone="success">{revoked.message}</Alert> : null}
      <ErrorSummary state={revoked} />
      {revoked.status === 'success' ? null : (
        <div className="flex flex-wrap gap-2">
          <form action={resend}>
            <input type="hidden" name="invitationId" value={invitationId} />
            <SubmitButton variant="secondary" pendingLabel="Resending…">
              Resend<span className="sr-only"> invitation to {email}</span>
            </SubmitButton>
          </form>
          <form action={revoke}>
            <input type="hidden" name="invitationId" value={invitationId} />
            <SubmitButton variant="quiet" pendingLabel="Revoking…">
              Revoke<span className="sr-only"> invitation to {email}</span>
            </SubmitButton>
          </form>
        </div>
      )}
    </div>
  );
}
