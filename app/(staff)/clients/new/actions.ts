'use server';

import { redirect } from 'next/navigation';
import { createClient } from '@/lib/data/clients';
import { formAction } from '@/lib/form-action';
import { createClientSchema } from '@/lib/validation/clients';

export const createClientAction = formAction(createClientSchema, async (input) => {
  const { id } = await createClient(input);
  redirect(`/clients/${id}?added=1`);
});
