import { z } from './zod';
import { REMINDER_KINDS } from '@/lib/domain/reminders/schedule';

/** A person's reminder choices: one checkbox per kind offered (unticked = off). */
export const reminderPreferencesSchema = z
  .object(Object.fromEntries(REMINDER_KINDS.map((kind) => [`kind-${kind}`, z.string().max(10).optional().transform((value) => value === 'on' || value === 'true')])))
  .transform((input) => Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, (input as Record<string, boolean>)[`kind-${kind}`] === true])) as Record<(typeof REMINDER_KINDS)[number], boolean>);

export const unsubscribeSchema = z.object({ token: z.string({ error: 'This unsubscribe link is not complete.' }).max(200, 'This unsubscribe link is not valid.') });
