'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { firstError, idleFormState, type FormState } from '@/lib/form-state';
import { LIMITS } from '@/lib/validation/limits';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** A supervisor's comment on the version of the goal they are reading. */
export function CommentForm({
  action,
  goalId,
  versionNumber,
  idPrefix,
}: {
  action: Action;
  goalId: string;
  versionNumber: number;
  idPrefix?: string;
}) {
  const [state, formAction] = useActionState(action, idleFormState);
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <form action={formAction} noValidate className="space-y-3" key={state.submittedAt ?? 0}>
      <input type="hidden" name="goalId" value={goalId} />
      <input type="hidden" name="versionNumber" value={versionNumber} />
      {state.status === 'success' && state.message ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} idPrefix={idPrefix} />
      <TextAreaField
        label={`Supervisor comment on version ${versionNumber}`}
        name="body"
        required
        rows={2}
        maxLength={LIMITS.comment}
        idPrefix={idPrefix}
        hint="Seen by the therapist, not by the client."
        defaultValue={values?.body ?? ''}
        error={firstError(state, 'body')}
      />
      <SubmitButton pendingLabel="Adding…" variant="secondary">
        Add comment
      </SubmitButton>
    </form>
  );
}
