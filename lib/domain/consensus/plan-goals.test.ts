import { describe, expect, it } from 'vitest';

import { CLOSED_STATUSES, isClosedStatus, isInPlan, planGoals } from './plan-goals';
import { LIFECYCLE_STATUSES } from './types';

describe('the plan', () => {
  it('is proposed, accepted and active goals; never on-hold or closed ones', () => {
    expect(LIFECYCLE_STATUSES.filter(isInPlan)).toEqual(['proposed', 'accepted', 'active']);
    expect(LIFECYCLE_STATUSES.filter(isClosedStatus)).toEqual([...CLOSED_STATUSES]);
  });

  it('planGoals keeps the input order', () => {
    const goals = [
      { id: 'g1', status: 'active' },
      { id: 'g2', status: 'on-hold' },
      { id: 'g3', status: 'proposed' },
      { id: 'g4', status: 'completed' },
      { id: 'g5', status: 'accepted' },
    ] as const;
    expect(planGoals(goals).map((goal) => goal.id)).toEqual(['g1', 'g3', 'g5']);
  });
});
