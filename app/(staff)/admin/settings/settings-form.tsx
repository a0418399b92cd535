'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { CheckboxField, SelectField, TextField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { firstError, idleFormState } from '@/lib/form-state';
import { updateSettingsAction } from './actions';
import { LIMITS } from '@/lib/validation/limits';

export interface SettingsFormValues {
  name: string;
  timeZone: string;
  minimumGoalsPerPlan: string;
  reviewCadenceDays: string;
  phq9AtIntake: boolean;
  phq9EveryNthSession: string;
  gad7AtIntake: boolean;
  gad7EveryNthSession: string;
  orsLicensed: boolean;
  srsLicensed: boolean;
  crisisContacts: { name: string; phone: string; hours: string }[];
}

function Fieldset({ legend, children, hint }: { legend: string; children: React.ReactNode; hint?: string }) {
  return (
    <fieldset className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <legend className="px-1 text-lg font-semibold text-slate-900">{legend}</legend>
      {hint ? <p className="text-sm text-slate-700">{hint}</p> : null}
      {children}
    </fieldset>
  );
}

export function SettingsForm({ initial, timeZones }: { initial: SettingsFormValues; timeZones: string[] }) {
  const [state, action] = useActionState(updateSettingsAction, idleFormState);
  const failed = state.status === 'error';
  const typed = failed ? (state.values ?? {}) : null;
  const text = (name: string, fallback: string) => (typed ? (typed[name] ?? '') : fallback);
  const checked = (name: string, fallback: boolean) => (typed ? typed[name] === 'on' : fallback);
  const error = (name: string) => firstError(state, name);
  return (
    <form action={action} noValidate className="space-y-6" key={state.submittedAt}>
      {state.status === 'success' ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} message={state.message ? `${state.message} Nothing was saved.` : undefined} />

      <Fieldset legend="Organisation">
        <TextField
          label="Name"
          name="name"
          required
          maxLength={LIMITS.organizationName}
          defaultValue={text('name', initial.name)}
          error={error('name')}
        />
        <SelectField
          label="Time zone"
          name="timeZone"
          required
          hint="Weeks, months and review dates follow this time zone."
          defaultValue={text('timeZone', initial.timeZone)}
          error={error('timeZone')}
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </SelectField>
      </Fieldset>

      <Fieldset legend="Plans">
        <TextField
          label="Minimum goals per plan"
          name="minimumGoalsPerPlan"
          inputMode="numeric"
          required
          hint="1 to 10. A plan with fewer goals can still be signed, with a reason."
          defaultValue={text('minimumGoalsPerPlan', initial.minimumGoalsPerPlan)}
          error={error('minimumGoalsPerPlan')}
        />
        <TextField
          label="Review cadence (days)"
          name="reviewCadenceDays"
          inputMode="numeric"
          required
          hint="7 to 365. How long after signing a plan it is due for review."
          defaultValue={text('reviewCadenceDays', initial.reviewCadenceDays)}
          error={error('reviewCadenceDays')}
        />
      </Fieldset>

      <Fieldset
        legend="Measure schedule"
        hint="When clients are asked to complete the PHQ-9 (mood) and GAD-7 (anxiety) questionnaires. 0 means only at intake."
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-3">
            <CheckboxField
              label="PHQ-9 at the first session"
              name="phq9AtIntake"
              defaultChecked={checked('phq9AtIntake', initial.phq9AtIntake)}
            />
            <TextField
              label="PHQ-9 every how many sessions"
              name="phq9EveryNthSession"
              inputMode="numeric"
              required
              defaultValue={text('phq9EveryNthSession', initial.phq9EveryNthSession)}
              error={error('phq9EveryNthSession')}
            />
          </div>
          <div className="space-y-3">
            <CheckboxField
              label="GAD-7 at the first session"
              name="gad7AtIntake"
              defaultChecked={checked('gad7AtIntake', initial.gad7AtIntake)}
            />
            <TextField
              label="GAD-7 every how many sessions"
              name="gad7EveryNthSession"
              inputMode="numeric"
              required
              defaultValue={text('gad7EveryNthSession', initial.gad7EveryNthSession)}
              error={error('gad7EveryNthSession')}
            />
          </div>
        </div>
      </Fieldset>

      <Fieldset
        legend="Licensed instruments"
        hint={
          'The Outcome and Session Rating Scales need a licence. Switch them off if your organisation does not ' +
          'hold one: clients are then not asked them.'
        }
      >
        <CheckboxField
          label="Outcome Rating Scale (ORS) is licensed"
          name="orsLicensed"
          defaultChecked={checked('orsLicensed', initial.orsLicensed)}
        />
        <CheckboxField
          label="Session Rating Scale (SRS) is licensed"
          name="srsLicensed"
          defaultChecked={checked('srsLicensed', initial.srsLicensed)}
        />
      </Fieldset>

      <Fieldset
        legend="Crisis contacts"
        hint="Shown to clients wherever they might need urgent help. Leave a row empty to remove it."
      >
        {initial.crisisContacts.map((contact, i) => (
          <div
            key={i}
            className="grid gap-3 border-t border-slate-100 pt-3 first-of-type:border-0 first-of-type:pt-0 sm:grid-cols-3"
          >
            <TextField
              label={`Contact ${i + 1} name`}
              name={`crisisName${i}`}
              maxLength={LIMITS.crisisContactName}
              defaultValue={text(`crisisName${i}`, contact.name)}
              error={error(`crisisName${i}`)}
            />
            <TextField
              label={`Contact ${i + 1} phone`}
              name={`crisisPhone${i}`}
              type="tel"
              maxLength={LIMITS.crisisContactPhone}
              defaultValue={text(`crisisPhone${i}`, contact.phone)}
              error={error(`crisisPhone${i}`)}
            />
            <TextField
              label={`Contact ${i + 1} hours`}
              name={`crisisHours${i}`}
              maxLength={LIMITS.crisisContactHours}
              defaultValue={text(`crisisHours${i}`, contact.hours)}
              error={error(`crisisHours${i}`)}
            />
          </div>
        ))}
      </Fieldset>

      <SubmitButton pendingLabel="Saving settings…">Save settings</SubmitButton>
    </form>
  );
}
