import { TextField } from '@/components/ui/field';
import { LIMITS } from '@/lib/validation/limits';
import type { GoalFieldsProps } from './goal-fields';

/** How progress is counted and by when: the measure, the target, the due date and the frequency. */
export function GoalMeasureFields({ values, labels, isClient, error, today }: GoalFieldsProps & { today: string }) {
  return (
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
  );
}
