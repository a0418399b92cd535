import { z } from './zod';
import { REMINDER_KINDS } from '@/lib/domain/reminders/schedule';

/** A ticked checkbox ("on"), or the boolean it was parsed to (so the data layer can parse the action's output again). */
export const checkboxField = z
  .union([z.boolean(), z.string().max(10)])
  .optional()
  .transform((value) => value === true || value === 'on' || value === 'true');

/** A person's reminder choices: one checkbox per kind offered (unticked = off). */
export const reminderPreferencesSchema = z.object(
  Object.fromEntries(REMINDER_KINDS.map((kind) => [`kind-${kind}`, checkboxField])) as Record<
    `kind-${(typeof REMINDER_KINDS)[number]}`,
    typeof checkboxField
  >,
);

export const unsubscribeSchema = z.object({
  token: z.string({ error: 'This unsubscribe link is not complete.' }).max(200, 'This unsubscribe link is not valid.'),
});
