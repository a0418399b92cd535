'use client';

import { useActionState } from 'react';
import { NewPasswordFields } from '@/components/new-password-fields';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleFormState } from '@/lib/form-state';
import { resetPasswordAction } from './actions';

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(resetPasswordAction, idleFormState);
  return (
    <form action={action} noValidate className="space-y-5" key={state.submittedAt}>
      <ErrorSummary state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields errors={state.fieldErrors} />
      <SubmitButton pendingLabel="Saving…" className="w-full">
        Save new password
      </SubmitButton>
    </form>
  );
}
