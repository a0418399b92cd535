'use client';

import { useActionState } from 'react';
import { CheckboxField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { firstError, idleFormState } from '@/lib/form-state';
import { acceptConsentAction } from './actions';

export function ConsentForm({ textVersion }: { textVersion: string }) {
  const [state, action] = useActionState(acceptConsentAction, idleFormState);
  return (
    <form action={action} noValidate className="space-y-4" key={state.submittedAt}>
      <ErrorSummary state={state} />
      <input type="hidden" name="textVersion" value={textVersion} />
      <CheckboxField label="I have read this and I agree" name="agree" value="yes" error={firstError(state, 'agree')} />
      <SubmitButton pendingLabel="Saving…" className="w-full sm:w-auto">
        Agree and continue
      </SubmitButton>
    </form>
  );
}
