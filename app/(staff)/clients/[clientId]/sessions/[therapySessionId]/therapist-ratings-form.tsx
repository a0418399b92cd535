'use client';

import { useActionState } from 'react';
import { ChoiceScale, PROGRESS_OPTIONS } from '@/components/choice-scale';
import { Alert } from '@/components/ui/alert';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { GoalRatingView } from '@/lib/data/therapy-sessions';
import { idleFormState } from '@/lib/form-state';
import { therapistRatingField } from '@/lib/validation/field-names';
import { saveTherapistRatingsAction } from './actions';

/** The therapist's own 0–10 rating of each goal for this session, made independently of the client's. */
export function TherapistRatingsForm({
  therapySessionId,
  goals,
}: {
  therapySessionId: string;
  goals: GoalRatingView[];
}) {
  const [state, action] = useActionState(saveTherapistRatingsAction, idleFormState);
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <form action={action} noValidate className="space-y-5" key={state.submittedAt}>
      <input type="hidden" name="therapySessionId" value={therapySessionId} />
      {state.status === 'success' ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} idPrefix="therapist" />
      {goals.map((goal, index) => {
        const field = therapistRatingField.progress(index);
        return (
          <div key={goal.goalId}>
            <input type="hidden" name={therapistRatingField.goalId(index)} value={goal.goalId} />
            <ChoiceScale
              legend={
                <>
                  Your rating: <span className="font-semibold">{goal.wording}</span>
                </>
              }
              name={field}
              idPrefix="therapist"
              options={PROGRESS_OPTIONS}
              anchors={['0 Not at all met', '10 Fully met']}
              defaultValue={
                values?.[field] ?? (goal.therapist?.progress != null ? String(goal.therapist.progress) : null)
              }
              error={state.fieldErrors?.[field]?.[0]}
            />
          </div>
        );
      })}
      <SubmitButton pendingLabel="Saving…">Save my ratings</SubmitButton>
    </form>
  );
}
