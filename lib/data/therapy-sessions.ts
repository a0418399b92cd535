import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  checkIns,
  gasRatings,
  gasScales,
  goalRatings,
  measureResponses,
  therapySessionRevisions,
  therapySessions,
} from '@/db/schema';
import type { RatingHistoryEntry } from '@/db/schema';
import type { Executor, Tx } from '@/db/types';
import { canActAsTreatingClinician, canViewClientAsClinician } from '@/lib/auth/policy';
import { instantToWallTime, wallTimeToInstant, type TherapySessionStatus } from '@/lib/domain/therapy-sessions';
import { AppError } from '@/lib/errors';
import { refreshClientMetrics } from '@/lib/rollups/client-metrics';
import { fieldErrorsOf, parseInput } from '@/lib/validation/parse';
import {
  recordTherapySessionSchema,
  scheduleTherapySessionSchema,
  therapistRatingsSchema,
  type RecordTherapySessionInput,
  type TherapistRatingsInput,
} from '@/lib/validation/therapy-sessions';
import { loadClientWithAccessFacts } from './internal/access-facts';
import { authorize, readAudited, writeAudited } from './internal/audit';
import { dataContext } from './internal/context';
import { evaluatePerspectivesFlags } from './internal/flag-raising';
import {
  loadActiveGoals,
  loadNumberedSessions,
  loadTherapySessionWithAccess,
  type TherapySessionWithAccess,
} from './internal/therapy-session-access';
import { loadOrganizationRules } from './internal/organization-rules';
import { databaseNow } from './internal/clock';
import type { Instrument } from '@/lib/domain/scoring';

/*
 * Therapy sessions as the clinician sees them: scheduling, recording what happened (with a
 * private note), and the therapist's own progress rating of each goal. Session numbers are
 * derived, never typed. The supervisor sees everything read-only; the client never sees the
 * private note.
 */

/** How far back and ahead a session may be put in the calendar. */
const EARLIEST_YEARS_BACK = 5;
const LATEST_DAYS_AHEAD = 366;

export type CheckInState = 'none' | 'draft' | 'submitted';

export interface MeasureSummary {
  instrument: Instrument;
  total: number | null;
  band: string | null;
  complete: boolean;
  isDraft: boolean;
  /** PHQ-9 only: the answer to question 9, if given. */
  item9: number | null;
}

export interface TherapySessionListItem {
  id: string;
  number: number | null;
  scheduledAt: string;
  durationMinutes: number;
  status: TherapySessionStatus;
  before: CheckInState;
  after: CheckInState;
  measures: MeasureSummary[];
}

export interface TherapySessionList {
  client: { id: string; displayName: string; hasPortalAccount: boolean };
  canEdit: boolean;
  timeZone: string;
  /** A suggestion for the next booking, as a wall-clock time for the form. */
  suggestedNext: string;
  sessions: TherapySessionListItem[];
}

function toMeasureSummary(row: {
  instrument: MeasureSummary['instrument'];
  total: number | null;
  band: string | null;
  complete: boolean;
  isDraft: boolean;
  answers: (number | null)[];
}): MeasureSummary {
  return {
    instrument: row.instrument,
    total: row.total,
    band: row.band,
    complete: row.complete,
    isDraft: row.isDraft,
    item9: row.instrument === 'phq9' ? (row.answers[8] ?? null) : null,
  };
}

async function loadSessionExtras(executor: Executor, organizationId: string, therapySessionIds: string[]) {
  if (therapySessionIds.length === 0) return { checkInRows: [], measureRows: [] };
  // Sequential: the executor may be a transaction's single connection.
  const checkInRows = await executor
    .select({ therapySessionId: checkIns.therapySessionId, kind: checkIns.kind, status: checkIns.status })
    .from(checkIns)
    .where(and(eq(checkIns.organizationId, organizationId), inArray(checkIns.therapySessionId, therapySessionIds)));
  const measureRows = await executor
    .select({
      therapySessionId: measureResponses.therapySessionId,
      instrument: measureResponses.instrument,
      total: measureResponses.total,
      band: measureResponses.band,
      complete: measureResponses.complete,
      isDraft: measureResponses.isDraft,
      answers: measureResponses.answers,
    })
    .from(measureResponses)
    .where(
      and(
        eq(measureResponses.organizationId, organizationId),
        inArray(measureResponses.therapySessionId, therapySessionIds),
      ),
    );
  return { checkInRows, measureRows };
}

/** A client's therapy sessions, newest first, with check-in state and measure totals. */
export async function listTherapySessions(clientId: string): Promise<TherapySessionList> {
  const ctx = await dataContext();
  return readAudited(
    ctx,
    { action: 'therapy-session.list', entityType: 'client', entityId: clientId },
    async () => {
      const client = await loadClientWithAccessFacts(ctx.db, ctx.principal.organizationId, clientId);
      authorize(client !== null, 'missing-or-foreign');
      authorize(canViewClientAsClinician(ctx.principal, client), 'not-clinician-of-client');
      const [rules, sessions] = await Promise.all([
        loadOrganizationRules(ctx.db, client.organizationId),
        loadNumberedSessions(ctx.db, client.organizationId, client.id),
      ]);
      const { checkInRows, measureRows } = await loadSessionExtras(
        ctx.db,
        client.organizationId,
        sessions.map((s) => s.id),
      );
      const state = (id: string, kind: 'before' | 'after'): CheckInState =>
        checkInRows.find((r) => r.therapySessionId === id && r.kind === kind)?.status ?? 'none';
      const last = sessions[sessions.length - 1];
      const now = new Date();
      const nextWeek = last && last.scheduledAt > now ? new Date(last.scheduledAt.getTime() + 7 * 86_400_000) : null;
      const tomorrowTen = `${instantToWallTime(new Date(now.getTime() + 86_400_000), rules.timeZone).slice(0, 10)}T10:00`;
      return {
        client: { id: client.id, displayName: client.displayName, hasPortalAccount: client.portalUserId !== null },
        canEdit: canActAsTreatingClinician(ctx.principal, client),
        timeZone: rules.timeZone,
        suggestedNext: nextWeek ? instantToWallTime(nextWeek, rules.timeZone) : tomorrowTen,
        sessions: sessions
          .map((s) => ({
            id: s.id,
            number: s.number,
            scheduledAt: s.scheduledAt.toISOString(),
            durationMinutes: s.durationMinutes,
            status: s.status,
            before: state(s.id, 'before'),
            after: state(s.id, 'after'),
            measures: measureRows.filter((m) => m.therapySessionId === s.id).map(toMeasureSummary),
          }))
          .reverse(),
      };
    },
    (list) => ({ details: { rows: list.sessions.length } }),
  );
}

export interface GoalRatingView {
  goalId: string;
  wording: string;
  client: { progress: number | null; clarity: number | null; isDraft: boolean } | null;
  therapist: { progress: number | null; history: RatingHistoryEntry[] } | null;
  gas: {
    scale: {
      id: string;
      version: number;
      levels: Record<'-2' | '-1' | '0' | '1' | '2', string>;
      weight: number | null;
    } | null;
    level: number | null;
  };
}

export interface TherapySessionDetail {
  id: string;
  number: number | null;
  scheduledAt: string;
  /** The scheduled time on the organisation's wall clock, for the edit form. */
  scheduledAtLocal: string;
  durationMinutes: number;
  status: TherapySessionStatus;
  privateNote: string | null;
  version: number;
  started: boolean;
  client: { id: string; displayName: string };
  canEdit: boolean;
  /** The therapist can rate once the session has started and as long as it took place. */
  canRate: boolean;
  timeZone: string;
  before: CheckInState;
  after: CheckInState;
  goals: GoalRatingView[];
  measures: (MeasureSummary & { answers: (number | null)[] })[];
}

/** One therapy session with both sides' ratings, GAS and measures. */
export async function getTherapySession(therapySessionId: string): Promise<TherapySessionDetail> {
  const ctx = await dataContext();
  return readAudited(
    ctx,
    { action: 'therapy-session.read', entityType: 'therapy_session', entityId: therapySessionId },
    async () => {
      const session = await loadTherapySessionWithAccess(ctx.db, ctx.principal.organizationId, therapySessionId);
      authorize(session !== null, 'missing-or-foreign');
      authorize(canViewClientAsClinician(ctx.principal, session.client), 'not-clinician-of-client');
      return toDetail(ctx.db, session, canActAsTreatingClinician(ctx.principal, session.client));
    },
  );
}

async function toDetail(
  executor: Executor,
  session: TherapySessionWithAccess,
  canEdit: boolean,
): Promise<TherapySessionDetail> {
  const organizationId = session.organizationId;
  const now = new Date();
  // Sequential: the executor may be a transaction's single connection.
  const rules = await loadOrganizationRules(executor, organizationId);
  const sessions = await loadNumberedSessions(executor, organizationId, session.clientId);
  const goals = await loadActiveGoals(executor, organizationId, session.clientId);
  const ratings = await executor
    .select({
      goalId: goalRatings.goalId,
      side: goalRatings.side,
      progress: goalRatings.progress,
      clarity: goalRatings.clarity,
      isDraft: goalRatings.isDraft,
      history: goalRatings.history,
    })
    .from(goalRatings)
    .where(and(eq(goalRatings.organizationId, organizationId), eq(goalRatings.therapySessionId, session.id)));
  const scales = await executor
    .select()
    .from(gasScales)
    .where(and(eq(gasScales.organizationId, organizationId), eq(gasScales.clientId, session.clientId)));
  const gas = await executor
    .select({ goalId: gasRatings.goalId, level: gasRatings.level })
    .from(gasRatings)
    .where(and(eq(gasRatings.organizationId, organizationId), eq(gasRatings.therapySessionId, session.id)));
  const extras = await loadSessionExtras(executor, organizationId, [session.id]);
  const number = sessions.find((s) => s.id === session.id)?.number ?? null;
  const started = session.scheduledAt <= now;
  const state = (kind: 'before' | 'after'): CheckInState =>
    extras.checkInRows.find((r) => r.kind === kind)?.status ?? 'none';
  return {
    id: session.id,
    number,
    scheduledAt: session.scheduledAt.toISOString(),
    scheduledAtLocal: instantToWallTime(session.scheduledAt, rules.timeZone),
    durationMinutes: session.durationMinutes,
    status: session.status,
    privateNote: session.privateNote,
    version: session.version,
    started,
    client: { id: session.client.id, displayName: session.client.displayName },
    canEdit,
    canRate: canEdit && started && number !== null,
    timeZone: rules.timeZone,
    before: state('before'),
    after: state('after'),
    goals: goals.map((goal) => {
      const client = ratings.find((r) => r.goalId === goal.goalId && r.side === 'client');
      const therapist = ratings.find((r) => r.goalId === goal.goalId && r.side === 'therapist');
      const scale = scales.filter((s) => s.goalId === goal.goalId).sort((a, b) => b.version - a.version)[0];
      return {
        goalId: goal.goalId,
        wording: goal.wording,
        client: client ? { progress: client.progress, clarity: client.clarity, isDraft: client.isDraft } : null,
        therapist: therapist ? { progress: therapist.progress, history: therapist.history } : null,
        gas: {
          scale: scale
            ? {
                id: scale.id,
                version: scale.version,
                levels: {
                  '-2': scale.levelMinus2,
                  '-1': scale.levelMinus1,
                  '0': scale.level0,
                  '1': scale.levelPlus1,
                  '2': scale.levelPlus2,
                },
                weight: scale.weight,
              }
            : null,
          level: gas.find((g) => g.goalId === goal.goalId)?.level ?? null,
        },
      };
    }),
    measures: extras.measureRows.map((m) => ({ ...toMeasureSummary(m), answers: m.answers })),
  };
}

function toInstantOrRefuse(wallTime: string, timeZone: string, now: Date): Date {
  const instant = wallTimeToInstant(wallTime, timeZone);
  if (!instant) {
    throw new AppError('invalid', 'Some details need attention.', {
      fieldErrors: {
        scheduledAt: ['That time does not exist on the clinic’s clock (the clocks change then). Choose another time.'],
      },
    });
  }
  const earliest = new Date(now);
  earliest.setUTCFullYear(earliest.getUTCFullYear() - EARLIEST_YEARS_BACK);
  if (instant < earliest || instant.getTime() > now.getTime() + LATEST_DAYS_AHEAD * 86_400_000) {
    throw new AppError('invalid', 'Some details need attention.', {
      fieldErrors: {
        scheduledAt: [`Choose a time within the last ${EARLIEST_YEARS_BACK} years or the next 12 months.`],
      },
    });
  }
  return instant;
}

/** Books a session for a client of the caller's own caseload. */
export async function scheduleTherapySession(raw: unknown): Promise<{ id: string }> {
  const ctx = await dataContext();
  const input = parseInput(scheduleTherapySessionSchema, raw);
  return writeAudited(
    ctx,
    { action: 'therapy-session.schedule', entityType: 'client', entityId: input.clientId },
    async (tx) => {
      const client = await loadClientWithAccessFacts(tx, ctx.principal.organizationId, input.clientId);
      authorize(client !== null, 'missing-or-foreign');
      authorize(canActAsTreatingClinician(ctx.principal, client), 'not-treating-clinician');
      const rules = await loadOrganizationRules(tx, client.organizationId);
      const scheduledAt = toInstantOrRefuse(input.scheduledAt, rules.timeZone, await databaseNow(tx));
      const [created] = await tx
        .insert(therapySessions)
        .values({
          organizationId: client.organizationId,
          clientId: client.id,
          clinicianId: ctx.principal.userId,
          scheduledAt,
          durationMinutes: input.durationMinutes,
          createdBy: ctx.principal.userId,
        })
        .returning({ id: therapySessions.id });
      if (!created) throw new Error('therapy session insert returned nothing');
      await tx.insert(therapySessionRevisions).values({
        organizationId: client.organizationId,
        therapySessionId: created.id,
        version: 1,
        snapshot: {
          scheduledAt: scheduledAt.toISOString(),
          durationMinutes: input.durationMinutes,
          status: 'scheduled',
          privateNote: null,
        },
        editedBy: ctx.principal.userId,
      });
      await refreshClientMetrics(tx, client.organizationId, client.id);
      return created;
    },
  );
}

async function lockSessionAsTreating(
  tx: Tx,
  organizationId: string,
  principal: Parameters<typeof canActAsTreatingClinician>[0],
  therapySessionId: string,
) {
  const session = await loadTherapySessionWithAccess(tx, organizationId, therapySessionId, { forUpdate: true });
  authorize(session !== null, 'missing-or-foreign');
  authorize(canActAsTreatingClinician(principal, session.client), 'not-treating-clinician');
  return session;
}

/**
 * Records what happened (attended, cancelled, no-show), moves the time or length, and keeps a
 * private note. Names the version it started from: a stale edit is refused with the current
 * values, and every saved state is kept as a revision.
 */
export async function recordTherapySession(raw: unknown): Promise<TherapySessionDetail> {
  const ctx = await dataContext();
  const input: RecordTherapySessionInput = parseInput(recordTherapySessionSchema, raw);
  return writeAudited(
    ctx,
    { action: 'therapy-session.record', entityType: 'therapy_session', entityId: input.therapySessionId },
    async (tx) => {
      const session = await lockSessionAsTreating(
        tx,
        ctx.principal.organizationId,
        ctx.principal,
        input.therapySessionId,
      );
      const rules = await loadOrganizationRules(tx, session.organizationId);
      const now = await databaseNow(tx);
      if (session.version !== input.version) {
        throw new AppError(
          'conflict',
          'Someone else changed this session while you were editing it. Nothing was saved: ' +
            'the current details are shown, so you can make your change again.',
          { current: await toDetail(tx, session, true) },
        );
      }
      const scheduledAt =
        input.scheduledAt === instantToWallTime(session.scheduledAt, rules.timeZone)
          ? session.scheduledAt
          : toInstantOrRefuse(input.scheduledAt, rules.timeZone, now);
      if ((input.status === 'attended' || input.status === 'no-show') && scheduledAt > now) {
        throw new AppError('invalid', 'Some details need attention.', {
          fieldErrors: { status: ['A session can be recorded as attended or missed once its start time has passed.'] },
        });
      }
      const changes = {
        scheduledAt,
        durationMinutes: input.durationMinutes,
        status: input.status,
        privateNote: input.privateNote,
      };
      const [updated] = await tx
        .update(therapySessions)
        .set({ ...changes, version: sql`${therapySessions.version} + 1`, updatedAt: now })
        .where(
          and(
            eq(therapySessions.organizationId, ctx.principal.organizationId),
            eq(therapySessions.id, session.id),
            eq(therapySessions.version, input.version),
          ),
        )
        .returning({ version: therapySessions.version });
      if (!updated) throw new AppError('conflict', 'Someone else changed this session. Reload the page and try again.');
      await tx.insert(therapySessionRevisions).values({
        organizationId: session.organizationId,
        therapySessionId: session.id,
        version: updated.version,
        snapshot: { ...changes, scheduledAt: scheduledAt.toISOString() },
        editedBy: ctx.principal.userId,
      });
      await refreshClientMetrics(tx, session.organizationId, session.clientId);
      const fresh = await loadTherapySessionWithAccess(tx, session.organizationId, session.id);
      return toDetail(tx, fresh!, true);
    },
    (detail) => ({ details: { status: detail.status, version: detail.version } }),
  );
}

/**
 * The therapist's own progress rating (0–10) of each active goal for a session that has
 * started. A blank leaves a goal unrated. Changing a rating keeps the old value in its history.
 * Returns how many ratings changed, and the session's client (for the caller to refresh its pages).
 */
export async function saveTherapistRatings(raw: unknown): Promise<{ saved: number; clientId: string }> {
  const ctx = await dataContext();
  const input: TherapistRatingsInput = parseTherapistRatings(raw);
  return writeAudited(
    ctx,
    { action: 'goal-rating.therapist', entityType: 'therapy_session', entityId: input.therapySessionId },
    async (tx) => {
      const session = await lockSessionAsTreating(
        tx,
        ctx.principal.organizationId,
        ctx.principal,
        input.therapySessionId,
      );
      const organizationId = session.organizationId;
      const sessions = await loadNumberedSessions(tx, organizationId, session.clientId);
      const goals = await loadActiveGoals(tx, organizationId, session.clientId);
      const number = sessions.find((s) => s.id === session.id)?.number ?? null;
      if (number === null)
        throw new AppError('invalid', 'This session did not take place, so its goals cannot be rated.', {
          fieldErrors: { form: ['This session did not take place.'] },
        });
      const now = await databaseNow(tx);
      if (session.scheduledAt > now)
        throw new AppError('invalid', 'Goals can be rated once the session has started.', {
          fieldErrors: { form: ['This session has not started yet.'] },
        });
      const known = new Map(goals.map((g) => [g.goalId, g]));
      if (input.ratings.some((r) => !known.has(r.goalId))) {
        throw new AppError(
          'invalid',
          'One of these goals is not in the plan any more. Reload the page and try again.',
          { fieldErrors: { ratings: ['Reload the page and try again.'] } },
        );
      }
      const existing = await tx
        .select({
          id: goalRatings.id,
          goalId: goalRatings.goalId,
          progress: goalRatings.progress,
          ratedBy: goalRatings.ratedBy,
          ratedAt: goalRatings.ratedAt,
          history: goalRatings.history,
        })
        .from(goalRatings)
        .where(and(eq(goalRatings.therapySessionId, session.id), eq(goalRatings.side, 'therapist')));
      let saved = 0;
      for (const rating of input.ratings) {
        if (rating.progress === null) continue;
        const goal = known.get(rating.goalId)!;
        const before = existing.find((e) => e.goalId === rating.goalId);
        if (before) {
          if (before.progress === rating.progress) continue;
          const history: RatingHistoryEntry[] = [
            ...before.history,
            { progress: before.progress, ratedBy: before.ratedBy, ratedAt: before.ratedAt.toISOString() },
          ];
          await tx
            .update(goalRatings)
            .set({
              progress: rating.progress,
              goalVersionId: goal.goalVersionId,
              ratedBy: ctx.principal.userId,
              ratedAt: now,
              history,
            })
            .where(and(eq(goalRatings.organizationId, ctx.principal.organizationId), eq(goalRatings.id, before.id)));
        } else {
          await tx.insert(goalRatings).values({
            organizationId,
            clientId: session.clientId,
            goalId: rating.goalId,
            goalVersionId: goal.goalVersionId,
            therapySessionId: session.id,
            side: 'therapist',
            progress: rating.progress,
            isDraft: false,
            ratedBy: ctx.principal.userId,
          });
        }
        saved += 1;
      }
      await evaluatePerspectivesFlags(tx, { organizationId, clientId: session.clientId, therapySessionId: session.id });
      return { saved, clientId: session.clientId };
    },
    (result) => ({ details: { saved: result.saved } }),
  );
}

function parseTherapistRatings(raw: unknown): TherapistRatingsInput {
  const result = therapistRatingsSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new AppError('invalid', 'Some ratings need attention.', { fieldErrors: fieldErrorsOf(result.error) });
}
