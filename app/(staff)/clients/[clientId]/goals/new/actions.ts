'use server';

import { redirect } from 'next/navigation';
import { createGoal } from '@/lib/data/goals';
import type { GoalView } from '@/lib/data/goals';
import { formAction } from '@/lib/form-action';
import { createGoalSchema } from '@/lib/validation/goals';

export const createGoalAction = formAction<typeof createGoalSchema, GoalView>(createGoalSchema, async (input) => {
  const { id, clientId } = await createGoal(input);
  redirect(`/clients/${clientId}/goals/${id}?saved=created`);
});
