import { GBO_MAX, ScoringInputError, requireIntegerInRange, validateGboRating } from '../scoring';
import type { GoalRatingPoint, NotOnTrackGoalData, NotOnTrackGoalFlag, NotOnTrackGoalReason } from './types';
import { joinSentences, points } from './wording';

/*
 * "Not on track" for one goal (docs/clinical-rules.md, "Not-on-track and deterioration flags").
 *
 * Evaluated when a client progress rating (GBO 0–10) is submitted, on that latest rating only:
 *  - no progress: the goal has at least 4 submitted client ratings, the latest is not above
 *    the first (the baseline), and the latest is below 10;
 *  - drop: the latest is at least 3 points below the rating before it.
 * Earlier ratings are only the baseline, the rating before and the count: an earlier 10 does
 * not silence later trouble, and a drop long past never raises a flag again (it was judged
 * when it was the latest). The baseline is the goal's first client rating whatever wording it
 * was given under (a re-worded goal is the same goal).
 */

export const NOT_ON_TRACK_MIN_RATINGS = 4;
export const NOT_ON_TRACK_SHARP_DROP = 3;

export interface NotOnTrackGoalInput {
  goalId: string;
  /**
   * The goal's submitted client ratings in therapy-session order (strictly increasing session
   * numbers), up to and including the rating just submitted, which is the last.
   */
  clientRatings: readonly GoalRatingPoint[];
}

/** The flag the latest rating raises by itself, or null when it meets neither rule. */
export function notOnTrackGoalFlag(input: NotOnTrackGoalInput): NotOnTrackGoalFlag | null {
  const ratings = validatedRatings(input.clientRatings);
  const first = ratings[0];
  const latest = ratings[ratings.length - 1];
  const before = ratings[ratings.length - 2];
  if (first === undefined || latest === undefined) return null;

  const reasons: NotOnTrackGoalReason[] = [];
  if (ratings.length >= NOT_ON_TRACK_MIN_RATINGS && latest.rating <= first.rating && latest.rating < GBO_MAX) {
    const reworded =
      first.goalVersionNumber !== undefined &&
      latest.goalVersionNumber !== undefined &&
      first.goalVersionNumber !== latest.goalVersionNumber;
    reasons.push({
      rule: 'no-progress',
      ratingCount: ratings.length,
      first: first.rating,
      firstTherapySession: first.therapySessionNumber,
      latest: latest.rating,
      latestTherapySession: latest.therapySessionNumber,
      sentence:
        `No progress: rated ${latest.rating} at session ${latest.therapySessionNumber}, not above the first rating of ${first.rating} ` +
        `at session ${first.therapySessionNumber}${reworded ? ' (given before the goal was re-worded)' : ''}, ` +
        `after ${ratings.length} client ratings.`,
    });
  }
  if (before !== undefined && before.rating - latest.rating >= NOT_ON_TRACK_SHARP_DROP) {
    const drop = before.rating - latest.rating;
    reasons.push({
      rule: 'drop',
      from: before.rating,
      to: latest.rating,
      fromTherapySession: before.therapySessionNumber,
      toTherapySession: latest.therapySessionNumber,
      sentence:
        `Drop: rated ${latest.rating} at session ${latest.therapySessionNumber}, ${points(drop)} below the ` +
        `${before.rating} at session ${before.therapySessionNumber}.`,
    });
  }
  if (reasons.length === 0) return null;

  return {
    kind: 'not-on-track-goal',
    reason: joinSentences(reasons.map((r) => r.sentence)),
    data: { goalId: input.goalId, clientRatings: ratings, reasons },
  };
}

/**
 * A new triggering rating while the goal's flag is still open: the rating adds itself to that
 * flag (its sentences after the open flag's reason) instead of opening a second flag.
 * `openReason` is the stored text, kept word for word.
 */
export function appendToOpenGoalFlag(
  open: { reason: string; data: Partial<NotOnTrackGoalData> },
  next: NotOnTrackGoalFlag,
): { reason: string; data: NotOnTrackGoalData } {
  return {
    reason: joinSentences([open.reason, next.reason]),
    data: {
      goalId: next.data.goalId,
      clientRatings: next.data.clientRatings,
      reasons: [...(open.data.reasons ?? []), ...next.data.reasons],
    },
  };
}

/**
 * Replays the rule over a whole history as if each rating had just been submitted and no flag
 * acknowledged: the flag left open at the end (opened by the first triggering rating, each
 * later triggering rating appended), with the session number that opened it. For the demo
 * seeds, which write histories in bulk but must show what the live check-in would have.
 */
export function replayNotOnTrackGoal(
  input: NotOnTrackGoalInput,
): { flag: { reason: string; data: NotOnTrackGoalData }; openedAtTherapySession: number } | null {
  let open: { flag: { reason: string; data: NotOnTrackGoalData }; openedAtTherapySession: number } | null = null;
  for (let count = 1; count <= input.clientRatings.length; count += 1) {
    const raised = notOnTrackGoalFlag({ goalId: input.goalId, clientRatings: input.clientRatings.slice(0, count) });
    if (raised === null) continue;
    open = open
      ? { flag: appendToOpenGoalFlag(open.flag, raised), openedAtTherapySession: open.openedAtTherapySession }
      : {
          flag: { reason: raised.reason, data: raised.data },
          openedAtTherapySession: raised.data.clientRatings[count - 1]!.therapySessionNumber,
        };
  }
  return open;
}

/** Validates ratings and order; returns plain copies so the flag's data is JSON. */
function validatedRatings(ratingPoints: readonly GoalRatingPoint[]): GoalRatingPoint[] {
  let previousSession = 0;
  return ratingPoints.map((point, index) => {
    const field = `client rating ${index + 1}`;
    const rating = validateGboRating(point.rating, field);
    const session = requireIntegerInRange(
      point.therapySessionNumber,
      1,
      Number.MAX_SAFE_INTEGER,
      `${field} session number`,
    );
    if (session <= previousSession) {
      throw new ScoringInputError(
        'out-of-order',
        `${field} session number`,
        `Ratings must be in session order with one rating per session; session ${session} follows session ${previousSession}.`,
      );
    }
    previousSession = session;
    return point.goalVersionNumber === undefined
      ? { therapySessionNumber: session, rating }
      : {
          therapySessionNumber: session,
          rating,
          goalVersionNumber: requireIntegerInRange(
            point.goalVersionNumber,
            1,
            Number.MAX_SAFE_INTEGER,
            `${field} goal version`,
          ),
        };
  });
}
