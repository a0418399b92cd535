'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { FORMULATION_FACTOR_LABELS, FORMULATION_FACTORS } from '@/lib/domain/themes';
import type { FormulationView } from '@/lib/data/formulation';
import { firstError, idleFormState, type FormState } from '@/lib/form-state';
import { LIMITS } from '@/lib/validation/limits';

type Action = (state: FormState<FormulationView>, formData: FormData) => Promise<FormState<FormulationView>>;

const HINTS: Record<(typeof FORMULATION_FACTORS)[number], string> = {
  presenting: 'What brings the client to therapy now.',
  predisposing: 'What made them vulnerable: history, temperament, circumstances.',
  precipitating: 'What triggered the problem, or this episode of it.',
  perpetuating: 'What keeps it going.',
  protective: 'Strengths, supports and what helps.',
};

/** The 5 P's, saved as a new version each time; a stale save shows the newer text. */
export function FormulationForm({
  action,
  clientId,
  formulation,
}: {
  action: Action;
  clientId: string;
  formulation: FormulationView;
}) {
  const [state, formAction] = useActionState(action, idleFormState as FormState<FormulationView>);
  const conflict = state.code === 'conflict';
  const current = state.data ?? formulation;
  const typed = state.status === 'error' && !conflict ? (state.values ?? {}) : null;
  const valueOf = (factor: (typeof FORMULATION_FACTORS)[number]) =>
    typed ? (typed[factor] ?? '') : (current[factor] ?? '');
  return (
    <form action={formAction} noValidate className="space-y-4" key={`${state.submittedAt ?? 0}-${current.version}`}>
      <input type="hidden" name="clientId" value={clientId} />
      <input type="hidden" name="version" value={current.version} />
      {state.status === 'success' && state.message ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} message={conflict ? 'Not saved: the formulation changed' : undefined}>
        {conflict ? <p>{state.message}</p> : null}
        {conflict && state.values ? (
          <ul className="mt-2 list-disc pl-5">
            {FORMULATION_FACTORS.map((factor) => (
              <li key={factor}>
                What you typed for {FORMULATION_FACTOR_LABELS[factor].toLowerCase()}: {state.values?.[factor] || '—'}
              </li>
            ))}
          </ul>
        ) : null}
      </ErrorSummary>
      {FORMULATION_FACTORS.map((factor) => (
        <TextAreaField
          key={factor}
          label={FORMULATION_FACTOR_LABELS[factor]}
          name={factor}
          rows={3}
          maxLength={LIMITS.formulationFactor}
          hint={HINTS[factor]}
          defaultValue={valueOf(factor)}
          error={conflict ? undefined : firstError(state, factor)}
        />
      ))}
      <label className="flex items-start gap-3 text-sm text-slate-800">
        <input
          type="checkbox"
          name="sharedWithClient"
          defaultChecked={
            state.status === 'error' && !conflict ? state.values?.sharedWithClient === 'on' : current.sharedWithClient
          }
          className="mt-0.5 size-5 accent-brand-700"
        />
        <span>
          Share the formulation with the client
          <span className="block text-slate-600">
            It shows on their plan in the portal. Off by default: it is your working document.
          </span>
        </span>
      </label>
      <SubmitButton pendingLabel="Saving…">Save formulation</SubmitButton>
    </form>
  );
}
