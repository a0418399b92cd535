'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateOrganizationSettings } from '@/lib/data/organization';
import { saveReminderSettings } from '@/lib/data/reminders';
import { formAction } from '@/lib/form-action';

/**
 * The settings form is parsed once, by the data layer (its schema turns the flat fields into
 * the settings document); its field errors come back through the same wrapper.
 */
export const updateSettingsAction = formAction(z.record(z.string(), z.string()), async (values) => {
  await updateOrganizationSettings(values);
  revalidatePath('/', 'layout');
  return { status: 'success', message: 'Settings saved.' };
});

/** The reminder switches and quiet hours (their own form; the data layer parses it). */
export const saveReminderSettingsAction = formAction(z.record(z.string(), z.string()), async (values) => {
  await saveReminderSettings(values);
  return { status: 'success', message: 'Reminder settings saved.' };
});
