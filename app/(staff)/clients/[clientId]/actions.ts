'use server';

import { revalidatePath } from 'next/cache';
import { changeClientStatus, updateClientProfile, type ClientProfile } from '@/lib/data/clients';
import { formAction } from '@/lib/form-action';
import { changeClientStatusSchema, updateClientSchema } from '@/lib/validation/clients';

export const updateClientProfileAction = formAction<typeof updateClientSchema, ClientProfile>(
  updateClientSchema,
  async (input) => {
    const profile = await updateClientProfile(input);
    revalidatePath(`/clients/${profile.id}`);
    return { status: 'success', message: 'Profile saved.', data: profile };
  },
);

export const changeClientStatusAction = formAction<typeof changeClientStatusSchema, ClientProfile>(
  changeClientStatusSchema,
  async (input) => {
    const profile = await changeClientStatus(input);
    revalidatePath(`/clients/${profile.id}`);
    return {
      status: 'success',
      message:
        profile.status === 'discharged'
          ? `${profile.displayName} is discharged.`
          : `${profile.displayName}'s record is open again.`,
      data: profile,
    };
  },
);
