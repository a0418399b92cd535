import { TextAreaField, TextField } from '@/components/ui/field';
import { LIMITS } from '@/lib/validation/limits';
import type { GoalFieldsProps } from './goal-fields';

/** The GROW reflection: where things stand, the options, the obstacles, the first step and how sure it feels. */
export function GoalReflectionFields({ values, labels, isClient, error }: GoalFieldsProps) {
  return (
    <fieldset className="space-y-4">
      <legend className="text-base font-semibold text-slate-900">{isClient ? 'Thinking it through' : 'GROW'}</legend>
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
  );
}
