'use server';

import { revalidatePath } from 'next/cache';
import { changeGoalStatus, commentOnGoal, respondToGoal } from '@/lib/data/goals';
import type { GoalView } from '@/lib/data/goals';
import { formAction } from '@/lib/form-action';
import { changeGoalStatusSchema, commentOnGoalSchema, respondToGoalSchema } from '@/lib/validation/goals';

/** The goal page and the plan page both show what these change; a conflict shows the newer goal. */
function refresh(): void {
  revalidatePath('/clients/[clientId]/goals/[goalId]', 'page');
  revalidatePath('/clients/[clientId]/plan', 'page');
}

export const respondToGoalAction = formAction<typeof respondToGoalSchema, GoalView>(
  respondToGoalSchema,
  async (input) => {
    try {
      const result = await respondToGoal(input);
      return {
        status: 'success',
        message: result.agreed ? 'Saved: you both agree on this wording.' : 'Your position is saved.',
      };
    } finally {
      refresh();
    }
  },
);

export const changeGoalStatusAction = formAction(changeGoalStatusSchema, async (input) => {
  try {
    await changeGoalStatus(input);
    return { status: 'success', message: 'Status changed. The reason is kept in the goal’s history.' };
  } finally {
    refresh();
  }
});

export const commentOnGoalAction = formAction(commentOnGoalSchema, async (input) => {
  try {
    await commentOnGoal(input);
    return { status: 'success', message: 'Comment added.' };
  } finally {
    refresh();
  }
});
