'use client';

import { useActionState } from 'react';
import { ChoiceScale } from '@/components/choice-scale';
import { Alert } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { GoalRatingView } from '@/lib/data/therapy-sessions';
import { idleFormState } from '@/lib/form-state';
import { GAS_LEVEL_FIELDS, GAS_LEVEL_LABELS } from '@/lib/validation/field-names';
import { rateGasAction, saveGasScaleAction } from './actions';
import { LIMITS } from '@/lib/validation/limits';

const LEVEL_KEYS = { levelMinus2: '-2', levelMinus1: '-1', level0: '0', levelPlus1: '1', levelPlus2: '2' } as const;

/** Describe all five GAS levels of a goal in words (a rewrite is a new version). */
export function GasScaleForm({ goal, idPrefix }: { goal: GoalRatingView; idPrefix: string }) {
  const [state, action] = useActionState(saveGasScaleAction, idleFormState);
  const values = state.status === 'error' ? state.values : undefined;
  const scale = goal.gas.scale;
  return (
    <form action={action} noValidate className="space-y-3" key={state.submittedAt}>
      <input type="hidden" name="goalId" value={goal.goalId} />
      {state.status === 'success' ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} idPrefix={idPrefix} />
      {[...GAS_LEVEL_FIELDS].reverse().map((field) => (
        <TextField
          key={field}
          label={GAS_LEVEL_LABELS[field]}
          name={field}
          idPrefix={idPrefix}
          required
          maxLength={LIMITS.gasLevel}
          defaultValue={values?.[field] ?? scale?.levels[LEVEL_KEYS[field]] ?? ''}
          error={state.fieldErrors?.[field]?.[0]}
        />
      ))}
      <TextField
        label="Weight"
        name="weight"
        idPrefix={idPrefix}
        inputMode="decimal"
        hint="How much this goal counts in the overall score; leave empty for 1."
        defaultValue={values?.weight ?? (scale?.weight != null ? String(scale.weight) : '')}
        error={state.fieldErrors?.weight?.[0]}
      />
      <SubmitButton pendingLabel="Saving…" variant="secondary">
        {scale ? 'Save as a new version' : 'Save levels'}
      </SubmitButton>
    </form>
  );
}

/** Rate a goal against its described levels, at this session. */
export function GasRatingForm({
  goal,
  therapySessionId,
  idPrefix,
}: {
  goal: GoalRatingView;
  therapySessionId: string;
  idPrefix: string;
}) {
  const [state, action] = useActionState(rateGasAction, idleFormState);
  const scale = goal.gas.scale;
  if (!scale) return null;
  const options = (['-2', '-1', '0', '1', '2'] as const).map((level) => ({
    value: level,
    label: (
      <span className="flex flex-col items-start gap-0.5 px-2 text-left">
        <span className="font-semibold">{level === '1' || level === '2' ? `+${level}` : level}</span>
        <span className="text-xs font-normal">{scale.levels[level]}</span>
      </span>
    ),
  }));
  return (
    <form action={action} noValidate className="space-y-3" key={state.submittedAt}>
      <input type="hidden" name="goalId" value={goal.goalId} />
      <input type="hidden" name="therapySessionId" value={therapySessionId} />
      {state.status === 'success' ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} idPrefix={idPrefix} />
      <ChoiceScale
        legend="Attainment at this session"
        name="level"
        idPrefix={idPrefix}
        options={options}
        columns="grid-cols-1 sm:grid-cols-5"
        defaultValue={state.values?.level ?? (goal.gas.level !== null ? String(goal.gas.level) : null)}
        error={state.fieldErrors?.level?.[0]}
      />
      <SubmitButton pendingLabel="Saving…" variant="secondary">
        Save attainment
      </SubmitButton>
    </form>
  );
}
