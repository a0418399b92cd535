'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { saveAfterCheckIn, saveBeforeCheckIn } from '@/lib/data/check-ins';
import { formAction } from '@/lib/form-action';
import { checkInFormSchema } from '@/lib/validation/check-ins';

const DRAFT_SAVED = 'Saved for later. Come back any time before the check-in closes to finish it.';

// The data layer validates the nested form itself: a refused check-in still keeps a risk answer (ADR 10).
export const saveBeforeCheckInAction = formAction(checkInFormSchema, async (input) => {
  const saved = await saveBeforeCheckIn(input);
  revalidatePath('/portal', 'layout');
  if (saved.status === 'submitted') redirect(`/portal/check-in?sent=before${saved.riskNoted ? '&support=1' : ''}`);
  return { status: 'success', message: DRAFT_SAVED };
});

export const saveAfterCheckInAction = formAction(checkInFormSchema, async (input) => {
  const saved = await saveAfterCheckIn(input);
  revalidatePath('/portal', 'layout');
  if (saved.status === 'submitted') redirect('/portal/check-in?sent=after');
  return { status: 'success', message: DRAFT_SAVED };
});
