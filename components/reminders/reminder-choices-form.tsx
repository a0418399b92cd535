'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { ErrorSummary } from '@/components/ui/error-summary';
import { CheckboxField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleFormState, type FormState } from '@/lib/form-state';

export interface ReminderChoiceView {
  kind: string;
  label: string;
  enabled: boolean;
  offForOrganization: boolean;
}

/** One checkbox per kind of reminder; unticked means no email of that kind. */
export function ReminderChoicesForm({
  choices,
  action,
}: {
  choices: ReminderChoiceView[];
  action: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="space-y-4" key={state.submittedAt}>
      {state.status === 'success' ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} />
      <fieldset className="space-y-3">
        <legend className="mb-2 font-medium text-slate-900">Email me</legend>
        {choices.map((choice) => (
          <CheckboxField
            key={choice.kind}
            label={choice.label}
            name={`kind-${choice.kind}`}
            defaultChecked={choice.enabled}
            hint={choice.offForOrganization ? 'Switched off for everyone by your organisation for now.' : undefined}
          />
        ))}
      </fieldset>
      <SubmitButton pendingLabel="Saving…" variant="secondary">
        Save reminder choices
      </SubmitButton>
    </form>
  );
}
