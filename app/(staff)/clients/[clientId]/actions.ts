'use server';

import { revalidatePath } from 'next/cache';
import { updateClientProfile, type ClientProfile } from '@/lib/data/clients';
import { formAction } from '@/lib/form-action';
import { updateClientSchema } from '@/lib/validation/clients';

export const updateClientProfileAction = formAction<typeof updateClientSchema, ClientProfile>(updateClientSchema, async (input) => {
  const profile = await updateClientProfile(input);
  revalidatePath(`/clients/${profile.id}`);
  return { status: 'success', message: 'Profile saved.', data: profile };
});
