'use client';

import { useActionState, type ReactNode } from 'react';
import { AnalogueFields } from '@/components/check-in/analogue-fields';
import { DraftStatusLine } from '@/components/check-in/draft-status';
import { SupportContacts } from '@/components/check-in/support-contacts';
import { ChoiceScale, CLARITY_OPTIONS, PROGRESS_OPTIONS } from '@/components/choice-scale';
import { Alert } from '@/components/ui/alert';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { BeforeCheckIn, CrisisContact } from '@/lib/data/check-ins';
import {
  FREQUENCY_OPTIONS,
  GAD7_ITEMS,
  GAD7_STEM,
  ORS_ITEM_LABELS,
  PHQ9_ITEMS,
  PHQ9_STEM,
  type QuestionnaireItem,
} from '@/lib/domain/scoring';
import { idleFormState } from '@/lib/form-state';
import { checkInField } from '@/lib/validation/field-names';
import { saveBeforeCheckInAction } from './actions';
import { useCheckInDraft } from './use-check-in-draft';

const ANSWER_OPTIONS = FREQUENCY_OPTIONS.map((o) => ({ value: String(o.value), label: o.label }));

/**
 * The before-session check-in: each goal's progress and clarity, then the questionnaires due.
 * "Save for later" keeps a draft (no JavaScript needed); "Send" asks for every answer. With
 * JavaScript each answer is also kept as the client goes, on the phone and as a draft (ADR 10).
 */
export function BeforeCheckInForm({
  checkIn,
  contacts,
  therapistName,
}: {
  checkIn: BeforeCheckIn;
  contacts: CrisisContact[];
  therapistName: string | null;
}) {
  const [state, action] = useActionState(saveBeforeCheckInAction, idleFormState);
  const draft = useCheckInDraft('check-in', checkIn.therapySessionId, checkIn.closesAt, state);
  const errors = state.status === 'error' ? state.fieldErrors : undefined;
  const typed = state.status === 'error' ? state.values : undefined;
  const value = (field: string, saved: number | null | undefined) =>
    typed ? typed[field] : saved === null || saved === undefined ? undefined : String(saved);
  const measures = (['phq9', 'gad7', 'ors'] as const).filter((m) => checkIn.measures[m]);
  // A refused check-in still keeps a question 9 answer above 0 (ADR 10): say who will see it.
  const riskKept = state.status === 'error' && (state.data as { riskKept?: boolean } | undefined)?.riskKept === true;
  return (
    <form
      action={action}
      noValidate
      className="space-y-6"
      key={state.submittedAt}
      ref={draft.formRef}
      onChange={draft.onChange}
      onSubmit={draft.onSubmit}
    >
      <input type="hidden" name="therapySessionId" value={checkIn.therapySessionId} />
      <input type="hidden" name="measures" value={measures.join(',')} />
      {state.status === 'success' ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} />
      {checkIn.riskNoted || riskKept || draft.riskSaved || draft.status.riskKept ? (
        <SupportContacts
          variant="after-answer"
          contacts={contacts}
          therapistName={therapistName}
          headingId="support-saved"
        />
      ) : null}

      {checkIn.goals.length > 0 ? (
        <section
          aria-labelledby="goals-heading"
          className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        >
          <h2 id="goals-heading" className="text-lg font-semibold">
            Your goals
          </h2>
          {checkIn.goals.map((goal, index) => (
            <div
              key={goal.goalId}
              className="space-y-4 border-t border-slate-100 pt-4 first-of-type:border-0 first-of-type:pt-0"
            >
              <input type="hidden" name={checkInField.goalId(index)} value={goal.goalId} />
              <h3 className="font-semibold text-slate-900">
                <span className="sr-only">Goal {index + 1}: </span>
                {goal.wording}
              </h3>
              <ChoiceScale
                legend={
                  <>
                    How close are you to reaching this goal?<span className="sr-only"> ({goal.wording})</span>
                  </>
                }
                name={checkInField.progress(index)}
                options={PROGRESS_OPTIONS}
                anchors={['0 Not at all', '10 Fully reached']}
                defaultValue={value(checkInField.progress(index), goal.progress)}
                error={errors?.[checkInField.progress(index)]?.[0]}
              />
              <ChoiceScale
                legend={
                  <>
                    How clear is this goal to you?<span className="sr-only"> ({goal.wording})</span>
                  </>
                }
                name={checkInField.clarity(index)}
                options={CLARITY_OPTIONS}
                anchors={['1 Not clear at all', '5 Completely clear']}
                defaultValue={value(checkInField.clarity(index), goal.clarity)}
                error={errors?.[checkInField.clarity(index)]?.[0]}
              />
            </div>
          ))}
        </section>
      ) : (
        <p className="rounded-xl border border-slate-200 bg-white p-4 text-slate-800">
          Once you and your therapist have agreed and signed your goals, you will rate them here too.
        </p>
      )}

      {checkIn.measures.ors ? (
        <section
          aria-labelledby="ors-heading"
          className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        >
          <h2 id="ors-heading" className="text-lg font-semibold">
            How have things been this past week?
          </h2>
          <p className="text-sm text-slate-700">
            Give each area a number from 0.0 to 10.0. Decimals like 6.5 are fine.
          </p>
          <AnalogueFields
            instrument="ors"
            items={ORS_ITEM_LABELS}
            values={[0, 1, 2, 3].map((i) => value(checkInField.item('ors', i), checkIn.measures.ors?.[i]))}
            errors={errors}
          />
        </section>
      ) : null}

      {checkIn.measures.phq9 ? (
        <Questionnaire
          id="phq9"
          title="How you have been feeling (PHQ-9)"
          stem={PHQ9_STEM}
          items={PHQ9_ITEMS}
          values={PHQ9_ITEMS.map((_item, i) => value(checkInField.item('phq9', i), checkIn.measures.phq9?.[i]))}
          errors={errors}
          before={
            <SupportContacts
              variant="before-questions"
              contacts={contacts}
              therapistName={therapistName}
              headingId="support-before-phq9"
            />
          }
        />
      ) : null}
      {checkIn.measures.gad7 ? (
        <Questionnaire
          id="gad7"
          title="Worry and anxiety (GAD-7)"
          stem={GAD7_STEM}
          items={GAD7_ITEMS}
          values={GAD7_ITEMS.map((_item, i) => value(checkInField.item('gad7', i), checkIn.measures.gad7?.[i]))}
          errors={errors}
        />
      ) : null}

      <DraftStatusLine status={draft.status} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="submit" pendingLabel="Sending…">
          Send to {therapistName ?? 'your therapist'}
        </SubmitButton>
        <SubmitButton name="intent" value="draft" variant="secondary" pendingLabel="Saving…">
          Save for later
        </SubmitButton>
      </div>
    </form>
  );
}

function Questionnaire({
  id,
  title,
  stem,
  items,
  values,
  errors,
  before,
}: {
  id: 'phq9' | 'gad7';
  title: string;
  stem: string;
  items: readonly QuestionnaireItem[];
  values: (string | undefined)[];
  errors: Record<string, string[] | undefined> | undefined;
  before?: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {before}
      <p className="text-slate-800">{stem}</p>
      {items.map((item, index) => (
        <ChoiceScale
          key={item.number}
          legend={
            <>
              {item.number}. {item.text}
            </>
          }
          name={checkInField.item(id, index)}
          options={ANSWER_OPTIONS}
          columns="grid-cols-2 sm:grid-cols-4"
          defaultValue={values[index]}
          error={errors?.[checkInField.item(id, index)]?.[0]}
        />
      ))}
    </section>
  );
}
