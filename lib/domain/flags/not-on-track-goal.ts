import { GBO_MAX, ScoringInputError, requireIntegerInRange, validateGboRating } from '../scoring';
import type { GoalRatingPoint, NotOnTrackGoalFlag, NotOnTrackGoalReason } from './types';
import { joinSentences, points } from './wording';

/*
 * "Not on track" for one goal, from the client's GBO ratings in session order.
 *
 * Design: "a goal with ≥ 4 client ratings, not yet rated 10, whose latest rating
 * is not above the first, or that dropped ≥ 3 points between consecutive ratings."
 *
 * Reading used (both qualifiers apply to both conditions, as the sentence is
 * built):
 *   eligible = at least 4 client ratings AND no rating has ever been 10
 *              (a goal once rated fully met is treated as reached, even if a later
 *              rating dips; the dip is then a setback to talk about, not a
 *              "not on track" flag);
 *   flagged  = eligible AND (latest <= first OR any consecutive drop of >= 3).
 * A drop counts anywhere in the history, not only at the latest rating, because
 * the design says "dropped", not "has just dropped".
 */

export const NOT_ON_TRACK_MIN_RATINGS = 4;
export const NOT_ON_TRACK_SHARP_DROP = 3;

export interface NotOnTrackGoalInput {
  goalId: string;
  /** Client GBO ratings in therapy-session order (strictly increasing session numbers). */
  clientRatings: readonly GoalRatingPoint[];
}

export function notOnTrackGoalFlag(input: NotOnTrackGoalInput): NotOnTrackGoalFlag | null {
  const ratings = validatedRatings(input.clientRatings);
  const first = ratings[0];
  const latest = ratings[ratings.length - 1];
  if (first === undefined || latest === undefined) return null;
  if (ratings.length < NOT_ON_TRACK_MIN_RATINGS) return null;
  if (ratings.some((point) => point.rating === GBO_MAX)) return null;

  const reasons: NotOnTrackGoalReason[] = [];
  if (latest.rating <= first.rating) {
    reasons.push({
      rule: 'not-above-first',
      ratingCount: ratings.length,
      first: first.rating,
      latest: latest.rating,
      sentence:
        `${ratings.length} client ratings, none of them 10; ` +
        `the latest (${latest.rating}) is not above the first (${first.rating}).`,
    });
  }
  for (let index = 1; index < ratings.length; index += 1) {
    const before = ratings[index - 1];
    const after = ratings[index];
    if (before === undefined || after === undefined) continue;
    const drop = before.rating - after.rating;
    if (drop >= NOT_ON_TRACK_SHARP_DROP) {
      reasons.push({
        rule: 'sharp-drop',
        from: before.rating,
        to: after.rating,
        fromTherapySession: before.therapySessionNumber,
        toTherapySession: after.therapySessionNumber,
        sentence:
          `Dropped ${points(drop)}, from ${before.rating} to ${after.rating}, ` +
          `between sessions ${before.therapySessionNumber} and ${after.therapySessionNumber}.`,
      });
    }
  }
  if (reasons.length === 0) return null;

  return {
    kind: 'not-on-track-goal',
    reason: joinSentences(reasons.map((r) => r.sentence)),
    data: { goalId: input.goalId, clientRatings: ratings, reasons },
  };
}

/** Validates ratings and order; returns plain copies so the flag's data is JSON. */
function validatedRatings(ratingPoints: readonly GoalRatingPoint[]): GoalRatingPoint[] {
  let previousSession = 0;
  return ratingPoints.map((point, index) => {
    const field = `client rating ${index + 1}`;
    const rating = validateGboRating(point.rating, field);
    const session = requireIntegerInRange(point.therapySessionNumber, 1, Number.MAX_SAFE_INTEGER, `${field} session number`);
    if (session <= previousSession) {
      throw new ScoringInputError(
        'out-of-order',
        `${field} session number`,
        `Ratings must be in session order with one rating per session; session ${session} follows session ${previousSession}.`,
      );
    }
    previousSession = session;
    return { therapySessionNumber: session, rating };
  });
}
