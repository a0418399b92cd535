import { type LifecycleStatus } from '../consensus/types';

/**
 * The inputs of every dashboard metric: plain records a data layer fills with one query per
 * kind (goals, clients, therapy sessions) for the whole caseload or team, then hands to the
 * metric functions. Metrics never fetch anything.
 *
 * Scope is the caller's choice: pass one client's facts for a client figure, a therapist's for
 * a caseload figure, all supervisees' for a team figure. Team figures pool goals (or therapy
 * sessions) across clients, which is exactly calling the same function on the pooled facts.
 *
 * Values are trusted to be valid (the database and the scoring module guard them).
 */

/** One client GBO rating of a goal (0–10, 10 = fully met). Therapist ratings are not outcomes. */
export interface GoalRatingFact {
  readonly ratedAt: Date;
  readonly value: number;
}

/** One row per goal of the clients in scope, whatever its status. */
export interface GoalFacts {
  readonly goalId: string;
  readonly clientId: string;
  readonly therapistId: string;
  /**
   * The lifecycle status, so that "in the plan" (not closed, not on hold) has one definition:
   * `isInPlan` in lib/domain/consensus. Goals outside the plan are ignored by every goal metric
   * except progress, which counts every goal but those entered in error (`countsForProgress`).
   */
  readonly status: LifecycleStatus;
  /** Both sides' latest positions are 'agree' on the current version. */
  readonly agreedOnCurrentVersion: boolean;
  /** The current version passes all five SMART checks (Specific … Time-bound). */
  readonly passesAllSmart: boolean;
  /** All client GBO ratings of the goal, any order; the earliest is the baseline. */
  readonly clientRatings: readonly GoalRatingFact[];
  /** The client's latest answer to "How clear is this goal to you?" (1–5), or null if never rated. */
  readonly latestClarity: number | null;
}

/** An attended therapy session: only these are numbered ("sessions" in the metric definitions). */
export interface AttendedTherapySessionFact {
  readonly startsAt: Date;
  readonly durationMinutes: number;
}

/** One row per client in scope. */
export interface ClientFacts {
  readonly clientId: string;
  readonly therapistId: string;
  /** Attended therapy sessions, any order (at least the first two by date are needed). */
  readonly attendedTherapySessions: readonly AttendedTherapySessionFact[];
  /**
   * The earliest moment any of the client's goals was agreed by both sides on the same version
   * (the later of the two agreements, e.g. the therapist's agree on the client's wording), or
   * null if never. Counts goals whatever happened to them later, except entered-in-error ones
   * (those were never real goals).
   */
  readonly firstAgreedAt: Date | null;
}

/** One row per therapy session of the clients in scope. */
export interface TherapySessionCheckInFacts {
  readonly therapySessionId: string;
  readonly clientId: string;
  readonly therapistId: string;
  readonly startsAt: Date;
  readonly attended: boolean;
  /** Goals in the client's plan when the therapy session started. */
  readonly planGoalCount: number;
  /** How many of those goals the client's check-in for this therapy session rated (GBO). */
  readonly ratedPlanGoalCount: number;
}
