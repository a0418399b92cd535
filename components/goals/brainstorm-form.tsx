'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { TextAreaField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { BrainstormAnswerView } from '@/lib/data/brainstorm';
import { firstError, idleFormState, type FormState } from '@/lib/form-state';
import { LIMITS } from '@/lib/validation/limits';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The client's answers to the five prompts. There are no wrong answers, and none is required. */
export function BrainstormForm({ action, answers }: { action: Action; answers: BrainstormAnswerView[] }) {
  const [state, formAction] = useActionState(action, idleFormState);
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <form action={formAction} noValidate className="space-y-5" key={state.submittedAt ?? 0}>
      {state.status === 'success' && state.message ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} />
      {answers.map((answer) => (
        <TextAreaField
          key={answer.prompt}
          label={answer.question}
          name={answer.prompt}
          rows={3}
          maxLength={LIMITS.brainstormAnswer}
          defaultValue={values?.[answer.prompt] ?? answer.answer ?? ''}
          error={firstError(state, answer.prompt)}
        />
      ))}
      <SubmitButton pendingLabel="Saving…">Save my answers</SubmitButton>
    </form>
  );
}
