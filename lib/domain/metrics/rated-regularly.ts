import { type TherapySessionCheckInFacts } from './facts';
import { type Rate, rateOf } from './figures';

/**
 * Rated regularly: the share of attended therapy sessions whose check-in rated every plan goal.
 * Therapy sessions that were not attended are not counted; neither are those of a client with
 * no plan goals at the time (there was nothing to rate, so they are neither a success nor a
 * miss). A missing check-in rated nothing, so it counts as a miss.
 */
export function ratedRegularly(therapySessions: readonly TherapySessionCheckInFacts[]): Rate {
  return rateOf(
    therapySessions,
    (therapySession) => therapySession.attended && therapySession.planGoalCount > 0,
    (therapySession) => therapySession.ratedPlanGoalCount >= therapySession.planGoalCount,
  );
}
