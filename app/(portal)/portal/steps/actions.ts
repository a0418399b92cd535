'use server';

import { revalidatePath } from 'next/cache';
import { retractObjectiveTick, tickObjective } from '@/lib/data/objective-ticks';
import { formAction } from '@/lib/form-action';
import { retractTickSchema, tickObjectiveSchema } from '@/lib/validation/objective-ticks';

export const tickObjectiveAction = formAction(tickObjectiveSchema, async (input) => {
  const { recorded } = await tickObjective(input);
  revalidatePath('/portal', 'layout');
  return {
    status: 'success',
    message: recorded ? 'Well done. That is marked as done.' : 'That was already marked as done.',
  };
});

export const retractTickAction = formAction(retractTickSchema, async (input) => {
  await retractObjectiveTick(input);
  revalidatePath('/portal', 'layout');
  return { status: 'success', message: 'Undone.' };
});
