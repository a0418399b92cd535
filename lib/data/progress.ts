import 'server-only';
import { todayIn } from '@/lib/time/local-date';
import { and, eq, inArray } from 'drizzle-orm';
import { gasRatings, gasScales, goalRatings, measureResponses } from '@/db/schema';
import type { Executor } from '@/db/types';
import { canViewClientAsClinician } from '@/lib/auth/policy';
import {
  classifyGad7Change,
  classifyOrsChange,
  classifyPhq9Change,
  gasTScore,
  gboChange,
  ageOnDate,
  orsClinicalCutoff,
  ORS_AGE_UNKNOWN_NOTE,
  ORS_CHILD_NOTE,
  roundToOneDecimal,
  type ChangeClassification,
  type GboChange,
} from '@/lib/domain/scoring';
import {
  describeFrequency,
  progressWords,
  recentWeekStarts,
  weekStartOf,
  weeklyTarget,
  type ProgressWords,
} from '@/lib/domain/therapy-sessions';
import { loadClientWithAccessFacts } from './internal/access-facts';
import { authorize, readAudited } from './internal/audit';
import { dataContext } from './internal/context';
import { loadOwnClientRecord } from './internal/portal-access';
import {
  loadActiveObjectives,
  loadGoals,
  loadNumberedSessions,
  loadTicksSince,
  loadUserName,
  type NumberedTherapySession,
} from './internal/therapy-session-access';
import { loadOrganizationRules } from './internal/organization-rules';
import type { Instrument } from '@/lib/domain/scoring';

/*
 * Progress over time, for the charts: each goal's client and therapist ratings by session,
 * each measure's totals with their bands, goal attainment (GAS T-score) by session, and how
 * many objective steps were done each week. Only sent answers count; drafts are not outcomes.
 */

export interface GoalPoint {
  therapySessionId: string;
  number: number;
  date: string;
  client: number | null;
  therapist: number | null;
}

export interface GoalProgress {
  goalId: string;
  wording: string;
  lifecycleStatus: string;
  points: GoalPoint[];
  /** From the client's ratings: the first is the baseline. */
  change: GboChange | null;
  latestClarity: number | null;
}

export type MeasureInstrument = Instrument;

export interface MeasurePoint {
  number: number;
  date: string;
  total: number;
  /** ORS only: the clinical cutoff for the client's age on the date of this score; null when none applies (under 13, age unknown). */
  cutoff?: number | null;
}

export interface MeasureSeries {
  instrument: MeasureInstrument;
  points: MeasurePoint[];
  change: ChangeClassification | null;
  /** ORS: why a score has no cutoff (age unknown: asks for the date of birth; under 13); null otherwise. */
  cutoffNote: string | null;
}

export interface ObjectiveWeeks {
  objectiveId: string;
  description: string;
  goalWording: string;
  frequency: string | null;
  weeklyTarget: number | null;
  weeks: { weekStart: string; done: number }[];
}

export interface ClientProgress {
  client: { id: string; displayName: string };
  goals: GoalProgress[];
  measures: MeasureSeries[];
  gas: { number: number; date: string; tScore: number; goalsRated: number }[];
  objectives: ObjectiveWeeks[];
}

const WEEKS_SHOWN = 8;

type Numbered = NumberedTherapySession & { number: number };

async function goalSeries(
  executor: Executor,
  organizationId: string,
  clientId: string,
  sessions: Numbered[],
  goalIds: string[],
) {
  if (goalIds.length === 0) return [];
  return executor
    .select({
      goalId: goalRatings.goalId,
      therapySessionId: goalRatings.therapySessionId,
      side: goalRatings.side,
      progress: goalRatings.progress,
      clarity: goalRatings.clarity,
    })
    .from(goalRatings)
    .where(
      and(
        eq(goalRatings.organizationId, organizationId),
        eq(goalRatings.clientId, clientId),
        eq(goalRatings.isDraft, false),
        inArray(goalRatings.goalId, goalIds),
      ),
    )
    .then((rows) => rows.filter((r) => sessions.some((s) => s.id === r.therapySessionId)));
}

function toGoalProgress(
  goal: { goalId: string; wording: string; lifecycleStatus: string },
  sessions: Numbered[],
  ratings: Awaited<ReturnType<typeof goalSeries>>,
): GoalProgress {
  const points: GoalPoint[] = [];
  let latestClarity: number | null = null;
  for (const session of sessions) {
    const client = ratings.find(
      (r) => r.goalId === goal.goalId && r.therapySessionId === session.id && r.side === 'client',
    );
    const therapist = ratings.find(
      (r) => r.goalId === goal.goalId && r.therapySessionId === session.id && r.side === 'therapist',
    );
    if (!client && !therapist) continue;
    if (client?.clarity != null) latestClarity = client.clarity;
    points.push({
      therapySessionId: session.id,
      number: session.number,
      date: session.scheduledAt.toISOString(),
      client: client?.progress ?? null,
      therapist: therapist?.progress ?? null,
    });
  }
  const clientRatings = points.map((p) => p.client).filter((r): r is number => r !== null);
  return { ...goal, points, change: gboChange(clientRatings), latestClarity };
}

async function measureSeries(
  executor: Executor,
  organizationId: string,
  clientId: string,
  sessions: Numbered[],
  dateOfBirth: string | null,
  timeZone: string,
): Promise<MeasureSeries[]> {
  const rows = await executor
    .select({
      instrument: measureResponses.instrument,
      therapySessionId: measureResponses.therapySessionId,
      total: measureResponses.total,
    })
    .from(measureResponses)
    .where(
      and(
        eq(measureResponses.organizationId, organizationId),
        eq(measureResponses.clientId, clientId),
        eq(measureResponses.isDraft, false),
        eq(measureResponses.complete, true),
      ),
    );
  // A score's age is taken on its date: the session's day on the organisation's calendar.
  const ageAt = (date: string) => ageOnDate(dateOfBirth, todayIn(timeZone, new Date(date)));
  return (['phq9', 'gad7', 'ors', 'srs'] as const).map((instrument) => {
    const points: MeasurePoint[] = sessions.flatMap((s) => {
      const row = rows.find((r) => r.instrument === instrument && r.therapySessionId === s.id && r.total !== null);
      if (!row) return [];
      const point = { number: s.number, date: s.scheduledAt.toISOString(), total: row.total! };
      return [instrument === 'ors' ? { ...point, cutoff: orsClinicalCutoff(ageAt(point.date)).cutoff } : point];
    });
    const first = points[0];
    const latest = points[points.length - 1];
    const change =
      first && latest && points.length >= 2
        ? instrument === 'phq9'
          ? classifyPhq9Change(first.total, latest.total)
          : instrument === 'gad7'
            ? classifyGad7Change(first.total, latest.total)
            : instrument === 'ors'
              ? classifyOrsChange(first.total, latest.total, ageAt(first.date), ageAt(latest.date))
              : null
        : null;
    const bases = instrument === 'ors' ? points.map((p) => orsClinicalCutoff(ageAt(p.date)).basis) : [];
    const cutoffNote = bases.includes('age-unknown')
      ? ORS_AGE_UNKNOWN_NOTE
      : bases.includes('child-no-cutoff')
        ? ORS_CHILD_NOTE
        : null;
    return { instrument, points, change, cutoffNote };
  });
}

async function gasSeries(executor: Executor, organizationId: string, clientId: string, sessions: Numbered[]) {
  const rows = await executor
    .select({ therapySessionId: gasRatings.therapySessionId, level: gasRatings.level, weight: gasScales.weight })
    .from(gasRatings)
    .innerJoin(
      gasScales,
      and(eq(gasScales.organizationId, gasRatings.organizationId), eq(gasScales.id, gasRatings.gasScaleId)),
    )
    .where(and(eq(gasRatings.organizationId, organizationId), eq(gasRatings.clientId, clientId)));
  return sessions.flatMap((s) => {
    const items = rows
      .filter((r) => r.therapySessionId === s.id)
      .map((r) => ({ level: r.level, weight: r.weight ?? undefined }));
    const t = gasTScore(items);
    return t === null
      ? []
      : [
          {
            number: s.number,
            date: s.scheduledAt.toISOString(),
            tScore: roundToOneDecimal(t),
            goalsRated: items.length,
          },
        ];
  });
}

async function objectiveWeeks(
  executor: Executor,
  organizationId: string,
  clientId: string,
  today: string,
  weekCount: number,
): Promise<ObjectiveWeeks[]> {
  const weekStarts = recentWeekStarts(today, weekCount);
  const rows = await loadActiveObjectives(executor, organizationId, clientId);
  if (rows.length === 0) return [];
  const ticks = await loadTicksSince(executor, organizationId, clientId, weekStarts[0]!);
  return rows.map((row) => ({
    objectiveId: row.objectiveId,
    description: row.description,
    goalWording: row.goalWording,
    frequency: describeFrequency(row.timesPerPeriod, row.period),
    weeklyTarget: weeklyTarget(row.timesPerPeriod, row.period),
    weeks: weekStarts.map((weekStart) => ({
      weekStart,
      done: ticks.filter((t) => t.objectiveId === row.objectiveId && weekStartOf(t.doneOn) === weekStart).length,
    })),
  }));
}

/** A client's progress over time, for their clinician and supervisor. */
export async function getClientProgress(clientId: string): Promise<ClientProgress> {
  const ctx = await dataContext();
  return readAudited(ctx, { action: 'progress.view', entityType: 'client', entityId: clientId }, async () => {
    const client = await loadClientWithAccessFacts(ctx.db, ctx.principal.organizationId, clientId);
    authorize(client !== null, 'missing-or-foreign');
    authorize(canViewClientAsClinician(ctx.principal, client), 'not-clinician-of-client');
    const organizationId = client.organizationId;
    const [rules, allSessions, allGoals] = await Promise.all([
      loadOrganizationRules(ctx.db, organizationId),
      loadNumberedSessions(ctx.db, organizationId, client.id),
      loadGoals(ctx.db, organizationId, client.id, 'all'),
    ]);
    const sessions = allSessions.filter((s): s is Numbered => s.number !== null);
    const shownGoals = allGoals.filter(
      (g) =>
        g.lifecycleStatus !== 'entered-in-error' &&
        g.lifecycleStatus !== 'rejected' &&
        g.lifecycleStatus !== 'proposed',
    );
    const [ratings, measures, gas, objectiveRows] = await Promise.all([
      goalSeries(
        ctx.db,
        organizationId,
        client.id,
        sessions,
        shownGoals.map((g) => g.goalId),
      ),
      measureSeries(ctx.db, organizationId, client.id, sessions, client.dateOfBirth, rules.timeZone),
      gasSeries(ctx.db, organizationId, client.id, sessions),
      objectiveWeeks(ctx.db, organizationId, client.id, todayIn(rules.timeZone, new Date()), WEEKS_SHOWN),
    ]);
    const progress = shownGoals.map((goal) => toGoalProgress(goal, sessions, ratings));
    return {
      client: { id: client.id, displayName: client.displayName },
      // Active goals first; others only if they were ever rated.
      goals: [
        ...progress.filter((g) => g.lifecycleStatus === 'active'),
        ...progress.filter((g) => g.lifecycleStatus !== 'active' && g.points.length > 0),
      ],
      measures,
      gas,
      objectives: objectiveRows,
    };
  });
}

export interface MyGoalProgress {
  goalId: string;
  wording: string;
  points: { number: number; date: string; rating: number }[];
  words: ProgressWords;
}

export interface MyProgress {
  timeZone: string;
  therapistName: string | null;
  goals: MyGoalProgress[];
  objectives: ObjectiveWeeks[];
}

/** The signed-in client's own goal charts, with encouraging words. Their therapist's ratings are for sessions, not shown here. */
export async function getMyProgress(): Promise<MyProgress> {
  const ctx = await dataContext();
  return readAudited(
    ctx,
    { action: 'portal.progress', entityType: 'client', entityId: ctx.principal.clientId },
    async () => {
      const client = await loadOwnClientRecord(ctx);
      const organizationId = client.organizationId;
      const [rules, allSessions, activeGoals, therapistName] = await Promise.all([
        loadOrganizationRules(ctx.db, organizationId),
        loadNumberedSessions(ctx.db, organizationId, client.id),
        loadGoals(ctx.db, organizationId, client.id, ['active']),
        loadUserName(ctx.db, organizationId, client.clinicianId),
      ]);
      const sessions = allSessions.filter((s): s is Numbered => s.number !== null);
      const [ratings, objectiveRows] = await Promise.all([
        goalSeries(
          ctx.db,
          organizationId,
          client.id,
          sessions,
          activeGoals.map((g) => g.goalId),
        ),
        objectiveWeeks(ctx.db, organizationId, client.id, todayIn(rules.timeZone, new Date()), 6),
      ]);
      return {
        timeZone: rules.timeZone,
        therapistName,
        goals: activeGoals.map((goal) => {
          const points = toGoalProgress(
            goal,
            sessions,
            ratings.filter((r) => r.side === 'client'),
          )
            .points.filter((p) => p.client !== null)
            .map((p) => ({ number: p.number, date: p.date, rating: p.client! }));
          return {
            goalId: goal.goalId,
            wording: goal.wording,
            points,
            words: progressWords(
              points.map((p) => p.rating),
              therapistName,
            ),
          };
        }),
        objectives: objectiveRows,
      };
    },
  );
}
