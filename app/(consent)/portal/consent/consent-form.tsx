'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { CheckboxField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { firstError, idleFormState } from '@/lib/form-state';
import { acceptConsentAction } from './actions';

export function ConsentForm({ textVersion }: { textVersion: string }) {
  const [state, action] = useActionState(acceptConsentAction, idleFormState);
  return (
    <form action={action} noValidate className="space-y-4" key={state.submittedAt}>
      {state.status === 'error' && state.message && !state.fieldErrors?.agree ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="textVersion" value={textVersion} />
      <CheckboxField label="I have read this and I agree" name="agree" value="yes" error={firstError(state, 'agree')} />
      <SubmitButton pendingLabel="Saving…" className="w-full sm:w-auto">
        Agree and continue
      </SubmitButton>
    </form>
  );
}
