'use client';

import { useActionState } from 'react';
import { FieldError } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { firstError, idleFormState, type FormState } from '@/lib/form-state';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Marks a goal as one of the client's (up to three) focus goals, or takes it off. */
export function FocusForm({ action, goalId, focus }: { action: Action; goalId: string; focus: boolean }) {
  const [state, formAction] = useActionState(action, idleFormState);
  const error = state.status === 'error' ? (firstError(state, 'focus') ?? state.message) : undefined;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="goalId" value={goalId} />
      <input type="hidden" name="focus" value={focus ? 'false' : 'true'} />
      <SubmitButton pendingLabel="Saving…" variant="secondary">
        {focus ? 'Take off my focus list' : 'Make this one of my focus goals'}
      </SubmitButton>
      <FieldError id={`focus-error-${goalId}`} message={error} />
    </form>
  );
}
