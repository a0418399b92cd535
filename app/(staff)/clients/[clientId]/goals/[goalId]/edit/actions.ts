'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { reviseGoal } from '@/lib/data/goals';
import type { GoalView } from '@/lib/data/goals';
import { formAction } from '@/lib/form-action';
import { reviseGoalSchema } from '@/lib/validation/goals';

export const reviseGoalAction = formAction<typeof reviseGoalSchema, GoalView>(reviseGoalSchema, async (input) => {
  const { id, clientId } = await reviseGoal(input);
  revalidatePath('/clients/[clientId]/plan', 'page');
  redirect(`/clients/${clientId}/goals/${id}?saved=revised`);
});
