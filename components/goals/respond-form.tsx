'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { RadioGroupField, TextAreaField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { GoalView } from '@/lib/data/goals';
import type { Position } from '@/lib/domain/consensus/types';
import { firstError, idleFormState, type FormState } from '@/lib/form-state';
import { POSITION_CHOICES, type Audience } from './labels';
import { LIMITS } from '@/lib/validation/limits';

type Action = (state: FormState<GoalView>, formData: FormData) => Promise<FormState<GoalView>>;

/** Agree, would like changes, or disagree with the wording as it is now, with an optional comment. */
export function RespondForm({
  action,
  goalId,
  versionNumber,
  audience,
  current,
  onBehalfOfClient = false,
}: {
  action: Action;
  goalId: string;
  versionNumber: number;
  audience: Audience;
  current: Position | null;
  /** The clinician records the answer a client without a portal account gave in session. */
  onBehalfOfClient?: boolean;
}) {
  const idPrefix = onBehalfOfClient ? 'for-client' : 'own';
  const [state, formAction] = useActionState(action, idleFormState as FormState<GoalView>);
  const values = state.status === 'error' ? state.values : undefined;
  const choices = POSITION_CHOICES[audience];
  const chosen = values?.position ?? current ?? '';
  return (
    <form action={formAction} noValidate className="space-y-4" key={state.submittedAt ?? 0}>
      <input type="hidden" name="goalId" value={goalId} />
      {onBehalfOfClient ? <input type="hidden" name="onBehalfOfClient" value="on" /> : null}
      <input
        type="hidden"
        name="versionNumber"
        value={state.code === 'conflict' && state.data ? state.data.current.number : versionNumber}
      />
      {state.status === 'success' && state.message ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} idPrefix={idPrefix} />
      <RadioGroupField
        legend={
          onBehalfOfClient
            ? 'The client’s answer, as they gave it in session'
            : audience === 'client'
              ? 'Do you agree with this wording?'
              : 'Your position on this wording'
        }
        name="position"
        idPrefix={idPrefix}
        options={(Object.keys(choices) as Position[]).map((position) => ({
          value: position,
          label: choices[position],
        }))}
        defaultValue={chosen}
        error={firstError(state, 'position')}
      />
      <TextAreaField
        label="Comment"
        name="comment"
        idPrefix={idPrefix}
        rows={2}
        maxLength={LIMITS.positionComment}
        hint={
          audience === 'client'
            ? 'If you would like changes, say what would make it feel right.'
            : 'Especially useful when asking for changes.'
        }
        defaultValue={values?.comment ?? ''}
        error={firstError(state, 'comment')}
      />
      <SubmitButton pendingLabel="Saving…">
        {onBehalfOfClient ? 'Record the client’s answer' : audience === 'client' ? 'Send my answer' : 'Save position'}
      </SubmitButton>
    </form>
  );
}
