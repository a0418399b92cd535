import { planState } from '../consensus/plan-state';
import { type LifecycleStatus, type Side } from '../consensus/types';
import { isNumbered, type TherapySessionStatus } from '../therapy-sessions/numbering';
import { consensusRate } from './consensus-rate';
import {
  type AttendedTherapySessionFact,
  type ClientFacts,
  type GoalFacts,
  type TherapySessionCheckInFacts,
} from './facts';
import { goalClarity, smartShare } from './goal-clarity';
import { bucketByMonth, monthlyTrend } from './monthly-trend';
import { progress } from './progress';
import { ratedRegularly } from './rated-regularly';
import { setFromTheStart } from './set-from-the-start';

/**
 * One client's dashboard rollup: the per-client sufficient statistics the caseload and team
 * dashboards read (table `client_metrics`), and the same month by month (`client_monthly_metrics`).
 *
 * It is the one place rollup values are computed, from the client's raw rows, by calling the
 * metric definitions of this module (goalClarity, consensusRate, smartShare, progress,
 * setFromTheStart, ratedRegularly, monthlyTrend). Every figure is kept as a numerator and a
 * denominator (or a sum and a count) so a team figure is exactly the sum over its clients
 * divided by the sum of counts: the same as the metric over the pooled raw facts.
 *
 * Pure and time-independent: nothing here depends on "now" (whether a review is overdue or
 * which booking is next is decided when the dashboard is read), so a stored rollup stays right
 * until the client's rows change. Server-only, because the plan state hashes the plan
 * (node:crypto); that is why this file is not re-exported from the metrics index.
 *
 * Which rows count:
 * - Outcome ratings are the client's sent (not draft) GBO ratings at numbered therapy sessions
 *   (attended, or booked and not yet recorded), dated by the session's start, exactly as the
 *   progress charts read them. Goals entered in error were never real and are ignored.
 * - "Rated regularly" counts attended sessions; the goals a check-in rates are the goals that
 *   were active (in a signed plan) when the session started, read from the status events. A
 *   check-in cannot rate a goal that is still being agreed, so those do not count as misses.
 */

export interface RollupGoal {
  readonly goalId: string;
  /** Current lifecycle status. */
  readonly status: LifecycleStatus;
  /** Both sides agree on the current version (goals.agreed). */
  readonly agreed: boolean;
  readonly passesAllSmart: boolean;
  readonly firstAgreedAt: Date | null;
  readonly currentVersionId: string;
  readonly createdAt: Date;
  /** The goal's lifecycle events (the first is its proposal), any order. */
  readonly statusEvents: readonly { readonly at: Date; readonly status: LifecycleStatus }[];
}

export interface RollupTherapySession {
  readonly id: string;
  readonly startsAt: Date;
  readonly durationMinutes: number;
  readonly status: TherapySessionStatus;
}

/** A sent client rating of one goal at one therapy session. */
export interface RollupClientRating {
  readonly goalId: string;
  readonly therapySessionId: string;
  /** GBO 0–10. */
  readonly progress: number;
  /** "How clear is this goal to you?" 1–5, if answered. */
  readonly clarity: number | null;
}

/** A client's or therapist's plan signature (supervisor co-signatures do not change the plan's state). */
export interface RollupSignature {
  readonly side: Side;
  readonly hash: string;
  readonly signedAt: Date;
  /** Set on the signature that completed the plan. */
  readonly nextReviewDate: string | null;
}

/** A sent, complete Session Rating Scale (alliance) total. */
export interface RollupSrs {
  readonly therapySessionId: string;
  readonly total: number;
}

/** Everything about one client the rollup needs, as plain rows. */
export interface ClientRollupFacts {
  readonly clientId: string;
  readonly goals: readonly RollupGoal[];
  readonly therapySessions: readonly RollupTherapySession[];
  readonly clientRatings: readonly RollupClientRating[];
  readonly signatures: readonly RollupSignature[];
  readonly srs: readonly RollupSrs[];
}

export type RollupPlanStatus = 'none' | 'unsigned' | 'signed' | 'needs-re-consent';

export interface ProgressPoint {
  /** Session start, ISO instant. */
  readonly at: string;
  /** Mean of the client's goal ratings at that session, to two decimals. */
  readonly mean: number;
}

/** The columns of `client_metrics` (besides ids and refresh time). */
export interface ClientMetricsValues {
  planGoals: number;
  agreedPlanGoals: number;
  smartPlanGoals: number;
  claritySum: number;
  clarityCount: number;
  measuredGoals: number;
  changeSum: number;
  reliableImprovements: number;
  attendedSessions: number;
  ratedRegularlyNumerator: number;
  ratedRegularlyDenominator: number;
  setFromStartEligible: number;
  setFromStartMet: number;
  firstAgreedAt: Date | null;
  lastSessionAt: Date | null;
  planStatus: RollupPlanStatus;
  nextReviewDate: string | null;
  latestSrs: number | null;
  progressSeries: ProgressPoint[];
}

/** One row of `client_monthly_metrics`. */
export interface ClientMonthValues {
  /** 'YYYY-MM' on the organisation's calendar. */
  month: string;
  attendedSessions: number;
  ratedRegularlyNumerator: number;
  ratedRegularlyDenominator: number;
  claritySum: number;
  clarityCount: number;
  gboSum: number;
  gboCount: number;
  goalsAgreed: number;
}

export interface ClientRollup {
  clientId: string;
  metrics: ClientMetricsValues;
  /** Months with any activity, oldest first. */
  months: ClientMonthValues[];
}

/** How many rated sessions the sparkline shows. */
export const PROGRESS_SERIES_LENGTH = 8;

const byStart = (a: RollupTherapySession, b: RollupTherapySession): number =>
  a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The goal's lifecycle status at an instant, from its events; null if it did not exist yet. */
export function statusAt(goal: RollupGoal, instant: Date): LifecycleStatus | null {
  if (goal.statusEvents.length === 0) return goal.createdAt <= instant ? goal.status : null;
  let latest: { at: Date; status: LifecycleStatus } | null = null;
  for (const event of goal.statusEvents) {
    if (event.at > instant) continue;
    if (latest === null || event.at >= latest.at) latest = event;
  }
  return latest?.status ?? null;
}

/** Sum of values that are whole numbers whenever the metric is defined over whole numbers. */
const sumFromMean = (mean: number | null, count: number): number => (mean === null ? 0 : Math.round(mean * count));

export function clientMetricsFromFacts(facts: ClientRollupFacts, timeZone: string): ClientRollup {
  const realGoals = facts.goals.filter((goal) => goal.status !== 'entered-in-error');
  const realGoalIds = new Set(realGoals.map((goal) => goal.goalId));
  const sessions = [...facts.therapySessions].sort(byStart);
  const sessionById = new Map(sessions.map((session) => [session.id, session]));
  const numbered = sessions.filter((session) => isNumbered(session.status));
  const attended = sessions.filter((session) => session.status === 'attended');

  // Outcome ratings: sent client ratings at numbered sessions, dated by the session.
  const outcomeRatings = facts.clientRatings.flatMap((rating) => {
    const session = sessionById.get(rating.therapySessionId);
    if (!session || !isNumbered(session.status) || !realGoalIds.has(rating.goalId)) return [];
    return [{ ...rating, session }];
  });
  const ratingsByGoal = new Map<string, typeof outcomeRatings>();
  for (const rating of outcomeRatings) {
    const list = ratingsByGoal.get(rating.goalId);
    if (list) list.push(rating);
    else ratingsByGoal.set(rating.goalId, [rating]);
  }

  const goalFacts: GoalFacts[] = facts.goals.map((goal) => {
    const ratings = [...(ratingsByGoal.get(goal.goalId) ?? [])].sort((a, b) => byStart(a.session, b.session));
    const clarities = ratings.filter((rating) => rating.clarity !== null);
    return {
      goalId: goal.goalId,
      clientId: facts.clientId,
      therapistId: '',
      status: goal.status,
      agreedOnCurrentVersion: goal.agreed,
      passesAllSmart: goal.passesAllSmart,
      clientRatings: ratings.map((rating) => ({ ratedAt: rating.session.startsAt, value: rating.progress })),
      latestClarity: clarities[clarities.length - 1]?.clarity ?? null,
    };
  });

  const firstAgreedAt = realGoals.reduce<Date | null>(
    (earliest, goal) =>
      goal.firstAgreedAt !== null && (earliest === null || goal.firstAgreedAt < earliest)
        ? goal.firstAgreedAt
        : earliest,
    null,
  );
  const attendedFacts: AttendedTherapySessionFact[] = attended.map((session) => ({
    startsAt: session.startsAt,
    durationMinutes: session.durationMinutes,
  }));
  const clientFacts: ClientFacts = {
    clientId: facts.clientId,
    therapistId: '',
    attendedTherapySessions: attendedFacts,
    firstAgreedAt,
  };

  const checkInFacts = checkInFactsOf(facts.clientId, attended, realGoals, outcomeRatings);

  const clarity = goalClarity(goalFacts);
  const consensus = consensusRate(goalFacts);
  const smart = smartShare(goalFacts);
  const change = progress(goalFacts);
  const regularly = ratedRegularly(checkInFacts);
  const fromStart = setFromTheStart([clientFacts]);

  const planStatus = rollupPlanStatus(facts, timeZone);
  const latestReview = [...facts.signatures]
    .filter((signature) => signature.nextReviewDate !== null)
    .sort((a, b) => b.signedAt.getTime() - a.signedAt.getTime())[0];

  const series = progressSeriesOf(numbered, outcomeRatings);
  const srsByOrder = facts.srs
    .flatMap((srs) => {
      const session = sessionById.get(srs.therapySessionId);
      return session && isNumbered(session.status) ? [{ total: srs.total, session }] : [];
    })
    .sort((a, b) => byStart(a.session, b.session));

  const metrics: ClientMetricsValues = {
    planGoals: consensus.denominator,
    agreedPlanGoals: consensus.numerator,
    smartPlanGoals: smart.numerator,
    claritySum: sumFromMean(clarity.mean, clarity.ratedGoals),
    clarityCount: clarity.ratedGoals,
    measuredGoals: change.measuredGoals,
    changeSum: sumFromMean(change.meanChange, change.measuredGoals),
    reliableImprovements: change.reliableImprovement.numerator,
    attendedSessions: attended.length,
    ratedRegularlyNumerator: regularly.numerator,
    ratedRegularlyDenominator: regularly.denominator,
    setFromStartEligible: fromStart.denominator,
    setFromStartMet: fromStart.numerator,
    firstAgreedAt,
    lastSessionAt: attended[attended.length - 1]?.startsAt ?? null,
    planStatus,
    nextReviewDate: latestReview?.nextReviewDate ?? null,
    latestSrs: srsByOrder[srsByOrder.length - 1]?.total ?? null,
    progressSeries: series.slice(-PROGRESS_SERIES_LENGTH),
  };

  return {
    clientId: facts.clientId,
    metrics,
    months: monthsOf(attended, checkInFacts, outcomeRatings, realGoals, timeZone),
  };
}

/** Per attended session: the goals active then (to be rated) and how many of them the client rated. */
function checkInFactsOf(
  clientId: string,
  attended: readonly RollupTherapySession[],
  realGoals: readonly RollupGoal[],
  outcomeRatings: readonly RollupClientRating[],
): TherapySessionCheckInFacts[] {
  const ratedGoalsAt = new Map<string, Set<string>>();
  for (const rating of outcomeRatings) {
    const set = ratedGoalsAt.get(rating.therapySessionId);
    if (set) set.add(rating.goalId);
    else ratedGoalsAt.set(rating.therapySessionId, new Set([rating.goalId]));
  }
  return attended.map((session) => {
    const toRate = realGoals.filter((goal) => statusAt(goal, session.startsAt) === 'active');
    const rated = ratedGoalsAt.get(session.id);
    return {
      therapySessionId: session.id,
      clientId,
      therapistId: '',
      startsAt: session.startsAt,
      attended: true,
      planGoalCount: toRate.length,
      ratedPlanGoalCount: toRate.filter((goal) => rated?.has(goal.goalId) ?? false).length,
    };
  });
}

/** The plan's standing as the rollup keeps it: none (no goals), signed, needs re-consent, or unsigned. */
function rollupPlanStatus(facts: ClientRollupFacts, timeZone: string): RollupPlanStatus {
  const plan = planState({
    goals: facts.goals.map((goal) => ({
      goalId: goal.goalId,
      title: '',
      status: goal.status,
      agreed: goal.agreed,
      currentVersionId: goal.currentVersionId,
    })),
    signatures: facts.signatures.map((signature) => ({
      side: signature.side,
      hash: signature.hash,
      signedAt: signature.signedAt,
    })),
    minimumGoals: 1,
    now: new Date(0),
    timeZone,
  });
  if (plan.goalCount === 0) return 'none';
  return plan.status === 'signed' || plan.status === 'needs-re-consent' ? plan.status : 'unsigned';
}

/** The mean client rating at each numbered session that has any, to two decimals, oldest first. */
function progressSeriesOf(
  numbered: readonly RollupTherapySession[],
  outcomeRatings: readonly RollupClientRating[],
): ProgressPoint[] {
  const series: ProgressPoint[] = [];
  for (const session of numbered) {
    const values = outcomeRatings
      .filter((rating) => rating.therapySessionId === session.id)
      .map((rating) => rating.progress);
    if (values.length === 0) continue;
    series.push({
      at: session.startsAt.toISOString(),
      mean: Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100,
    });
  }
  return series;
}

function monthsOf(
  attended: readonly RollupTherapySession[],
  checkInFacts: readonly TherapySessionCheckInFacts[],
  outcomeRatings: readonly (RollupClientRating & { session: RollupTherapySession })[],
  realGoals: readonly RollupGoal[],
  timeZone: string,
): ClientMonthValues[] {
  const months = new Map<string, ClientMonthValues>();
  const row = (month: string): ClientMonthValues => {
    let values = months.get(month);
    if (values === undefined) {
      values = {
        month,
        attendedSessions: 0,
        ratedRegularlyNumerator: 0,
        ratedRegularlyDenominator: 0,
        claritySum: 0,
        clarityCount: 0,
        gboSum: 0,
        gboCount: 0,
        goalsAgreed: 0,
      };
      months.set(month, values);
    }
    return values;
  };
  for (const { month, items } of bucketByMonth(attended, (session) => session.startsAt, timeZone))
    row(month).attendedSessions = items.length;
  for (const { month, figure } of monthlyTrend(checkInFacts, (fact) => fact.startsAt, timeZone, ratedRegularly)) {
    row(month).ratedRegularlyNumerator = figure.numerator;
    row(month).ratedRegularlyDenominator = figure.denominator;
  }
  for (const { month, items } of bucketByMonth(outcomeRatings, (rating) => rating.session.startsAt, timeZone)) {
    const values = row(month);
    for (const rating of items) {
      values.gboSum += rating.progress;
      values.gboCount += 1;
      if (rating.clarity !== null) {
        values.claritySum += rating.clarity;
        values.clarityCount += 1;
      }
    }
  }
  const agreed = realGoals.filter((goal): goal is RollupGoal & { firstAgreedAt: Date } => goal.firstAgreedAt !== null);
  for (const { month, items } of bucketByMonth(agreed, (goal) => goal.firstAgreedAt, timeZone))
    row(month).goalsAgreed = items.length;
  return [...months.values()]
    .filter((values) => Object.entries(values).some(([key, value]) => key !== 'month' && value !== 0))
    .sort((a, b) => (a.month < b.month ? -1 : 1));
}
