import { isInPlan } from '../consensus/plan-goals';
import { type GoalFacts, type GoalRatingFact } from './facts';
import { meanOf, type Rate, rate } from './figures';

/**
 * Progress on goals, from the client's GBO ratings (0–10, higher is better).
 *
 * - A goal's change = latest rating − first rating (the first is the baseline). It needs at
 *   least two ratings: with one there is only a baseline, and counting it as "0 change" would
 *   drag every mean towards zero.
 * - Reliable improvement = a change of at least 3 points (published RCI ≈ 2.45 on an integer
 *   scale).
 * - Only plan goals count (the same goals as every other dashboard figure). A completed goal
 *   therefore leaves the figure; this describes current work, not finished outcomes.
 * - A client's progress is the mean over that client's goals; team progress pools goals
 *   (each goal weighs the same), i.e. the same function over all the team's goals.
 */

export const GBO_RELIABLE_CHANGE = 3;

export interface GoalChange {
  readonly goalId: string;
  readonly clientId: string;
  readonly first: number;
  readonly latest: number;
  readonly change: number;
  readonly reliableImprovement: boolean;
}

export interface ProgressFigure {
  /** Mean change over measured goals, or null when none has two ratings yet. */
  readonly meanChange: number | null;
  /** Plan goals with at least two client ratings. */
  readonly measuredGoals: number;
  readonly planGoals: number;
  /** Measured goals whose change is ≥ 3, of all measured goals. */
  readonly reliableImprovement: Rate;
}

/** Earliest and latest rating by time; ties keep the array order, so the input order need not be sorted. */
function firstAndLatest(ratings: readonly GoalRatingFact[]): { first: GoalRatingFact; latest: GoalRatingFact } | null {
  let first: GoalRatingFact | undefined;
  let latest: GoalRatingFact | undefined;
  for (const rating of ratings) {
    if (first === undefined || rating.ratedAt < first.ratedAt) first = rating;
    if (latest === undefined || rating.ratedAt >= latest.ratedAt) latest = rating;
  }
  return first === undefined || latest === undefined ? null : { first, latest };
}

/** The GBO change of one goal, or null with fewer than two client ratings. */
export function goalChange(goal: GoalFacts): GoalChange | null {
  if (goal.clientRatings.length < 2) return null;
  const ends = firstAndLatest(goal.clientRatings);
  if (ends === null) return null;
  const change = ends.latest.value - ends.first.value;
  return {
    goalId: goal.goalId,
    clientId: goal.clientId,
    first: ends.first.value,
    latest: ends.latest.value,
    change,
    reliableImprovement: change >= GBO_RELIABLE_CHANGE,
  };
}

export function progress(goals: readonly GoalFacts[]): ProgressFigure {
  const inPlan = goals.filter((goal) => isInPlan(goal.status));
  const changes = inPlan.flatMap((goal) => {
    const measured = goalChange(goal);
    return measured === null ? [] : [measured];
  });
  return {
    meanChange: meanOf(changes.map((measured) => measured.change)),
    measuredGoals: changes.length,
    planGoals: inPlan.length,
    reliableImprovement: rate(
      changes.filter((measured) => measured.reliableImprovement).length,
      changes.length,
    ),
  };
}
