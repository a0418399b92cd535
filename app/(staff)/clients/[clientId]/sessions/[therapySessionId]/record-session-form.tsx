'use client';

import { useActionState } from 'react';
import { ChoiceScale } from '@/components/choice-scale';
import { Alert } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextAreaField } from '@/components/ui/field';
import type { TherapySessionDetail } from '@/lib/data/therapy-sessions';
import { idleFormState, type FormState } from '@/lib/form-state';
import { recordTherapySessionAction } from './actions';
import { LIMITS } from '@/lib/validation/limits';

const STATUS_OPTIONS = [
  { value: 'scheduled', label: 'Scheduled' },
  { value: 'attended', label: 'Attended' },
  { value: 'cancelled', label: 'Cancelled' },
  { value: 'no-show', label: 'Did not attend' },
];

/**
 * What happened, when, how long, and a private note. Carries the version it was loaded at: if
 * someone else saved first, nothing is overwritten and their values are shown.
 */
export function RecordSessionForm({ detail }: { detail: TherapySessionDetail }) {
  const [state, action] = useActionState(recordTherapySessionAction, idleFormState as FormState<TherapySessionDetail>);
  const current = state.data ?? detail;
  const conflict = state.code === 'conflict';
  const values = state.status === 'error' && !conflict ? state.values : undefined;
  return (
    <form action={action} noValidate className="space-y-4" key={`${state.submittedAt ?? 0}-${current.version}`}>
      <input type="hidden" name="therapySessionId" value={current.id} />
      <input type="hidden" name="version" value={current.version} />
      {state.status === 'success' ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} message={conflict ? 'Not saved: this session changed' : undefined}>
        {conflict ? <p>{state.message}</p> : null}
        {conflict && state.values ? <p className="mt-1">Your note was: “{state.values.privateNote || '—'}”</p> : null}
      </ErrorSummary>
      <ChoiceScale
        legend="What happened"
        name="status"
        options={STATUS_OPTIONS}
        columns="grid-cols-2"
        defaultValue={values?.status ?? current.status}
        error={conflict ? undefined : state.fieldErrors?.status?.[0]}
      />
      <TextField
        label="Date and time"
        name="scheduledAt"
        type="datetime-local"
        required
        defaultValue={values?.scheduledAt ?? current.scheduledAtLocal}
        error={conflict ? undefined : state.fieldErrors?.scheduledAt?.[0]}
      />
      <TextField
        label="Length in minutes"
        name="durationMinutes"
        type="number"
        inputMode="numeric"
        min={5}
        max={600}
        required
        defaultValue={values?.durationMinutes ?? String(current.durationMinutes)}
        error={conflict ? undefined : state.fieldErrors?.durationMinutes?.[0]}
      />
      <TextAreaField
        label="Private note"
        name="privateNote"
        maxLength={LIMITS.sessionPrivateNote}
        hint="Never shown to the client."
        defaultValue={values?.privateNote ?? current.privateNote ?? ''}
        error={conflict ? undefined : state.fieldErrors?.privateNote?.[0]}
      />
      <SubmitButton pendingLabel="Saving…">Save session</SubmitButton>
    </form>
  );
}
