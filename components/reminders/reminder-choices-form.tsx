'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleFormState, type FormState } from '@/lib/form-state';

export interface ReminderChoiceView {
  kind: string;
  label: string;
  enabled: boolean;
  offForOrganization: boolean;
}

/** One checkbox per kind of reminder; unticked means no email of that kind. */
export function ReminderChoicesForm({ choices, action }: { choices: ReminderChoiceView[]; action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="space-y-4" key={state.submittedAt}>
      {state.status === 'success' ? <Alert tone="success">{state.message}</Alert> : null}
      {state.status === 'error' && state.message ? <Alert tone="error">{state.message}</Alert> : null}
      <fieldset className="space-y-3">
        <legend className="mb-2 font-medium text-slate-900">Email me</legend>
        {choices.map((choice) => (
          <div key={choice.kind} className="flex items-start gap-3">
            <input id={`kind-${choice.kind}`} type="checkbox" name={`kind-${choice.kind}`} defaultChecked={choice.enabled} className="mt-1 h-5 w-5 rounded border-slate-400" />
            <label htmlFor={`kind-${choice.kind}`} className="text-slate-800">
              {choice.label}
              {choice.offForOrganization ? <span className="block text-sm text-slate-700">Switched off for everyone by your organisation for now.</span> : null}
            </label>
          </div>
        ))}
      </fieldset>
      <SubmitButton pendingLabel="Saving…" variant="secondary">
        Save reminder choices
      </SubmitButton>
    </form>
  );
}
