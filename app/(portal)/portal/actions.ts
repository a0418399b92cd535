'use server';

import { revalidatePath } from 'next/cache';
import { saveAfterCheckIn, saveBeforeCheckIn } from '@/lib/data/check-ins';
import { tickObjective } from '@/lib/data/objective-ticks';
import { deviceDraftAction } from '@/lib/device-drafts/send-action';
import { afterCheckInFromForm, checkInFromForm } from '@/lib/validation/check-ins';

/*
 * Sending what the phone kept (ADR 10), from any portal page: check-in answers (before and
 * after the session) saved as a draft a few seconds after each change or when the connection returns, and step ticks made
 * offline. The data layer validates and authorises each as it does for the forms.
 */

const sendCheckIn = deviceDraftAction(async (values) => {
  // Always a draft: a kept copy never sends a check-in on the client's behalf.
  await saveBeforeCheckIn(checkInFromForm({ ...values, intent: 'draft' }));
});

const sendAfterCheckIn = deviceDraftAction(async (values) => {
  // Always a draft, as above: the client sends the SRS with "Send".
  await saveAfterCheckIn(afterCheckInFromForm({ ...values, intent: 'draft' }));
});

const sendTick = deviceDraftAction(async (values) => {
  await tickObjective({
    objectiveId: values.objectiveId,
    doneOn: values.doneOn,
    note: values.note ?? '',
    submissionKey: values.submissionKey,
  });
  revalidatePath('/portal', 'layout');
});

export async function sendCheckInDraft(values: unknown) {
  return sendCheckIn(values);
}

export async function sendAfterCheckInDraft(values: unknown) {
  return sendAfterCheckIn(values);
}

export async function sendStepTick(values: unknown) {
  return sendTick(values);
}
