'use server';

import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/form-action';
import { assignSupervisor, endSupervision } from '@/lib/data/supervision';
import { assignSupervisorSchema, endSupervisionSchema } from '@/lib/validation/people';

export const assignSupervisorAction = formAction(assignSupervisorSchema, async (input) => {
  await assignSupervisor(input);
  revalidatePath('/admin/supervision');
  return { status: 'success', message: 'Supervisor saved.' };
});

export const endSupervisionAction = formAction(endSupervisionSchema, async (input) => {
  await endSupervision(input);
  revalidatePath('/admin/supervision');
  return { status: 'success', message: 'Supervision ended.' };
});
