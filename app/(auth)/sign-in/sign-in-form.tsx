'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { firstError, idleFormState } from '@/lib/form-state';
import { signInAction } from './actions';

export function SignInForm({ next }: { next?: string }) {
  const [state, action] = useActionState(signInAction, idleFormState);
  return (
    <form action={action} noValidate className="space-y-5" key={state.submittedAt}>
      {next ? <input type="hidden" name="next" value={next} /> : null}
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
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={firstError(state, 'password')}
      />
      <SubmitButton pendingLabel="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
    </form>
  );
}
