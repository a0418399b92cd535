'use client';

import { useActionState } from 'react';
import { LinkNotice } from '@/components/link-notice';
import { Alert } from '@/components/ui/alert';
import { SelectField, TextField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { InvitationSent } from '@/lib/data/invitations';
import { firstError, idleFormState, type FormState } from '@/lib/form-state';
import { inviteClientAction, reassignClientAction } from './people-actions';
import { LIMITS } from '@/lib/validation/limits';

export function InviteClientForm({ clientId, clientName }: { clientId: string; clientName: string }) {
  const [state, action] = useActionState(inviteClientAction, idleFormState as FormState<InvitationSent>);
  if (state.status === 'success' && state.data)
    return <LinkNotice sent={state.data} what="an invitation" idPrefix="client-invitation" />;
  return (
    <form action={action} noValidate className="space-y-3" key={state.submittedAt}>
      <ErrorSummary state={state} />
      <input type="hidden" name="clientId" value={clientId} />
      <TextField
        label={`${clientName}’s email`}
        name="email"
        type="email"
        required
        autoComplete="off"
        maxLength={LIMITS.email}
        hint="They get a link to choose a password. It works once, for 7 days."
        defaultValue={state.values?.email ?? ''}
        error={firstError(state, 'email')}
      />
      <SubmitButton pendingLabel="Sending invitation…">Invite to the portal</SubmitButton>
    </form>
  );
}

export function ReassignClientForm({
  clientId,
  currentClinicianId,
  clinicians,
}: {
  clientId: string;
  currentClinicianId: string | null;
  clinicians: { id: string; name: string; role: string }[];
}) {
  const [state, action] = useActionState(reassignClientAction, idleFormState);
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  return (
    <form action={action} noValidate className="space-y-3" key={state.submittedAt}>
      {state.status === 'success' ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} />
      <input type="hidden" name="clientId" value={clientId} />
      <SelectField
        label="New clinician"
        name="clinicianId"
        required
        defaultValue={values.clinicianId ?? ''}
        error={firstError(state, 'clinicianId')}
      >
        <option value="">Choose a clinician</option>
        {clinicians
          .filter((c) => c.id !== currentClinicianId)
          .map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.role === 'supervisor' ? 'supervisor' : 'therapist'})
            </option>
          ))}
      </SelectField>
      <TextField
        label="Reason"
        name="reason"
        required
        maxLength={LIMITS.reassignReason}
        hint="Kept in the assignment history, e.g. “Therapist on leave”."
        defaultValue={values.reason ?? ''}
        error={firstError(state, 'reason')}
      />
      <SubmitButton variant="secondary" pendingLabel="Reassigning…">
        Reassign client
      </SubmitButton>
    </form>
  );
}
