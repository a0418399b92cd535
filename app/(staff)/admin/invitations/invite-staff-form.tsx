'use client';

import { useActionState } from 'react';
import { LinkNotice } from '@/components/link-notice';
import { SelectField, TextField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { InvitationSent } from '@/lib/data/invitations';
import { firstError, idleFormState, type FormState } from '@/lib/form-state';
import { inviteStaffAction } from './actions';
import { LIMITS } from '@/lib/validation/limits';

export function InviteStaffForm() {
  const [state, action] = useActionState(inviteStaffAction, idleFormState as FormState<InvitationSent>);
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  return (
    <form action={action} noValidate className="space-y-4" key={state.submittedAt}>
      {state.status === 'success' && state.data ? (
        <LinkNotice sent={state.data} what="an invitation" idPrefix="staff-invitation" />
      ) : null}
      <ErrorSummary state={state} />
      <TextField
        label="Name"
        name="name"
        required
        autoComplete="off"
        maxLength={LIMITS.personName}
        defaultValue={values.name ?? ''}
        error={firstError(state, 'name')}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        required
        autoComplete="off"
        maxLength={LIMITS.email}
        defaultValue={values.email ?? ''}
        error={firstError(state, 'email')}
      />
      <SelectField
        label="Role"
        name="role"
        required
        defaultValue={values.role ?? 'therapist'}
        error={firstError(state, 'role')}
      >
        <option value="therapist">Therapist</option>
        <option value="supervisor">Supervisor</option>
        <option value="admin">Administrator</option>
      </SelectField>
      <SubmitButton pendingLabel="Sending invitation…">Send invitation</SubmitButton>
    </form>
  );
}
