'use server';

import { revalidatePath } from 'next/cache';
import { signIn, signOut } from '@/lib/auth/auth';
import { verifySession } from '@/lib/auth/session';
import { signOutEverywhere, updateAccountName } from '@/lib/data/account';
import { changePassword } from '@/lib/data/passwords';
import { formAction } from '@/lib/form-action';
import { accountNameSchema, changePasswordSchema } from '@/lib/validation/people';
import { saveMyReminderPreferences } from '@/lib/data/reminders';
import { reminderPreferencesSchema } from '@/lib/validation/reminders';

export const updateAccountNameAction = formAction(accountNameSchema, async (input) => {
  await updateAccountName(input);
  revalidatePath('/', 'layout');
  return { status: 'success', message: 'Your name is saved.' };
});

/**
 * Changes the password. Every sign-in of the account ends (session version); this browser is
 * signed in again at once with the new password, so only the other devices are signed out.
 */
export const changePasswordAction = formAction(changePasswordSchema, async (input) => {
  const { email } = await changePassword(input);
  await signIn('credentials', { email, password: input.password, redirectTo: '/account?password=changed' });
});

/** Ends every sign-in of the account, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  if (await verifySession()) await signOutEverywhere();
  await signOut({ redirectTo: '/sign-in?signedOut=everywhere' });
}

/** Saves which reminder emails this staff member gets. */
export const saveReminderChoicesAction = formAction(reminderPreferencesSchema, async (input) => {
  await saveMyReminderPreferences(input);
  return { status: 'success', message: 'Your reminder choices are saved.' };
});
