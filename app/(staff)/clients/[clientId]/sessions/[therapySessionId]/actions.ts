'use server';

import { revalidatePath } from 'next/cache';
import { rateGas, saveGasScale } from '@/lib/data/goal-attainment';
import { recordTherapySession, saveTherapistRatings, type TherapySessionDetail } from '@/lib/data/therapy-sessions';
import { formAction } from '@/lib/form-action';
import {
  gasRatingSchema,
  gasScaleSchema,
  recordTherapySessionSchema,
  therapistRatingsSchema,
} from '@/lib/validation/therapy-sessions';

/** The client's pages, by the client id the data layer read from the record it authorised (never from the form). */
function refreshClient(clientId: string) {
  revalidatePath(`/clients/${clientId}`, 'layout');
}

export const recordTherapySessionAction = formAction<typeof recordTherapySessionSchema, TherapySessionDetail>(
  recordTherapySessionSchema,
  async (input) => {
    const detail = await recordTherapySession(input);
    refreshClient(detail.client.id);
    return { status: 'success', message: 'Session saved.', data: detail };
  },
);

export const saveTherapistRatingsAction = formAction(therapistRatingsSchema, async (input) => {
  const { saved, clientId } = await saveTherapistRatings(input);
  refreshClient(clientId);
  return {
    status: 'success',
    message: saved === 0 ? 'Nothing changed.' : `Your ${saved === 1 ? 'rating is' : 'ratings are'} saved.`,
  };
});

export const saveGasScaleAction = formAction(gasScaleSchema, async (input) => {
  const { version, clientId } = await saveGasScale(input);
  refreshClient(clientId);
  return {
    status: 'success',
    message:
      version === 1
        ? 'Levels saved.'
        : `Levels saved as version ${version}; earlier ratings keep the version they were made against.`,
  };
});

export const rateGasAction = formAction(gasRatingSchema, async (input) => {
  const { clientId } = await rateGas(input);
  refreshClient(clientId);
  return { status: 'success', message: 'Attainment saved.' };
});
