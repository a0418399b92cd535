'use server';

import { revalidatePath } from 'next/cache';
import { issuePasswordReset, type ResetIssued } from '@/lib/data/passwords';
import { deactivateUser, reactivateUser } from '@/lib/data/people-admin';
import { formAction } from '@/lib/form-action';
import { accountStatusSchema, userIdSchema } from '@/lib/validation/people';

export const setAccountStatusAction = formAction(accountStatusSchema, async ({ userId, activate }) => {
  if (activate === 'yes') await reactivateUser({ userId });
  else await deactivateUser({ userId });
  revalidatePath(`/admin/people/${userId}`);
  return {
    status: 'success',
    message:
      activate === 'yes'
        ? 'Account reactivated. They can sign in again with their password.'
        : 'Account deactivated. They were signed out everywhere and can no longer sign in.',
  };
});

export const issuePasswordResetAction = formAction<typeof userIdSchema, ResetIssued>(userIdSchema, async (input) => {
  const issued = await issuePasswordReset(input);
  revalidatePath(`/admin/people/${input.userId}`);
  return { status: 'success', data: issued };
});
