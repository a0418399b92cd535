'use client';

import { useActionState } from 'react';
import { ClientFields, type ClientFieldValues } from '@/components/client-fields';
import { Alert } from '@/components/ui/alert';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ClientProfile } from '@/lib/data/clients';
import { idleFormState, type FormState } from '@/lib/form-state';
import { updateClientProfileAction } from './actions';

const FIELD_LABELS: Record<keyof ClientFieldValues, string> = {
  displayName: 'Name',
  pronouns: 'Pronouns',
  dateOfBirth: 'Date of birth',
  intakeDate: 'Intake date',
};

/**
 * Edits name, pronouns and dates. The form carries the version it was loaded at; if someone
 * else saved first, the server refuses and this shows their values, plus what was typed here.
 */
export function EditProfileForm({ profile, today }: { profile: ClientProfile; today: string }) {
  const [state, action] = useActionState(updateClientProfileAction, idleFormState as FormState<ClientProfile>);
  const current = state.data ?? profile;
  const conflict = state.code === 'conflict';
  const values: ClientFieldValues = state.status === 'error' && !conflict ? (state.values ?? current) : current;
  return (
    <form action={action} noValidate className="space-y-6" key={`${state.submittedAt ?? 0}-${current.version}`}>
      <input type="hidden" name="clientId" value={current.id} />
      <input type="hidden" name="version" value={current.version} />
      {state.status === 'success' ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} message={conflict ? 'Not saved: this profile changed' : undefined}>
        {conflict ? <p>{state.message}</p> : null}
        {conflict && state.values ? (
          <div className="mt-2">
            <p className="font-medium">What you entered:</p>
            <ul className="mt-1 list-disc pl-5">
              {(Object.keys(FIELD_LABELS) as (keyof ClientFieldValues)[]).map((field) => (
                <li key={field}>
                  {FIELD_LABELS[field]}: {state.values?.[field] || '—'}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </ErrorSummary>
      <ClientFields values={values} errors={conflict ? undefined : state.fieldErrors} max={today} />
      <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
    </form>
  );
}
