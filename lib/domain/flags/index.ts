/*
 * Pure flag rules for the dashboards and client pages: risk, not on track (goal
 * and client), perspectives differ, alliance, and the check-in window. Each flag
 * says why in a plain sentence and carries the data it was computed from.
 * No I/O and no clock: time comes in as `now`.
 */
export type {
  Flag,
  FlagKind,
  FlagOf,
  RiskFlag,
  RiskFlagData,
  GoalRatingPoint,
  NotOnTrackGoalFlag,
  NotOnTrackGoalData,
  NotOnTrackGoalReason,
  NotOnTrackClientFlag,
  NotOnTrackClientData,
  OutcomeInstrument,
  ReliableDeterioration,
  PerspectivesDifferFlag,
  PerspectivesDifferData,
  AllianceFlag,
  AllianceData,
  AllianceReason,
} from './types';
export { phq9RiskFlag, type Phq9RiskInput } from './risk';
export {
  NOT_ON_TRACK_MIN_RATINGS,
  NOT_ON_TRACK_SHARP_DROP,
  notOnTrackGoalFlag,
  appendToOpenGoalFlag,
  replayNotOnTrackGoal,
  type NotOnTrackGoalInput,
} from './not-on-track-goal';
export {
  notOnTrackClientFlag,
  appendToOpenClientFlag,
  type NotOnTrackClientInput,
  type ScorePair,
} from './not-on-track-client';
export { PERSPECTIVES_DIFFER_GAP, perspectivesDifferFlag, type PerspectivesInput } from './perspectives';
export { allianceFlag, type AllianceInput } from './alliance';
export {
  CHECK_IN_OPENS_BEFORE_MS,
  CHECK_IN_CLOSES_AFTER_MS,
  checkInWindow,
  isCheckInOverdue,
  type CheckInWindowState,
} from './check-in-window';
