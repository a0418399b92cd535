import { type Side } from './types';

/**
 * Signing rounds. A plan version is signed when both sides sign its hash; a review is both
 * signing again. So signatures are read in rounds: a round ends at the signature that completed
 * the plan (the one that set the next review date), and only signatures given after it count
 * towards the next round. This is what makes "sign again to review" mean both people, again.
 */

export interface SigningFact {
  readonly side: Side;
  readonly hash: string;
  readonly signedAt: Date;
  /** True for the signature that completed the plan in its round (it set the next review date). */
  readonly completedPlan: boolean;
}

/** When the last round ended (the latest completing signature), or null before any. */
export function lastCompletionAt(signatures: readonly SigningFact[]): Date | null {
  let last: Date | null = null;
  for (const signature of signatures) {
    if (signature.completedPlan && (last === null || signature.signedAt > last)) last = signature.signedAt;
  }
  return last;
}

/** Whether `side` has signed `hash` in the current round. */
export function hasSignedThisRound(signatures: readonly SigningFact[], hash: string, side: Side): boolean {
  const since = lastCompletionAt(signatures);
  return signatures.some(
    (signature) => signature.side === side && signature.hash === hash && (since === null || signature.signedAt > since),
  );
}

/** Whether a signature by `side` on `hash` now would complete the plan (the other side already signed it this round). */
export function wouldCompletePlan(signatures: readonly SigningFact[], hash: string, side: Side): boolean {
  return hasSignedThisRound(signatures, hash, side === 'client' ? 'therapist' : 'client');
}
