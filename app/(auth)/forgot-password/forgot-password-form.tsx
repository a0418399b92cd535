'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { firstError, idleFormState } from '@/lib/form-state';
import { forgotPasswordAction } from './actions';

export function ForgotPasswordForm() {
  const [state, action] = useActionState(forgotPasswordAction, idleFormState);
  if (state.status === 'success')
    return (
      <Alert tone="success" title="Check your email">
        {state.message}
      </Alert>
    );
  return (
    <form action={action} noValidate className="space-y-5" key={state.submittedAt}>
      <ErrorSummary state={state} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email ?? ''}
        error={firstError(state, 'email')}
      />
      <SubmitButton pendingLabel="Sending…" className="w-full">
        Send me a link
      </SubmitButton>
    </form>
  );
}
