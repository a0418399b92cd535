'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { StatusChangeTarget } from '@/lib/domain/consensus/lifecycle';
import { ACHIEVEMENT_STATUSES } from '@/lib/domain/consensus/types';
import { firstError, idleFormState, type FormState } from '@/lib/form-state';
import { ACHIEVEMENT_LABELS, STATUS_CHANGE_LABELS } from './labels';
import { LIMITS } from '@/lib/validation/limits';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** A status change is an event with a reason; the wording and its agreement stay as they are. */
export function StatusChangeForm({
  action,
  goalId,
  targets,
}: {
  action: Action;
  goalId: string;
  targets: StatusChangeTarget[];
}) {
  const [state, formAction] = useActionState(action, idleFormState);
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4" key={state.submittedAt ?? 0}>
      <input type="hidden" name="goalId" value={goalId} />
      {state.status === 'success' && state.message ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} />
      <SelectField
        label="What should happen"
        name="target"
        required
        options={targets.map((target) => ({ value: target, label: STATUS_CHANGE_LABELS[target] }))}
        emptyLabel="Choose…"
        defaultValue={values?.target ?? ''}
        error={firstError(state, 'target')}
      />
      <SelectField
        label="Achievement"
        name="achievementStatus"
        options={ACHIEVEMENT_STATUSES.map((status) => ({ value: status, label: ACHIEVEMENT_LABELS[status] }))}
        emptyLabel="Leave as it is"
        defaultValue={values?.achievementStatus ?? ''}
        error={firstError(state, 'achievementStatus')}
      />
      <TextAreaField
        label="Reason"
        name="reason"
        required
        rows={2}
        maxLength={LIMITS.goalStatusReason}
        hint="Kept with the goal’s history and shown to the client."
        defaultValue={values?.reason ?? ''}
        error={firstError(state, 'reason')}
      />
      <SubmitButton pendingLabel="Saving…" variant="secondary">
        Change status
      </SubmitButton>
    </form>
  );
}
