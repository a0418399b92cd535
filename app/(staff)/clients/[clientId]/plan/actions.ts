'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { signPlan } from '@/lib/data/care-plan';
import { saveFormulation } from '@/lib/data/formulation';
import type { FormulationView } from '@/lib/data/formulation';
import { formAction } from '@/lib/form-action';
import { saveFormulationSchema } from '@/lib/validation/formulation';
import { signPlanSchema } from '@/lib/validation/plan';

const PLAN_PAGE = '/clients/[clientId]/plan';

export const saveFormulationAction = formAction<typeof saveFormulationSchema, FormulationView>(
  saveFormulationSchema,
  async (input) => {
    try {
      const formulation = await saveFormulation(input);
      return { status: 'success', message: `Formulation saved (version ${formulation.version}).`, data: formulation };
    } finally {
      revalidatePath(PLAN_PAGE, 'page');
    }
  },
);

export const signPlanAction = formAction(signPlanSchema, async (input) => {
  let outcome: 'cosigned' | 'complete' | 'waiting';
  let clientId: string;
  try {
    const result = await signPlan(input);
    clientId = result.clientId;
    outcome = result.role === 'supervisor' ? 'cosigned' : result.completed ? 'complete' : 'waiting';
  } finally {
    // A refused signature (the plan changed meanwhile) shows the plan as it is now.
    revalidatePath(PLAN_PAGE, 'page');
  }
  // The signing form goes once signed, so the confirmation travels with the page address.
  redirect(`/clients/${clientId}/plan?signed=${outcome}`);
});
