'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { TextAreaField, TextField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { firstError, idleFormState, type FormState } from '@/lib/form-state';
import { LIMITS } from '@/lib/validation/limits';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Signs the plan version shown on the page (its hash travels with the form, so a plan that
 * changed meanwhile is not signed by mistake), with the signer's typed full name.
 */
export function SignPlanForm({
  action,
  clientId,
  planHash,
  expectedName,
  needsReason,
  minimumGoals,
  submitLabel,
  intro,
}: {
  action: Action;
  clientId?: string;
  planHash: string;
  expectedName: string;
  needsReason: boolean;
  minimumGoals: number;
  submitLabel: string;
  intro: string;
}) {
  const [state, formAction] = useActionState(action, idleFormState);
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4" key={state.submittedAt ?? 0}>
      {clientId ? <input type="hidden" name="clientId" value={clientId} /> : null}
      <input type="hidden" name="planHash" value={planHash} />
      {state.status === 'success' && state.message ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} />
      <p className="text-sm text-slate-800">{intro}</p>
      {needsReason ? (
        <TextAreaField
          label="Why fewer goals for now"
          name="shortfallReason"
          required
          rows={2}
          maxLength={LIMITS.shortfallReason}
          hint={`The clinic usually asks for ${minimumGoals} goals. A short reason is kept with the signature.`}
          defaultValue={values?.shortfallReason ?? ''}
          error={firstError(state, 'shortfallReason')}
        />
      ) : null}
      <TextField
        label="Type your full name to sign"
        name="typedName"
        required
        autoComplete="name"
        hint={`As it appears on your account: ${expectedName}.`}
        defaultValue={values?.typedName ?? ''}
        error={firstError(state, 'typedName')}
        className="max-w-md"
      />
      <SubmitButton pendingLabel="Signing…">{submitLabel}</SubmitButton>
    </form>
  );
}
