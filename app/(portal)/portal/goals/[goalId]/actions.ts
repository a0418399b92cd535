'use server';

import { revalidatePath } from 'next/cache';
import { respondToGoal, setGoalFocus } from '@/lib/data/goals';
import type { GoalView } from '@/lib/data/goals';
import { formAction } from '@/lib/form-action';
import { respondToGoalSchema, setGoalFocusSchema } from '@/lib/validation/goals';

export const answerGoalAction = formAction<typeof respondToGoalSchema, GoalView>(respondToGoalSchema, async (input) => {
  try {
    const result = await respondToGoal(input);
    const message = result.agreed
      ? 'Thank you. You and your therapist both agree on this goal.'
      : input.position === 'agree'
        ? 'Thank you. Your answer is saved.'
        : 'Thank you. Your therapist will see your answer, and you can talk it through together.';
    return { status: 'success', message };
  } finally {
    revalidatePath('/portal', 'layout');
  }
});

export const setFocusAction = formAction(setGoalFocusSchema, async (input) => {
  try {
    await setGoalFocus(input);
    return { status: 'success', message: input.focus ? 'Added to your focus goals.' : 'Taken off your focus goals.' };
  } finally {
    revalidatePath('/portal', 'layout');
  }
});
