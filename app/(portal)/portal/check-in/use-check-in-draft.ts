'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { hasRiskAnswer, keptValuesForPage, type CheckInDraftEntry } from '@/lib/device-drafts/rules';
import {
  cancelScheduledSend,
  claimDeviceDraft,
  forgetDeviceDraft,
  keepAndSend,
  onSyncEvent,
  readKeptDraft,
  sendPending,
  type SyncEvent,
} from '@/lib/device-drafts/sync';

/** How long after the last change an answer is saved as a draft. */
export const DRAFT_DELAY_MS = 3000;

export type DraftStatus =
  Pick<SyncEvent, 'state' | 'message' | 'riskKept'> | { state: 'idle'; message?: undefined; riskKept?: undefined };

function valuesOf(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && !name.startsWith('$ACTION') && name !== 'intent') values[name] = value;
  }
  return values;
}

/** Puts kept answers back by today's names (a radio group by its name), see `keptValuesForPage`. */
function restore(form: HTMLFormElement, values: Record<string, string>) {
  for (const [name, value] of Object.entries(keptValuesForPage(values, valuesOf(form)))) {
    const field = form.elements.namedItem(name);
    if (field instanceof RadioNodeList) field.value = value;
    else if (field instanceof HTMLInputElement && field.type !== 'hidden') field.value = value;
  }
}

/**
 * Keeps a check-in as the client goes (ADR 10), the before-session one ("check-in") or the
 * after-session SRS ("after-check-in"): every change is kept on the phone at once and saved as
 * a draft a few seconds later; answers kept earlier (a closed tab, a lost connection, an idle
 * sign-out) are put back and sent. Offline, "Send" and "Save for later" keep the answers
 * instead of failing.
 */
export function useCheckInDraft(
  kind: CheckInDraftEntry['kind'],
  therapySessionId: string,
  closesAt: string,
  formState: { status: string; submittedAt?: number },
) {
  const formRef = useRef<HTMLFormElement>(null);
  const submitting = useRef(false);
  const [status, setStatus] = useState<DraftStatus>({ state: 'idle' });
  const [riskSaved, setRiskSaved] = useState(false);

  useEffect(() => {
    const release = claimDeviceDraft(kind, therapySessionId);
    const stop = onSyncEvent((event) => {
      if (event.kind !== kind || event.id !== therapySessionId) return;
      setStatus(event);
      const form = formRef.current;
      if (form && (event.state === 'saved' || event.riskKept) && hasRiskAnswer(valuesOf(form))) setRiskSaved(true);
    });
    const offline = () => setStatus((current) => (current.state === 'saving' ? { state: 'offline' } : current));
    window.addEventListener('offline', offline);
    void readKeptDraft(kind, therapySessionId).then((entry) => {
      if (entry?.kind !== kind || !formRef.current) return;
      restore(formRef.current, entry.values);
      void sendPending();
    });
    return () => {
      release();
      stop();
      window.removeEventListener('offline', offline);
      // Sent with "Send": the page now says so, and the kept copy has done its job.
      if (submitting.current) void forgetDeviceDraft(kind, therapySessionId);
    };
  }, [kind, therapySessionId]);

  // "Save for later" worked: the server has what the form had. A refused submit: keep what was typed.
  useEffect(() => {
    submitting.current = false;
    if (formState.status === 'success') void forgetDeviceDraft(kind, therapySessionId);
  }, [formState.status, formState.submittedAt, kind, therapySessionId]);

  const keep = (delayMs: number) => {
    const form = formRef.current;
    if (!form) return;
    void keepAndSend(
      {
        kind,
        therapySessionId,
        values: valuesOf(form),
        closesAt,
        changedAt: new Date().toISOString(),
        riskSent: false,
      },
      delayMs,
    );
  };

  return {
    formRef,
    status,
    riskSaved,
    onChange: () => keep(DRAFT_DELAY_MS),
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      if (!navigator.onLine) {
        event.preventDefault();
        keep(0);
        return;
      }
      cancelScheduledSend();
      submitting.current = true;
    },
  };
}
