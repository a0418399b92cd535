'use server';

import { revalidatePath } from 'next/cache';
import { rateGas, saveGasScale } from '@/lib/data/goal-attainment';
import { recordTherapySession, saveTherapistRatings, type TherapySessionDetail } from '@/lib/data/therapy-sessions';
import { formAction } from '@/lib/form-action';
import { flatFormSchema, therapistRatingsFromForm } from '@/lib/validation/check-ins';
import { gasRatingSchema, gasScaleSchema, recordTherapySessionSchema } from '@/lib/validation/therapy-sessions';

function refreshClient(clientId: string | undefined) {
  if (clientId) revalidatePath(`/clients/${clientId}`, 'layout');
}

export const recordTherapySessionAction = formAction<typeof recordTherapySessionSchema, TherapySessionDetail>(
  recordTherapySessionSchema,
  async (input) => {
    const detail = await recordTherapySession(input);
    refreshClient(detail.client.id);
    return { status: 'success', message: 'Session saved.', data: detail };
  },
);

export const saveTherapistRatingsAction = formAction(flatFormSchema, async (values) => {
  const { saved } = await saveTherapistRatings(therapistRatingsFromForm(values));
  refreshClient(values.clientId);
  return {
    status: 'success',
    message: saved === 0 ? 'Nothing changed.' : `Your ${saved === 1 ? 'rating is' : 'ratings are'} saved.`,
  };
});

export const saveGasScaleAction = formAction(
  gasScaleSchema.extend({ clientId: gasScaleSchema.shape.goalId }),
  async ({ clientId, ...input }) => {
    const { version } = await saveGasScale(input);
    refreshClient(clientId);
    return {
      status: 'success',
      message:
        version === 1
          ? 'Levels saved.'
          : `Levels saved as version ${version}; earlier ratings keep the version they were made against.`,
    };
  },
);

export const rateGasAction = formAction(
  gasRatingSchema.extend({ clientId: gasRatingSchema.shape.goalId }),
  async ({ clientId, ...input }) => {
    await rateGas(input);
    refreshClient(clientId);
    return { status: 'success', message: 'Attainment saved.' };
  },
);
