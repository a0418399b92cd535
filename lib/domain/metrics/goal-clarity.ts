import { isInPlan } from '../consensus/plan-goals';
import { type GoalFacts } from './facts';
import { meanOf, type Rate, rateOf } from './figures';

/**
 * Goal clarity: the client rates each goal 1–5 ("How clear is this goal to you?") at each
 * check-in. Clarity = the mean of the latest rating of each goal in the plan; goals never
 * rated are left out (not counted as 0). One client's goals give that client's clarity; a
 * team's goals, pooled, give the team clarity (each goal weighs the same, not each client).
 */
export interface GoalClarityFigure {
  /** 1–5, or null when no plan goal has been rated. */
  readonly mean: number | null;
  readonly ratedGoals: number;
  readonly planGoals: number;
}

export function goalClarity(goals: readonly GoalFacts[]): GoalClarityFigure {
  const inPlan = goals.filter((goal) => isInPlan(goal.status));
  const latestRatings = inPlan.flatMap((goal) => (goal.latestClarity === null ? [] : [goal.latestClarity]));
  return { mean: meanOf(latestRatings), ratedGoals: latestRatings.length, planGoals: inPlan.length };
}

/** Shown beside clarity: the share of plan goals whose current wording passes all five SMART checks. */
export function smartShare(goals: readonly GoalFacts[]): Rate {
  return rateOf(
    goals,
    (goal) => isInPlan(goal.status),
    (goal) => goal.passesAllSmart,
  );
}
