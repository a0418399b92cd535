'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { signPlan } from '@/lib/data/care-plan';
import { formAction } from '@/lib/form-action';
import { signPlanSchema } from '@/lib/validation/plan';

export const signOwnPlanAction = formAction(signPlanSchema, async (input) => {
  try {
    await signPlan({ ...input, clientId: undefined });
  } finally {
    revalidatePath('/portal', 'layout');
  }
  // The signing form goes once signed; the plan's status (one place) says what happens next.
  redirect('/portal/plan');
});
