'use client';

import { useActionState } from 'react';
import { NewPasswordFields } from '@/components/new-password-fields';
import { Alert } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { firstError, idleFormState } from '@/lib/form-state';
import { changePasswordAction, updateAccountNameAction } from './actions';
import { LIMITS } from '@/lib/validation/limits';

export function AccountNameForm({ name }: { name: string }) {
  const [state, action] = useActionState(updateAccountNameAction, idleFormState);
  return (
    <form action={action} noValidate className="space-y-4" key={state.submittedAt}>
      {state.status === 'success' ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} />
      <TextField
        label="Your name"
        name="name"
        required
        autoComplete="name"
        maxLength={LIMITS.personName}
        defaultValue={state.values?.name ?? name}
        error={firstError(state, 'name')}
      />
      <SubmitButton pendingLabel="Saving…" variant="secondary">
        Save name
      </SubmitButton>
    </form>
  );
}

export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action] = useActionState(changePasswordAction, idleFormState);
  return (
    <form action={action} noValidate className="space-y-4" key={state.submittedAt}>
      <ErrorSummary state={state} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={firstError(state, 'currentPassword')}
      />
      <NewPasswordFields errors={state.fieldErrors} />
      <SubmitButton pendingLabel="Changing password…">Change password</SubmitButton>
    </form>
  );
}
