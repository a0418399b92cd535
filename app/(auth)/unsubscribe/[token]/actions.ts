'use server';

import { unsubscribe } from '@/lib/data/reminders';
import { publicFormAction } from '@/lib/form-action';
import { unsubscribeSchema } from '@/lib/validation/reminders';

/** Switches the one kind of reminder named by the signed link off (no sign-in needed). */
export const unsubscribeAction = publicFormAction(unsubscribeSchema, async (input) => {
  const { label } = await unsubscribe(input);
  return { status: 'success', message: `Done: you will not get these emails any more (${label.toLowerCase()}).` };
});
