'use server';

import { requestPasswordReset } from '@/lib/data/passwords';
import { publicFormAction } from '@/lib/form-action';
import { forgotPasswordSchema } from '@/lib/validation/people';

/** Always the same answer, whether or not the email belongs to an account. */
export const forgotPasswordAction = publicFormAction(forgotPasswordSchema, async (input) => {
  await requestPasswordReset(input);
  return {
    status: 'success',
    message:
      'If an account uses that email address, we have sent it a link to choose a new password. ' +
      'The link works for one hour. Check your spam folder if nothing arrives in a few minutes.',
  };
});
