'use server';

import { revalidatePath } from 'next/cache';
import { inviteStaff, resendInvitation, revokeInvitation, type InvitationSent } from '@/lib/data/invitations';
import { formAction } from '@/lib/form-action';
import { invitationIdSchema, inviteStaffSchema } from '@/lib/validation/people';

/** Invitations appear on the admin list and on client records; both refresh after a change. */
function refreshInvitationPages(): void {
  revalidatePath('/admin/invitations');
  revalidatePath('/clients/[clientId]', 'page');
}

export const inviteStaffAction = formAction<typeof inviteStaffSchema, InvitationSent>(
  inviteStaffSchema,
  async (input) => {
    const sent = await inviteStaff(input);
    refreshInvitationPages();
    return { status: 'success', data: sent };
  },
);

export const resendInvitationAction = formAction<typeof invitationIdSchema, InvitationSent>(
  invitationIdSchema,
  async (input) => {
    const sent = await resendInvitation(input);
    refreshInvitationPages();
    return { status: 'success', data: sent };
  },
);

export const revokeInvitationAction = formAction(invitationIdSchema, async (input) => {
  await revokeInvitation(input);
  refreshInvitationPages();
  return { status: 'success', message: 'Invitation revoked. Its link no longer works.' };
});
