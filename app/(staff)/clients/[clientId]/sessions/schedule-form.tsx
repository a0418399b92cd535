'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleFormState } from '@/lib/form-state';
import { scheduleTherapySessionAction } from './actions';

/** Books a session: a date and time on the clinic's clock, and a length. */
export function ScheduleForm({
  clientId,
  suggested,
  timeZone,
}: {
  clientId: string;
  suggested: string;
  timeZone: string;
}) {
  const [state, action] = useActionState(scheduleTherapySessionAction, idleFormState);
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <form action={action} noValidate className="space-y-4" key={state.submittedAt}>
      <input type="hidden" name="clientId" value={clientId} />
      {state.status === 'success' ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} />
      <TextField
        label="Date and time"
        name="scheduledAt"
        type="datetime-local"
        required
        hint={`On the clinic’s clock (${timeZone.replace('_', ' ')}). Past sessions can be added to record them.`}
        defaultValue={values?.scheduledAt ?? suggested}
        error={state.fieldErrors?.scheduledAt?.[0]}
      />
      <TextField
        label="Length in minutes"
        name="durationMinutes"
        type="number"
        inputMode="numeric"
        min={5}
        max={600}
        required
        defaultValue={values?.durationMinutes ?? '50'}
        error={state.fieldErrors?.durationMinutes?.[0]}
      />
      <SubmitButton pendingLabel="Booking…">Book session</SubmitButton>
    </form>
  );
}
