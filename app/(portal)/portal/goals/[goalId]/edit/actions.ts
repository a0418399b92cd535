'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { reviseGoal } from '@/lib/data/goals';
import type { GoalView } from '@/lib/data/goals';
import { formAction } from '@/lib/form-action';
import { reviseGoalSchema } from '@/lib/validation/goals';

export const suggestChangeAction = formAction<typeof reviseGoalSchema, GoalView>(reviseGoalSchema, async (input) => {
  const { id } = await reviseGoal(input);
  revalidatePath('/portal', 'layout');
  redirect(`/portal/goals/${id}?saved=revised`);
});
