'use client';

import { useActionState } from 'react';
import { acknowledgeFlagAction } from '@/app/(staff)/clients/[clientId]/flags/actions';
import { idleFormState } from '@/lib/form-state';
import { Alert } from './ui/alert';
import { ErrorSummary } from './ui/error-summary';
import { SubmitButton } from './ui/submit-button';
import { TextAreaField } from './ui/field';
import { LIMITS } from '@/lib/validation/limits';

/** Acknowledge one flag, with a note saying what was done about it. */
export function AcknowledgeFlagForm({ flagId, label }: { flagId: string; label: string }) {
  const [state, action] = useActionState(acknowledgeFlagAction, idleFormState);
  if (state.status === 'success') return <Alert tone="success">{state.message}</Alert>;
  return (
    <details className="mt-2" open={state.status === 'error'}>
      <summary className="cursor-pointer text-sm font-semibold text-brand-800">Acknowledge with a note</summary>
      <form action={action} noValidate className="mt-2 space-y-3" key={state.submittedAt}>
        <input type="hidden" name="flagId" value={flagId} />
        <ErrorSummary state={state} idPrefix={`ack-${flagId}`} />
        <TextAreaField
          label={`What was done about this ${label.toLowerCase()} flag`}
          name="note"
          idPrefix={`ack-${flagId}`}
          required
          maxLength={LIMITS.flagNote}
          hint="For example: phoned the client, agreed a safety plan. Kept with the flag."
          defaultValue={state.values?.note ?? ''}
          error={state.fieldErrors?.note?.[0]}
        />
        <SubmitButton pendingLabel="Saving…">Acknowledge</SubmitButton>
      </form>
    </details>
  );
}
