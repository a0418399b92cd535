import { type LifecycleStatus } from './types';

/**
 * The one definition of "the plan": a client's goals that are neither closed nor on hold.
 * Metrics, plan signing and the portal all read it from here so they never disagree.
 */

/** Closed statuses are terminal: no lifecycle event leads out of them. */
export const CLOSED_STATUSES: readonly LifecycleStatus[] = ['completed', 'cancelled', 'rejected', 'entered-in-error'];

export function isClosedStatus(status: LifecycleStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** True for proposed, accepted and active goals. */
export function isInPlan(status: LifecycleStatus): boolean {
  return status !== 'on-hold' && !isClosedStatus(status);
}

/** The client's goals that make up the plan, in the order given. */
export function planGoals<TGoal extends { readonly status: LifecycleStatus }>(goals: readonly TGoal[]): TGoal[] {
  return goals.filter((goal) => isInPlan(goal.status));
}
