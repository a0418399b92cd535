'use client';

import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleFormState, type FormState } from '@/lib/form-state';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Marks a goal as one of the client's (up to three) focus goals, or takes it off. */
export function FocusForm({ action, goalId, focus }: { action: Action; goalId: string; focus: boolean }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="space-y-2">
      <ErrorSummary state={state} />
      <input type="hidden" name="goalId" value={goalId} />
      <input type="hidden" name="focus" value={focus ? 'false' : 'true'} />
      <SubmitButton pendingLabel="Saving…" variant="secondary">
        {focus ? 'Take off my focus list' : 'Make this one of my focus goals'}
      </SubmitButton>
    </form>
  );
}
