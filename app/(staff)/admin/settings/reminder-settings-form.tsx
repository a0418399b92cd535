'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { ErrorSummary } from '@/components/ui/error-summary';
import { CheckboxField, TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { firstError, idleFormState } from '@/lib/form-state';
import { saveReminderSettingsAction } from './actions';

export interface ReminderSettingsView {
  kinds: { kind: string; label: string; on: boolean }[];
  quietStart: string;
  quietEnd: string;
}

/** Each kind of reminder on or off for everyone, and the quiet hours (on the organisation's clock). */
export function ReminderSettingsForm({ initial }: { initial: ReminderSettingsView }) {
  const [state, action] = useActionState(saveReminderSettingsAction, idleFormState);
  return (
    <form action={action} noValidate className="space-y-5" key={state.submittedAt}>
      {state.status === 'success' ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary
        state={state}
        idPrefix="org"
        message={state.message ? `${state.message} Nothing was saved.` : undefined}
      />
      <fieldset className="space-y-3">
        <legend className="mb-2 font-medium text-slate-900">Reminders sent</legend>
        {initial.kinds.map((kind) => (
          <CheckboxField
            key={kind.kind}
            idPrefix="org"
            label={kind.label}
            name={`kind-${kind.kind}`}
            defaultChecked={kind.on}
          />
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          idPrefix="org"
          label="Quiet hours start"
          name="quietStart"
          hint="HH:MM, e.g. 21:00"
          defaultValue={state.values?.quietStart ?? initial.quietStart}
          error={firstError(state, 'quietStart')}
        />
        <TextField
          idPrefix="org"
          label="Quiet hours end"
          name="quietEnd"
          hint="HH:MM, e.g. 08:00"
          defaultValue={state.values?.quietEnd ?? initial.quietEnd}
          error={firstError(state, 'quietEnd')}
        />
      </div>
      <p className="text-sm text-slate-700">
        No reminder is sent in the quiet hours: one that falls due then goes when they end, if it still matters. Safety
        flags and their 24-hour escalation are not reminders: they always go at once.
      </p>
      <SubmitButton pendingLabel="Saving…" variant="secondary">
        Save reminder settings
      </SubmitButton>
    </form>
  );
}
