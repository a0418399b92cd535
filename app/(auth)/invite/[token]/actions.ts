'use server';

import { signIn } from '@/lib/auth/auth';
import { acceptInvitation } from '@/lib/data/invitations';
import { publicFormAction } from '@/lib/form-action';
import { acceptInvitationSchema } from '@/lib/validation/people';

/** Sets the password, then signs the new account in; "/" sends each role to its home (a client to consent first). */
export const acceptInvitationAction = publicFormAction(acceptInvitationSchema, async (input) => {
  const { email } = await acceptInvitation(input);
  await signIn('credentials', { email, password: input.password, redirectTo: '/' });
});
