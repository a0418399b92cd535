import { isInPlan } from '../consensus/plan-goals';
import { type GoalFacts } from './facts';
import { type Rate, rateOf } from './figures';

/**
 * Consensus rate: the share of plan goals (not closed, not on hold) that both client and
 * therapist agree on in their current version. No plan goals → null.
 */
export function consensusRate(goals: readonly GoalFacts[]): Rate {
  return rateOf(
    goals,
    (goal) => isInPlan(goal.status),
    (goal) => goal.agreedOnCurrentVersion,
  );
}
