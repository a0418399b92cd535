'use server';

import { revalidatePath } from 'next/cache';
import { scheduleTherapySession } from '@/lib/data/therapy-sessions';
import { formAction } from '@/lib/form-action';
import { scheduleTherapySessionSchema } from '@/lib/validation/therapy-sessions';

export const scheduleTherapySessionAction = formAction(scheduleTherapySessionSchema, async (input) => {
  await scheduleTherapySession(input);
  revalidatePath(`/clients/${input.clientId}/sessions`);
  return { status: 'success', message: 'Session booked.' };
});
