'use server';

import { revalidatePath } from 'next/cache';
import { signPlan } from '@/lib/data/care-plan';
import { saveFormulation } from '@/lib/data/formulation';
import type { FormulationView } from '@/lib/data/plan-records';
import { formAction } from '@/lib/form-action';
import { saveFormulationSchema } from '@/lib/validation/formulation';
import { signPlanSchema } from '@/lib/validation/plan';

const PLAN_PAGE = '/clients/[clientId]/plan';

export const saveFormulationAction = formAction<typeof saveFormulationSchema, FormulationView>(saveFormulationSchema, async (input) => {
  try {
    const formulation = await saveFormulation(input);
    return { status: 'success', message: `Formulation saved (version ${formulation.version}).`, data: formulation };
  } finally {
    revalidatePath(PLAN_PAGE, 'page');
  }
});

export const signPlanAction = formAction(signPlanSchema, async (input) => {
  try {
    const result = await signPlan(input);
    const message =
      result.role === 'supervisor'
        ? 'You co-signed this version of the plan.'
        : result.completed
          ? 'Signed. The plan is signed by you both and its goals are active.'
          : 'Signed. The plan is complete once the client signs this version too.';
    return { status: 'success', message };
  } finally {
    // A refused signature (the plan changed meanwhile) shows the plan as it is now.
    revalidatePath(PLAN_PAGE, 'page');
  }
});
