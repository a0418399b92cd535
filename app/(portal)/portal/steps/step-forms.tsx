'use client';

import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { DraftStatusLine } from '@/components/check-in/draft-status';
import { Alert } from '@/components/ui/alert';
import { claimDeviceDraft, keepAndSend, onSyncEvent, type SyncEvent } from '@/lib/device-drafts/sync';
import { SelectField, TextField } from '@/components/ui/field';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleFormState } from '@/lib/form-state';
import { retractTickAction, tickObjectiveAction } from './actions';
import { LIMITS } from '@/lib/validation/limits';

const TICK_STATUS: Partial<Record<SyncEvent['state'], string>> = {
  offline: "You're offline — this is kept on this phone and will be sent when you're back online",
  saved: 'Sent. Well done, that is marked as done.',
};

/**
 * Offline, a tick is kept on the phone with a key of its own and sent when the connection
 * returns (ADR 10); the key makes a resend record it once.
 */
function useOfflineTick() {
  const [status, setStatus] = useState<Pick<SyncEvent, 'state' | 'message'> | { state: 'idle' }>({ state: 'idle' });
  const mine = useRef(new Map<string, () => void>());
  // A second press before the first tick is sent replaces it (same key): a double tap is one tick.
  const unsent = useRef<string | null>(null);
  useEffect(
    () =>
      onSyncEvent((event) => {
        if (event.kind !== 'tick' || !mine.current.has(event.id)) return;
        if (event.state === 'saved' || event.state === 'refused') unsent.current = null;
        setStatus(event);
      }),
    [],
  );
  // Released on leaving the page: the layout then speaks for ticks still kept.
  useEffect(() => () => mine.current.forEach((release) => release()), []);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (navigator.onLine) return;
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const submissionKey = unsent.current ?? crypto.randomUUID();
    unsent.current = submissionKey;
    if (!mine.current.has(submissionKey)) mine.current.set(submissionKey, claimDeviceDraft('tick', submissionKey));
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    void keepAndSend(
      {
        kind: 'tick',
        submissionKey,
        values: { objectiveId: field('objectiveId'), doneOn: field('doneOn'), note: field('note'), submissionKey },
        changedAt: new Date().toISOString(),
      },
      0,
    );
    setStatus({ state: 'offline' });
  };
  return { status, onSubmit };
}

/** "Done": the day (today unless changed) and an optional short note. */
export function TickForm({
  objectiveId,
  submissionKey,
  days,
  dayLabels,
  idPrefix,
}: {
  objectiveId: string;
  submissionKey: string;
  days: string[];
  dayLabels: string[];
  idPrefix: string;
}) {
  const [state, action] = useActionState(tickObjectiveAction, idleFormState);
  const offline = useOfflineTick();
  const typed = state.status === 'error' ? state.values : undefined;
  return (
    <form action={action} noValidate className="space-y-3" key={state.submittedAt} onSubmit={offline.onSubmit}>
      <input type="hidden" name="objectiveId" value={objectiveId} />
      <input type="hidden" name="submissionKey" value={submissionKey} />
      {state.status === 'success' ? <Alert tone="success">{state.message}</Alert> : null}
      <ErrorSummary state={state} idPrefix={idPrefix} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Day"
          name="doneOn"
          idPrefix={idPrefix}
          required
          options={days.map((day, index) => ({ value: day, label: dayLabels[index]! }))}
          defaultValue={typed?.doneOn ?? days[0]}
          error={state.fieldErrors?.doneOn?.[0]}
        />
        <TextField
          label="Note"
          name="note"
          idPrefix={idPrefix}
          maxLength={LIMITS.tickNote}
          hint="For example, how it went."
          defaultValue={typed?.note ?? ''}
          error={state.fieldErrors?.note?.[0]}
        />
      </div>
      <DraftStatusLine status={offline.status} texts={TICK_STATUS} />
      <SubmitButton pendingLabel="Saving…">Mark as done</SubmitButton>
    </form>
  );
}

/** Takes a tick back (kept in the record as undone). */
export function UndoTickButton({ tickId, label }: { tickId: string; label: string }) {
  const [state, action] = useActionState(retractTickAction, idleFormState);
  return (
    <form action={action} className="inline">
      <ErrorSummary state={state} />
      <input type="hidden" name="tickId" value={tickId} />
      <SubmitButton variant="quiet" pendingLabel="Undoing…" className="min-h-9 px-2 py-1">
        Undo<span className="sr-only"> {label}</span>
      </SubmitButton>
    </form>
  );
}
