import { z } from './zod';
import { isCommonPassword } from '@/lib/auth/common-passwords';

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './limits';

export { PASSWORD_HINT, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './limits';

/** A new password on its own (every password form uses this, through `withNewPassword`). */
export const newPassword = z
  .string({ error: 'Choose a password.' })
  .min(1, 'Choose a password.')
  .min(PASSWORD_MIN_LENGTH, `Your password needs at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Your password must be ${PASSWORD_MAX_LENGTH} characters or fewer.`)
  .refine(
    (value) => !isCommonPassword(value),
    'That password is on a list of commonly used passwords. Choose something less predictable.',
  );

const confirmation = z.string({ error: 'Type the password again.' }).min(1, 'Type the password again.');

/**
 * Adds the shared new-password rules to a form: the password and its confirmation. Whether it
 * is the person's own email is checked where the email is known (`assertPasswordIsNotEmail`).
 */
export function withNewPassword<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ ...shape, password: newPassword, confirmPassword: confirmation })
    .refine(
      (input) => (input as { password: string }).password === (input as { confirmPassword: string }).confirmPassword,
      { path: ['confirmPassword'], message: 'The two passwords are not the same.' },
    );
}

export const PASSWORD_IS_EMAIL_MESSAGE = 'Your password can’t be your email address.';

/** Checks a password against an email known only on the server (e.g. from an invitation). */
export function passwordIsEmail(password: string, email: string): boolean {
  return password.trim().toLowerCase() === email.trim().toLowerCase();
}
