'use server';

import { revalidatePath } from 'next/cache';
import { acknowledgeFlag } from '@/lib/data/flags';
import { formAction } from '@/lib/form-action';
import { acknowledgeFlagSchema } from '@/lib/validation/therapy-sessions';

/** Acknowledges a flag with a note; every page that shows flags is refreshed. */
export const acknowledgeFlagAction = formAction(acknowledgeFlagSchema, async (input) => {
  await acknowledgeFlag(input);
  revalidatePath('/clients/[clientId]', 'layout');
  revalidatePath('/caseload');
  revalidatePath('/team/[clinicianId]', 'page');
  return { status: 'success', message: 'Flag acknowledged. Your note is kept with it.' };
});
