'use server';

import { revalidatePath } from 'next/cache';
import { saveAfterCheckIn, saveBeforeCheckIn } from '@/lib/data/check-ins';
import { tickObjective } from '@/lib/data/objective-ticks';
import { deviceDraftAction } from '@/lib/device-drafts/send-action';
import { upgradeDraftValues } from '@/lib/device-drafts/rules';
import { nestFormValues } from '@/lib/validation/form-values';

/*
 * Sending what the phone kept (ADR 10), from any portal page: check-in answers (before and
 * after the session) saved as a draft a few seconds after each change or when the connection returns, and step ticks made
 * offline. The data layer validates and authorises each as it does for the forms. Kept check-ins
 * are flat values named as the form names its fields; one kept (or sent by a page loaded) before
 * the forms named fields by schema path is upgraded first, then nested as formAction does.
 */

const sendCheckIn = deviceDraftAction(async (values) => {
  // Always a draft: a kept copy never sends a check-in on the client's behalf.
  await saveBeforeCheckIn(nestFormValues({ ...upgradeDraftValues(values, 'check-in'), intent: 'draft' }));
});

const sendAfterCheckIn = deviceDraftAction(async (values) => {
  // Always a draft, as above: the client sends the SRS with "Send".
  await saveAfterCheckIn(nestFormValues({ ...upgradeDraftValues(values, 'after-check-in'), intent: 'draft' }));
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
