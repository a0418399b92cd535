'use server';

import { saveMyReminderPreferences } from '@/lib/data/reminders';
import { formAction } from '@/lib/form-action';
import { reminderPreferencesSchema } from '@/lib/validation/reminders';

/** Saves which reminder emails the client gets. */
export const saveClientReminderChoicesAction = formAction(reminderPreferencesSchema, async (input) => {
  await saveMyReminderPreferences(input);
  return { status: 'success', message: 'Your reminder choices are saved.' };
});
