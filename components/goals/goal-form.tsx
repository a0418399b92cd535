'use client';

import { useActionState, useEffect, useMemo, useRef, useState } from 'react';
import { Button, ButtonLink } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { toQualityInput } from '@/lib/domain/goal-form';
import { checkGoalQuality } from '@/lib/domain/goal-quality';
import {
  FORMULATION_FACTOR_LABELS,
  FORMULATION_FACTORS,
  GOAL_TYPE_LABELS,
  GOAL_TYPES,
  THEMES,
} from '@/lib/domain/themes';
import type { GoalView } from '@/lib/data/goals';
import { firstError, idleFormState, type FormState } from '@/lib/form-state';
import { GOAL_WORDING_MAX, MAX_OBJECTIVES } from '@/lib/validation/goals';
import {
  draftFromValues,
  objectiveRows,
  valuesFromForm,
  valuesFromVersion,
  type GoalFormValues,
  type ObjectiveRowValues,
} from './form-values';
import { FIELD_LABELS, type Audience } from './labels';
import { QualityReport } from './quality-report';
import { LIMITS } from '@/lib/validation/limits';

type GoalAction = (state: FormState<GoalView>, formData: FormData) => Promise<FormState<GoalView>>;

const THEME_OPTIONS = THEMES.map((theme) => ({ value: theme.id, label: theme.label }));
const TYPE_OPTIONS = GOAL_TYPES.map((type) => ({ value: type, label: GOAL_TYPE_LABELS[type] }));
const FACTOR_OPTIONS = FORMULATION_FACTORS.map((factor) => ({
  value: factor,
  label: FORMULATION_FACTOR_LABELS[factor],
}));
const PERIOD_OPTIONS = [
  { value: 'day', label: 'a day' },
  { value: 'week', label: 'a week' },
  { value: 'month', label: 'a month' },
];

let nextRowKey = 0;
const withKeys = (rows: ObjectiveRowValues[]) => rows.map((row) => ({ ...row, key: `row-${(nextRowKey += 1)}` }));

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
  const [rows, setRows] = useState(() => withKeys(objectiveRows(values)));
  const report = useMemo(() => checkGoalQuality(toQualityInput(draftFromValues(live)), today), [live, today]);
  const labels = FIELD_LABELS[audience];
  const errors = typedBeforeConflict ? idleFormState : state;
  const error = (field: string) => firstError(errors, field);
  const refresh = () => {
    if (formRef.current) setLive(valuesFromForm(formRef.current));
  };
  // Adding or removing a step changes the form without an input event.
  useEffect(() => {
    if (formRef.current) setLive(valuesFromForm(formRef.current));
  }, [rows]);
  const isClient = audience === 'client';
  const languageTips = report.framing.length + report.vagueness.length;

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
        <ErrorSummary state={state} message={typedBeforeConflict ? 'Not saved: this goal changed' : undefined}>
          {typedBeforeConflict ? <p>{state.message}</p> : null}
          {typedBeforeConflict ? (
            <p className="mt-2">
              What you wrote: “{typedBeforeConflict.wording || '—'}”. The form now shows the newer version
              {isClient ? '' : ' (by the other side)'}.
            </p>
          ) : null}
        </ErrorSummary>

        <fieldset className="space-y-4">
          <legend className="text-base font-semibold text-slate-900">{isClient ? 'Your goal' : 'The goal'}</legend>
          <TextAreaField
            label={labels.wording}
            name="wording"
            required
            rows={2}
            hint={`${isClient ? 'Say what you will do, for example “Go for a walk three mornings a week”.' : 'What the client will do, in their words.'} Up to ${GOAL_WORDING_MAX} characters.`}
            defaultValue={values.wording ?? ''}
            error={error('wording')}
          />
          <p className="text-sm text-slate-700">
            <span aria-live="polite">
              {report.summary.passed} of 5 checks met
              {languageTips > 0 ? ` · ${languageTips} wording ${languageTips === 1 ? 'tip' : 'tips'}` : ''}
            </span>{' '}
            <a href="#quality-heading" className="underline">
              {isClient ? 'See the tips' : 'See the goal check'}
            </a>
          </p>
          <TextField
            label={labels.value}
            name="value"
            maxLength={LIMITS.goalValue}
            hint={
              isClient ? 'For example “being a patient parent”.' : 'The value this goal serves (the Relevant check).'
            }
            defaultValue={values.value ?? ''}
            error={error('value')}
          />
          <SelectField
            label={labels.theme}
            name="theme"
            options={THEME_OPTIONS}
            emptyLabel="Choose a theme"
            defaultValue={values.theme ?? ''}
            error={error('theme')}
          />
          {isClient ? (
            <>
              <input type="hidden" name="goalType" value={values.goalType ?? ''} />
              <input type="hidden" name="formulationFactor" value={values.formulationFactor ?? ''} />
            </>
          ) : (
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField
                label={labels.goalType}
                name="goalType"
                options={TYPE_OPTIONS}
                emptyLabel="Not set"
                hint="Process: done regularly. Performance: a standard. Outcome: an end result."
                defaultValue={values.goalType ?? ''}
                error={error('goalType')}
              />
              <SelectField
                label={labels.formulationFactor}
                name="formulationFactor"
                options={FACTOR_OPTIONS}
                emptyLabel="Not set"
                defaultValue={values.formulationFactor ?? ''}
                error={error('formulationFactor')}
              />
            </div>
          )}
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="text-base font-semibold text-slate-900">
            {isClient ? 'Thinking it through' : 'GROW'}
          </legend>
          <TextAreaField
            label={labels.reality}
            name="reality"
            maxLength={LIMITS.goalReflection}
            defaultValue={values.reality ?? ''}
            error={error('reality')}
          />
          <TextAreaField
            label={labels.options}
            name="options"
            maxLength={LIMITS.goalReflection}
            defaultValue={values.options ?? ''}
            error={error('options')}
          />
          <TextAreaField
            label={labels.obstacles}
            name="obstacles"
            maxLength={LIMITS.goalReflection}
            defaultValue={values.obstacles ?? ''}
            error={error('obstacles')}
          />
          <TextField
            label={labels.firstStep}
            name="firstStep"
            maxLength={LIMITS.goalFirstStep}
            defaultValue={values.firstStep ?? ''}
            error={error('firstStep')}
          />
          <TextField
            label={labels.confidence}
            name="confidence"
            type="number"
            inputMode="numeric"
            min={0}
            max={10}
            step={1}
            hint={
              isClient
                ? '0 = not at all sure, 10 = completely sure.'
                : '7 or more suggests the step is within reach (the Achievable check).'
            }
            defaultValue={values.confidence ?? ''}
            error={error('confidence')}
            className="max-w-xs"
          />
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="text-base font-semibold text-slate-900">
            {isClient ? 'Keeping track' : 'Measure and time frame'}
          </legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label={labels.measure}
              name="measure"
              maxLength={LIMITS.goalMeasure}
              hint="For example “days I walked for 20 minutes” or a 0–10 rating."
              defaultValue={values.measure ?? ''}
              error={error('measure')}
            />
            <TextField
              label={labels.target}
              name="target"
              maxLength={LIMITS.goalTarget}
              hint="For example “4 days a week”."
              defaultValue={values.target ?? ''}
              error={error('target')}
            />
            <TextField
              label={labels.dueDate}
              name="dueDate"
              type="date"
              min={today}
              defaultValue={values.dueDate ?? ''}
              error={error('dueDate')}
            />
            <TextField
              label={labels.frequency}
              name="frequency"
              maxLength={LIMITS.goalFrequency}
              hint="For example “three times a week”."
              defaultValue={values.frequency ?? ''}
              error={error('frequency')}
            />
          </div>
        </fieldset>

        <fieldset className="space-y-3">
          <legend className="text-base font-semibold text-slate-900">{labels.objectives}</legend>
          <p className="text-sm text-slate-700">
            {isClient
              ? 'Break the goal into small steps you can count, like “30-minute bike ride, 3 times a week, for 6 weeks”.'
              : 'Concrete, countable steps with a frequency and a time frame.'}
          </p>
          {error('objectives') ? <p className="text-sm font-medium text-red-700">⚠ {error('objectives')}</p> : null}
          <ol className="space-y-3">
            {rows.map((row, index) => (
              <li key={row.key} className="rounded-lg border border-slate-200 bg-white p-3">
                <input type="hidden" name={`objectives.${index}.id`} value={row.id} />
                <TextField
                  label={`Step ${index + 1}`}
                  name={`objectives.${index}.description`}
                  required
                  maxLength={LIMITS.stepDescription}
                  defaultValue={row.description}
                  error={error(`objectives.${index}.description`)}
                />
                <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
                  <TextField
                    label="Times"
                    name={`objectives.${index}.timesPerPeriod`}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={50}
                    defaultValue={row.timesPerPeriod}
                    error={error(`objectives.${index}.timesPerPeriod`)}
                  />
                  <SelectField
                    label="Per"
                    name={`objectives.${index}.period`}
                    options={PERIOD_OPTIONS}
                    emptyLabel="—"
                    defaultValue={row.period}
                    error={error(`objectives.${index}.period`)}
                  />
                  <TextField
                    label="For how many weeks"
                    name={`objectives.${index}.durationWeeks`}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={104}
                    defaultValue={row.durationWeeks}
                    error={error(`objectives.${index}.durationWeeks`)}
                    className="col-span-2 sm:col-span-1"
                  />
                </div>
                <Button
                  variant="quiet"
                  className="mt-2"
                  onClick={() => setRows((current) => current.filter((candidate) => candidate.key !== row.key))}
                >
                  Remove step {index + 1}
                </Button>
              </li>
            ))}
          </ol>
          {rows.length < MAX_OBJECTIVES ? (
            <Button
              variant="secondary"
              onClick={() =>
                setRows((current) => [
                  ...current,
                  ...withKeys([{ id: '', description: '', timesPerPeriod: '', period: '', durationWeeks: '' }]),
                ])
              }
            >
              Add a step
            </Button>
          ) : null}
        </fieldset>

        {isRevision ? (
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
        ) : null}
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
