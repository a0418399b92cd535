'use client';

import { useActionState } from 'react';
import { NewPasswordFields } from '@/components/new-password-fields';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleFormState } from '@/lib/form-state';
import { acceptInvitationAction } from './actions';

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(acceptInvitationAction, idleFormState);
  return (
    <form action={action} noValidate className="space-y-5" key={state.submittedAt}>
      <ErrorSummary state={state} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers save the new password against the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields errors={state.fieldErrors} passwordLabel="Choose a password" />
      <SubmitButton pendingLabel="Setting up your account…" className="w-full">
        Set password and continue
      </SubmitButton>
    </form>
  );
}
