'use server';

import { revalidatePath } from 'next/cache';
import { saveBrainstormAnswers } from '@/lib/data/brainstorm';
import { formAction } from '@/lib/form-action';
import { saveBrainstormSchema } from '@/lib/validation/brainstorm';

export const saveBrainstormAction = formAction(saveBrainstormSchema, async (input) => {
  await saveBrainstormAnswers(input);
  revalidatePath('/portal', 'layout');
  return { status: 'success', message: 'Your answers are saved. Your therapist can see them too.' };
});
