'use client';

import { useActionState } from 'react';
import { AnalogueFields } from '@/components/check-in/analogue-fields';
import { DraftStatusLine } from '@/components/check-in/draft-status';
import { Alert } from '@/components/ui/alert';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AfterCheckIn } from '@/lib/data/check-ins';
import { SRS_ITEM_LABELS } from '@/lib/domain/scoring';
import { idleFormState } from '@/lib/form-state';
import { checkInField } from '@/lib/validation/field-names';
import { saveAfterCheckInAction } from './actions';
import { useCheckInDraft } from './use-check-in-draft';

/**
 * After a session: how it went for the client (the SRS). The buttons work without JavaScript;
 * with it each answer is also kept as the client goes, as the before-session form does (ADR 10).
 */
export function AfterCheckInForm({ checkIn }: { checkIn: AfterCheckIn }) {
  const [state, action] = useActionState(saveAfterCheckInAction, idleFormState);
  const draft = useCheckInDraft('after-check-in', checkIn.therapySessionId, checkIn.closesAt, state);
  const typed = state.status === 'error' ? state.values : undefined;
  return (
    <form
      action={action}
      noValidate
      className="space-y-4"
      key={state.submittedAt}
      ref={draft.formRef}
      onChange={draft.onChange}
      onSubmit={draft.onSubmit}
    >
      <input type="hidden" name="therapySessionId" value={checkIn.therapySessionId} />
      <input type="hidden" name="measures" value="srs" />
      {state.status === 'success' ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} idPrefix={`after-${checkIn.number}`} />
      <AnalogueFields
        instrument="srs"
        idPrefix={`after-${checkIn.number}`}
        items={SRS_ITEM_LABELS}
        values={[0, 1, 2, 3].map((i) =>
          typed ? typed[checkInField.item('srs', i)] : checkIn.srs[i] != null ? String(checkIn.srs[i]) : undefined,
        )}
        errors={state.status === 'error' ? state.fieldErrors : undefined}
      />
      <DraftStatusLine status={draft.status} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="submit" pendingLabel="Sending…">
          Send
        </SubmitButton>
        <SubmitButton name="intent" value="draft" variant="secondary" pendingLabel="Saving…">
          Save for later
        </SubmitButton>
      </div>
    </form>
  );
}
