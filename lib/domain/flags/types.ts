/*
 * Every flag carries:
 *  - kind: what sort of flag it is (stable, for filtering and counting);
 *  - reason: a plain-language sentence naming the numbers, shown to staff as is;
 *  - data: the exact inputs and intermediate values it was computed from, so a
 *    flag can be audited and re-derived. All plain JSON.
 */

export type FlagKind = 'risk' | 'not-on-track-goal' | 'not-on-track-client' | 'perspectives-differ' | 'alliance';

export interface FlagOf<Kind extends FlagKind, Data> {
  kind: Kind;
  reason: string;
  data: Data;
}

export interface RiskFlagData {
  instrument: 'PHQ-9';
  item: 9;
  /** 1–3 (a 0 raises no flag). */
  answer: number;
  answerLabel: string;
  /** Calendar date of the answers in the organisation's time zone, YYYY-MM-DD. */
  answeredOn: string;
  questionnaireComplete: boolean;
  answeredItems: number;
}
export type RiskFlag = FlagOf<'risk', RiskFlagData>;

export interface GoalRatingPoint {
  /** Number of the attended therapy session the rating belongs to. */
  therapySessionNumber: number;
  /** Client GBO rating 0–10. */
  rating: number;
  /** The goal version (wording) the rating was given under, when known: a re-worded goal is the same goal. */
  goalVersionNumber?: number;
}

/** Each reason names the rating that triggered it and the session it was given at. */
export type NotOnTrackGoalReason =
  | {
      rule: 'no-progress';
      ratingCount: number;
      first: number;
      firstTherapySession: number;
      latest: number;
      latestTherapySession: number;
      sentence: string;
    }
  | {
      rule: 'drop';
      from: number;
      to: number;
      fromTherapySession: number;
      toTherapySession: number;
      sentence: string;
    };

export interface NotOnTrackGoalData {
  goalId: string;
  clientRatings: GoalRatingPoint[];
  reasons: NotOnTrackGoalReason[];
}
export type NotOnTrackGoalFlag = FlagOf<'not-on-track-goal', NotOnTrackGoalData>;

export type OutcomeInstrument = 'PHQ-9' | 'GAD-7' | 'ORS';

export interface ReliableDeterioration {
  instrument: OutcomeInstrument;
  first: number;
  /** Session of the first (baseline) score. */
  firstTherapySession: number;
  latest: number;
  /** Session of the new score that met the rule. */
  latestTherapySession: number;
  /** latest − first in the instrument's units (positive = rose). */
  change: number;
  reliableChange: number;
  sentence: string;
}

export interface NotOnTrackClientData {
  clientId: string;
  deteriorations: ReliableDeterioration[];
}
export type NotOnTrackClientFlag = FlagOf<'not-on-track-client', NotOnTrackClientData>;

export interface PerspectivesDifferData {
  goalId: string;
  therapySessionNumber: number;
  clientRating: number;
  therapistRating: number;
  /** |client − therapist| */
  difference: number;
}
export type PerspectivesDifferFlag = FlagOf<'perspectives-differ', PerspectivesDifferData>;

export type AllianceReason =
  | { rule: 'below-threshold'; total: number; threshold: number; sentence: string }
  | { rule: 'dropped'; previousTotal: number; total: number; drop: number; sentence: string };

export interface AllianceData {
  therapySessionNumber: number;
  srsTotal: number;
  previousSrsTotal: number | null;
  reasons: AllianceReason[];
}
export type AllianceFlag = FlagOf<'alliance', AllianceData>;

export type Flag = RiskFlag | NotOnTrackGoalFlag | NotOnTrackClientFlag | PerspectivesDifferFlag | AllianceFlag;
