'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { signPlan } from '@/lib/data/care-plan';
import { formAction } from '@/lib/form-action';
import { signPlanSchema } from '@/lib/validation/plan';

export const signOwnPlanAction = formAction(signPlanSchema, async (input) => {
  let completed: boolean;
  try {
    ({ completed } = await signPlan({ ...input, clientId: undefined }));
  } finally {
    revalidatePath('/portal', 'layout');
  }
  // The signing form goes once signed, so the confirmation travels with the page address.
  redirect(`/portal/plan?signed=${completed ? 'complete' : 'waiting'}`);
});
