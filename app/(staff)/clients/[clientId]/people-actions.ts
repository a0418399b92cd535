'use server';

import { revalidatePath } from 'next/cache';
import { inviteClient, type InvitationSent } from '@/lib/data/invitations';
import { reassignClient } from '@/lib/data/reassignment';
import { formAction } from '@/lib/form-action';
import { inviteClientSchema, reassignClientSchema } from '@/lib/validation/people';

export const inviteClientAction = formAction<typeof inviteClientSchema, InvitationSent>(inviteClientSchema, async (input) => {
  const sent = await inviteClient(input);
  revalidatePath(`/clients/${input.clientId}`);
  return { status: 'success', data: sent };
});

export const reassignClientAction = formAction(reassignClientSchema, async (input) => {
  await reassignClient(input);
  revalidatePath(`/clients/${input.clientId}`);
  return { status: 'success', message: 'Client reassigned. The previous assignment is kept in the history.' };
});
