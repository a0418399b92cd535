'use server';

import { redirect } from 'next/navigation';
import { acceptConsent } from '@/lib/data/consent';
import { formAction } from '@/lib/form-action';
import { acceptConsentSchema } from '@/lib/validation/people';

export const acceptConsentAction = formAction(acceptConsentSchema, async (input) => {
  await acceptConsent(input);
  redirect('/portal');
});
