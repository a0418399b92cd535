import { describe, expect, it } from 'vitest';

import { type TherapySessionCheckInFacts } from './facts';
import { ratedRegularly } from './rated-regularly';

const therapySession = (
  therapySessionId: string,
  fields: Pick<TherapySessionCheckInFacts, 'attended' | 'planGoalCount' | 'ratedPlanGoalCount'>,
): TherapySessionCheckInFacts => ({
  therapySessionId,
  clientId: 'A',
  therapistId: 'therapist-1',
  startsAt: new Date('2024-01-08T10:00:00Z'),
  ...fields,
});

describe('rated regularly', () => {
  it('counts attended therapy sessions whose check-in rated every plan goal', () => {
    const sessions = [
      therapySession('all rated', { attended: true, planGoalCount: 3, ratedPlanGoalCount: 3 }),
      therapySession('one missed', { attended: true, planGoalCount: 3, ratedPlanGoalCount: 2 }),
      therapySession('no check-in', { attended: true, planGoalCount: 2, ratedPlanGoalCount: 0 }),
      therapySession('not attended', { attended: false, planGoalCount: 3, ratedPlanGoalCount: 0 }),
      therapySession('no plan goals yet', { attended: true, planGoalCount: 0, ratedPlanGoalCount: 0 }),
    ];
    expect(ratedRegularly(sessions)).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
  });

  it('no attended therapy sessions → null', () => {
    expect(ratedRegularly([])).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(
      ratedRegularly([therapySession('x', { attended: false, planGoalCount: 1, ratedPlanGoalCount: 1 })]).value,
    ).toBeNull();
  });
});
