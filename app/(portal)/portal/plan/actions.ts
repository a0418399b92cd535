'use server';

import { revalidatePath } from 'next/cache';
import { signPlan } from '@/lib/data/care-plan';
import { formAction } from '@/lib/form-action';
import { signPlanSchema } from '@/lib/validation/plan';

export const signOwnPlanAction = formAction(signPlanSchema, async (input) => {
  try {
    const result = await signPlan({ ...input, clientId: undefined });
    return {
      status: 'success',
      message: result.completed ? 'Signed. You and your therapist have both signed your plan.' : 'Signed. Your therapist will sign this version too.',
    };
  } finally {
    revalidatePath('/portal', 'layout');
  }
});
