'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleFormState } from '@/lib/form-state';
import { unsubscribeAction } from './actions';

export function UnsubscribeForm({ token }: { token: string }) {
  const [state, action] = useActionState(unsubscribeAction, idleFormState);
  if (state.status === 'success') return <Alert tone="success">{state.message}</Alert>;
  return (
    <form action={action} className="space-y-4">
      <ErrorSummary state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Stopping these emails…" className="w-full">
        Stop these emails
      </SubmitButton>
    </form>
  );
}
