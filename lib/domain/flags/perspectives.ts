import { requireIntegerInRange, validateGboRating } from '../scoring';
import type { PerspectivesDifferFlag } from './types';

/*
 * "Perspectives differ": the client's and the therapist's GBO progress ratings of
 * the same goal in the same therapy session are 3 or more points apart, in
 * either direction. This is a prompt to talk, not a judgement of who is right.
 */

export const PERSPECTIVES_DIFFER_GAP = 3;

export interface PerspectivesInput {
  goalId: string;
  therapySessionNumber: number;
  clientRating: number;
  therapistRating: number;
}

export function perspectivesDifferFlag(input: PerspectivesInput): PerspectivesDifferFlag | null {
  const clientRating = validateGboRating(input.clientRating, 'client rating');
  const therapistRating = validateGboRating(input.therapistRating, 'therapist rating');
  const therapySessionNumber = requireIntegerInRange(
    input.therapySessionNumber,
    1,
    Number.MAX_SAFE_INTEGER,
    'session number',
  );
  const difference = Math.abs(clientRating - therapistRating);
  if (difference < PERSPECTIVES_DIFFER_GAP) return null;

  return {
    kind: 'perspectives-differ',
    reason:
      `In session ${therapySessionNumber} the client rated this goal ${clientRating} and the therapist ` +
      `${therapistRating}, ${difference} points apart (${PERSPECTIVES_DIFFER_GAP} or more counts as differing).`,
    data: { goalId: input.goalId, therapySessionNumber, clientRating, therapistRating, difference },
  };
}
