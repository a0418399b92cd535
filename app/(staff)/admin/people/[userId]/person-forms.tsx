'use client';

import { useActionState } from 'react';
import { LinkNotice } from '@/components/link-notice';
import { Alert } from '@/components/ui/alert';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ResetIssued } from '@/lib/data/passwords';
import { idleFormState, type FormState } from '@/lib/form-state';
import { issuePasswordResetAction, setAccountStatusAction } from './actions';

function Result({ state }: { state: FormState }) {
  if (state.status === 'success' && state.message) return <Alert tone="success">{state.message}</Alert>;
  if (state.status === 'error') return <ErrorSummary state={state} />;
  return null;
}

export function AccountStatusForm({ userId, deactivated }: { userId: string; deactivated: boolean }) {
  const [state, action] = useActionState(setAccountStatusAction, idleFormState);
  return (
    <form action={action} className="space-y-3">
      <Result state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="activate" value={deactivated ? 'yes' : 'no'} />
      <SubmitButton
        variant={deactivated ? 'primary' : 'danger'}
        pendingLabel={deactivated ? 'Reactivating…' : 'Deactivating…'}
      >
        {deactivated ? 'Reactivate account' : 'Deactivate account'}
      </SubmitButton>
    </form>
  );
}

export function PasswordResetForm({ userId }: { userId: string }) {
  const [state, action] = useActionState(issuePasswordResetAction, idleFormState as FormState<ResetIssued>);
  return (
    <form action={action} className="space-y-3">
      {state.status === 'success' && state.data ? (
        <LinkNotice sent={state.data} what="a password reset link" idPrefix="reset" />
      ) : null}
      <ErrorSummary state={state} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton variant="secondary" pendingLabel="Sending…">
        Send a password reset link
      </SubmitButton>
    </form>
  );
}
