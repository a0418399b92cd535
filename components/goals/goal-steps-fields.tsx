'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { MAX_OBJECTIVES } from '@/lib/validation/limits';
import { LIMITS } from '@/lib/validation/limits';
import { objectiveRows, type ObjectiveRowValues } from './form-values';
import type { GoalFieldsProps } from './goal-fields';

const PERIOD_OPTIONS = [
  { value: 'day', label: 'a day' },
  { value: 'week', label: 'a week' },
  { value: 'month', label: 'a month' },
];

const EMPTY_ROW: ObjectiveRowValues = { id: '', description: '', timesPerPeriod: '', period: '', durationWeeks: '' };

type KeyedRow = ObjectiveRowValues & { key: string };

let nextRowKey = 0;
const withKeys = (rows: ObjectiveRowValues[]): KeyedRow[] =>
  rows.map((row) => ({ ...row, key: `row-${(nextRowKey += 1)}` }));

/**
 * The goal's steps (objectives), one row each, added and removed in place. Rows keep the dotted
 * names `objectives.<index>.<field>` the server reads. `onRowsChange` runs after a row is added or
 * removed, since that changes the form without an input event; it must be a stable function.
 */
export function GoalStepsFields({
  values,
  labels,
  isClient,
  error,
  onRowsChange,
}: GoalFieldsProps & { onRowsChange: () => void }) {
  const [rows, setRows] = useState(() => withKeys(objectiveRows(values)));
  useEffect(() => {
    onRowsChange();
  }, [rows, onRowsChange]);
  return (
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
          <StepRow
            key={row.key}
            row={row}
            index={index}
            error={error}
            onRemove={() => setRows((current) => current.filter((candidate) => candidate.key !== row.key))}
          />
        ))}
      </ol>
      {rows.length < MAX_OBJECTIVES ? (
        <Button variant="secondary" onClick={() => setRows((current) => [...current, ...withKeys([EMPTY_ROW])])}>
          Add a step
        </Button>
      ) : null}
    </fieldset>
  );
}

/** One step: what it is, how many times per day, week or month, and for how many weeks. */
function StepRow({
  row,
  index,
  error,
  onRemove,
}: {
  row: ObjectiveRowValues;
  index: number;
  error: GoalFieldsProps['error'];
  onRemove: () => void;
}) {
  const name = (field: keyof ObjectiveRowValues) => `objectives.${index}.${field}`;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3">
      <input type="hidden" name={name('id')} value={row.id} />
      <TextField
        label={`Step ${index + 1}`}
        name={name('description')}
        required
        maxLength={LIMITS.stepDescription}
        defaultValue={row.description}
        error={error(name('description'))}
      />
      <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
        <TextField
          label="Times"
          name={name('timesPerPeriod')}
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          defaultValue={row.timesPerPeriod}
          error={error(name('timesPerPeriod'))}
        />
        <SelectField
          label="Per"
          name={name('period')}
          options={PERIOD_OPTIONS}
          emptyLabel="—"
          defaultValue={row.period}
          error={error(name('period'))}
        />
        <TextField
          label="For how many weeks"
          name={name('durationWeeks')}
          type="number"
          inputMode="numeric"
          min={1}
          max={104}
          defaultValue={row.durationWeeks}
          error={error(name('durationWeeks'))}
          className="col-span-2 sm:col-span-1"
        />
      </div>
      <Button variant="quiet" className="mt-2" onClick={onRemove}>
        Remove step {index + 1}
      </Button>
    </li>
  );
}
