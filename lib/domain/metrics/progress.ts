import { gboChange } from '../scoring/gbo';
import { type GoalFacts, type GoalRatingFact } from './facts';
import { meanOf, type Rate, rate } from './figures';

/**
 * Progress on goals, from the client's GBO ratings (0–10, higher is better); docs/clinical-rules.md,
 * "Progress".
 *
 * - A goal's change = latest rating − first rating (the first is the baseline), by the one GBO
 *   change function (`gboChange` in lib/domain/scoring), whose reliable change is 3 points
 *   (published RCI ≈ 2.45 on an integer scale). It needs at least two ratings: with one there
 *   is only a baseline, and counting it as "0 change" would drag every mean towards zero.
 * - Every goal that has been in the plan counts — achieved, completed, cancelled and on-hold
 *   goals included, their last rating standing — except goals marked entered-in-error (they
 *   were never real goals). Progress describes outcomes, so a goal does not leave the figure
 *   by being finished.
 * - A client's progress is the mean over that client's goals; team progress pools goals
 *   (each goal weighs the same), i.e. the same function over all the team's goals.
 */

/** The goals progress counts: all but those entered in error. */
export function countsForProgress(goal: Pick<GoalFacts, 'status'>): boolean {
  return goal.status !== 'entered-in-error';
}

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
  /** Counted goals with at least two client ratings. */
  readonly measuredGoals: number;
  /** Goals that count (every goal but those entered in error). */
  readonly countedGoals: number;
  /** Measured goals whose change is ≥ 3, of all measured goals. */
  readonly reliableImprovement: Rate;
}

/** Ratings by time; ties keep the array order, so the input order need not be sorted. */
function inTimeOrder(ratings: readonly GoalRatingFact[]): number[] {
  return ratings
    .map((rating, index) => ({ rating, index }))
    .sort((a, b) => a.rating.ratedAt.getTime() - b.rating.ratedAt.getTime() || a.index - b.index)
    .map(({ rating }) => rating.value);
}

/** The GBO change of one goal, or null with fewer than two client ratings. */
export function goalChange(goal: GoalFacts): GoalChange | null {
  if (goal.clientRatings.length < 2) return null;
  const change = gboChange(inTimeOrder(goal.clientRatings));
  if (change === null) return null;
  return {
    goalId: goal.goalId,
    clientId: goal.clientId,
    first: change.baseline,
    latest: change.latest,
    change: change.change,
    reliableImprovement: change.reliableImprovement,
  };
}

export function progress(goals: readonly GoalFacts[]): ProgressFigure {
  const counted = goals.filter(countsForProgress);
  const changes = counted.flatMap((goal) => {
    const measured = goalChange(goal);
    return measured === null ? [] : [measured];
  });
  return {
    meanChange: meanOf(changes.map((measured) => measured.change)),
    measuredGoals: changes.length,
    countedGoals: counted.length,
    reliableImprovement: rate(changes.filter((measured) => measured.reliableImprovement).length, changes.length),
  };
}
