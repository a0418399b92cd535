'use server';

import { signIn } from '@/lib/auth/auth';
import { resetPassword } from '@/lib/data/passwords';
import { publicFormAction } from '@/lib/form-action';
import { resetPasswordSchema } from '@/lib/validation/people';

/** Sets the new password (every other sign-in ends) and signs this browser in with it. */
export const resetPasswordAction = publicFormAction(resetPasswordSchema, async (input) => {
  const { email } = await resetPassword(input);
  await signIn('credentials', { email, password: input.password, redirectTo: '/' });
});
