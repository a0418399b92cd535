'use server';

import { redirect } from 'next/navigation';
import { createGoal } from '@/lib/data/goals';
import type { GoalView } from '@/lib/data/goals';
import { formAction } from '@/lib/form-action';
import { createGoalSchema } from '@/lib/validation/goals';

export const proposeGoalAction = formAction<typeof createGoalSchema, GoalView>(createGoalSchema, async (input) => {
  // The portal always writes to the signed-in client's own record, whatever the form says.
  const { id } = await createGoal({ ...input, clientId: undefined });
  redirect(`/portal/goals/${id}?saved=created`);
});
