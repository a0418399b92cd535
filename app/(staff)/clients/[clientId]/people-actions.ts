'use server';

import { revalidatePath } from 'next/cache';
import { inviteClient, type InvitationSent } from '@/lib/data/invitations';
import { reassignClient } from '@/lib/data/reassignment';
import { formAction } from '@/lib/form-action';
import { inviteClientSchema, reassignClientSchema } from '@/lib/validation/people';

export const inviteClientAction = formAction<typeof inviteClientSchema, InvitationSent>(
  inviteClientSchema,
  async (input) => {
    // No revalidation here: the form replaces itself with the link notice, which a refresh of
    // the card would unmount before the clinician could copy the link.
    const sent = await inviteClient(input);
    return { status: 'success', data: sent };
  },
);

export const reassignClientAction = formAction(reassignClientSchema, async (input) => {
  await reassignClient(input);
  revalidatePath(`/clients/${input.clientId}`);
  return { status: 'success', message: 'Client reassigned. The previous assignment is kept in the history.' };
});
