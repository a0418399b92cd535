'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { saveAfterCheckIn, saveBeforeCheckIn } from '@/lib/data/check-ins';
import { formAction } from '@/lib/form-action';
import { afterCheckInFromForm, checkInFromForm, flatFormSchema } from '@/lib/validation/check-ins';

const DRAFT_SAVED = 'Saved for later. Come back any time before the check-in closes to finish it.';

export const saveBeforeCheckInAction = formAction(flatFormSchema, async (values) => {
  const saved = await saveBeforeCheckIn(checkInFromForm(values));
  revalidatePath('/portal', 'layout');
  if (saved.status === 'submitted') redirect(`/portal/check-in?sent=before${saved.riskNoted ? '&support=1' : ''}`);
  return { status: 'success', message: DRAFT_SAVED };
});

export const saveAfterCheckInAction = formAction(flatFormSchema, async (values) => {
  const saved = await saveAfterCheckIn(afterCheckInFromForm(values));
  revalidatePath('/portal', 'layout');
  if (saved.status === 'submitted') redirect('/portal/check-in?sent=after');
  return { status: 'success', message: DRAFT_SAVED };
});
