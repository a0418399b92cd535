'use client';

import { useActionState, useCallback, useMemo, useRef, useState } from 'react';
import { ButtonLink } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { toQualityInput } from '@/lib/domain/goal-form';
import { checkGoalQuality } from '@/lib/domain/goal-quality';
import type { GoalView } from '@/lib/data/goals';
import { firstError, idleFormState, type FormState } from '@/lib/form-state';
import { LIMITS } from '@/lib/validation/limits';
import { draftFromValues, valuesFromForm, valuesFromVersion, type GoalFormValues } from './form-values';
import type { GoalFieldsProps } from './goal-fields';
import { GoalMeasureFields } from './goal-measure-fields';
import { GoalReflectionFields } from './goal-reflection-fields';
import { GoalStepsFields } from './goal-steps-fields';
import { GoalWordingFields } from './goal-wording-fields';
import { FIELD_LABELS, type Audience } from './labels';
import { QualityReport } from './quality-report';

type GoalAction = (state: FormState<GoalView>, formData: FormData) => Promise<FormState<GoalView>>;

/**
 * Proposing or re-wording a goal, with the goal-quality check shown live as people type. The
 * check is the same pure module the server runs when it stores the version, so what is shown
 * here is what gets saved with it. It advises; it never blocks the save.
 */
export function GoalForm({
  action,
  audience,
  initial,
  hidden,
  today,
  submitLabel,
  pendingLabel,
  cancelHref,
  isRevision = false,
}: {
  action: GoalAction;
  audience: Audience;
  initial: GoalFormValues;
  hidden: Record<string, string>;
  today: string;
  submitLabel: string;
  pendingLabel: string;
  cancelHref: string;
  isRevision?: boolean;
}) {
  const [state, formAction] = useActionState(action, idleFormState as FormState<GoalView>);
  const conflict = state.code === 'conflict' ? state.data : undefined;
  // After a failed save React resets the form: rebuild it from what was typed. After a
  // conflict, from the newer version, with what was typed shown above it.
  const values = conflict
    ? valuesFromVersion(conflict.current)
    : state.status === 'error'
      ? (state.values ?? initial)
      : initial;
  const hiddenNow = conflict ? { ...hidden, expectedVersion: String(conflict.current.number) } : hidden;
  return (
    <GoalFormBody
      key={`${state.submittedAt ?? 0}`}
      formAction={formAction}
      state={state}
      values={values}
      hidden={hiddenNow}
      audience={audience}
      today={today}
      submitLabel={submitLabel}
      pendingLabel={pendingLabel}
      cancelHref={cancelHref}
      isRevision={isRevision}
      typedBeforeConflict={conflict ? state.values : undefined}
    />
  );
}

function GoalFormBody({
  formAction,
  state,
  values,
  hidden,
  audience,
  today,
  submitLabel,
  pendingLabel,
  cancelHref,
  isRevision,
  typedBeforeConflict,
}: {
  formAction: (formData: FormData) => void;
  state: FormState<GoalView>;
  values: GoalFormValues;
  hidden: Record<string, string>;
  audience: Audience;
  today: string;
  submitLabel: string;
  pendingLabel: string;
  cancelHref: string;
  isRevision: boolean;
  typedBeforeConflict: GoalFormValues | undefined;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [live, setLive] = useState<GoalFormValues>(values);
  const report = useMemo(() => checkGoalQuality(toQualityInput(draftFromValues(live)), today), [live, today]);
  const errors = typedBeforeConflict ? idleFormState : state;
  const isClient = audience === 'client';
  const fields: GoalFieldsProps = {
    values,
    labels: FIELD_LABELS[audience],
    isClient,
    error: (field) => firstError(errors, field),
  };
  // Stable, so the steps list can call it after adding or removing a row.
  const refresh = useCallback(() => {
    if (formRef.current) setLive(valuesFromForm(formRef.current));
  }, []);

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      onInput={refresh}
      onChange={refresh}
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]"
    >
      <div className="space-y-6 lg:col-start-1 lg:row-start-1">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <GoalErrorSummary state={state} typedBeforeConflict={typedBeforeConflict} isClient={isClient} />
        <GoalWordingFields {...fields} report={report} />
        <GoalReflectionFields {...fields} />
        <GoalMeasureFields {...fields} today={today} />
        <GoalStepsFields {...fields} onRowsChange={refresh} />
        {isRevision ? <ChangeNoteField {...fields} /> : null}
      </div>
      {/* On a phone the check sits between the fields and the buttons; on a wide screen, beside the fields. */}
      <div className="lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-start">
        <QualityReport report={report} audience={audience} headingLevel={2} />
      </div>
      <div className="flex flex-wrap gap-3 lg:col-start-1 lg:row-start-2">
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
        <ButtonLink href={cancelHref} variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}

/** The save's errors; after a conflict, what was typed, since the form now shows the newer version. */
function GoalErrorSummary({
  state,
  typedBeforeConflict,
  isClient,
}: {
  state: FormState<GoalView>;
  typedBeforeConflict: GoalFormValues | undefined;
  isClient: boolean;
}) {
  return (
    <ErrorSummary state={state} message={typedBeforeConflict ? 'Not saved: this goal changed' : undefined}>
      {typedBeforeConflict ? <p>{state.message}</p> : null}
      {typedBeforeConflict ? (
        <p className="mt-2">
          What you wrote: “{typedBeforeConflict.wording || '—'}”. The form now shows the newer version
          {isClient ? '' : ' (by the other side)'}.
        </p>
      ) : null}
    </ErrorSummary>
  );
}

/** On a revision only: a few words on why the goal changed, kept with the version. */
function ChangeNoteField({ values, isClient, error }: GoalFieldsProps) {
  return (
    <TextAreaField
      label={isClient ? 'Why the change?' : 'Why this change'}
      name="changeNote"
      rows={2}
      maxLength={LIMITS.changeNote}
      hint={
        isClient
          ? 'Changing a goal is a normal part of the work. A few words help your therapist understand.'
          : 'Kept with the version, for both of you.'
      }
      defaultValue={values.changeNote ?? ''}
      error={error('changeNote')}
    />
  );
}
