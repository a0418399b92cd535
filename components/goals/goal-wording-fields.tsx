import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import type { GoalQualityReport } from '@/lib/domain/goal-quality';
import {
  FORMULATION_FACTOR_LABELS,
  FORMULATION_FACTORS,
  GOAL_TYPE_LABELS,
  GOAL_TYPES,
  THEMES,
} from '@/lib/domain/themes';
import { LIMITS } from '@/lib/validation/limits';
import type { GoalFieldsProps } from './goal-fields';

const THEME_OPTIONS = THEMES.map((theme) => ({ value: theme.id, label: theme.label }));
const TYPE_OPTIONS = GOAL_TYPES.map((type) => ({ value: type, label: GOAL_TYPE_LABELS[type] }));
const FACTOR_OPTIONS = FORMULATION_FACTORS.map((factor) => ({
  value: factor,
  label: FORMULATION_FACTOR_LABELS[factor],
}));

const WORDING_HINT = {
  client: 'Say what you will do, for example “Go for a walk three mornings a week”.',
  therapist: 'What the client will do, in their words.',
};

/** The goal itself: its wording with the live check summary, the value it serves, its theme and type. */
export function GoalWordingFields({
  values,
  labels,
  isClient,
  error,
  report,
}: GoalFieldsProps & { report: GoalQualityReport }) {
  return (
    <fieldset className="space-y-4">
      <legend className="text-base font-semibold text-slate-900">{isClient ? 'Your goal' : 'The goal'}</legend>
      <TextAreaField
        label={labels.wording}
        name="wording"
        required
        rows={2}
        hint={`${isClient ? WORDING_HINT.client : WORDING_HINT.therapist} Up to ${LIMITS.goalWording} characters.`}
        defaultValue={values.wording ?? ''}
        error={error('wording')}
      />
      <LiveCheckSummary report={report} isClient={isClient} />
      <TextField
        label={labels.value}
        name="value"
        maxLength={LIMITS.goalValue}
        hint={isClient ? 'For example “being a patient parent”.' : 'The value this goal serves (the Relevant check).'}
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
  );
}

/** One line, announced as it changes: how many of the five checks the wording meets, and the wording tips. */
function LiveCheckSummary({ report, isClient }: { report: GoalQualityReport; isClient: boolean }) {
  const languageTips = report.framing.length + report.vagueness.length;
  return (
    <p className="text-sm text-slate-700">
      <span aria-live="polite">
        {report.summary.passed} of 5 checks met
        {languageTips > 0 ? ` · ${languageTips} wording ${languageTips === 1 ? 'tip' : 'tips'}` : ''}
      </span>{' '}
      <a href="#quality-heading" className="underline">
        {isClient ? 'See the tips' : 'See the goal check'}
      </a>
    </p>
  );
}
