import 'server-only';
import { todayIn } from '@/lib/time/local-date';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { checkIns, goalRatings, safetySignals } from '@/db/schema';
import type { Tx } from '@/db/types';
import { CHECK_IN_OPENS_BEFORE_MS, checkInWindow } from '@/lib/domain/flags';
import { ScoringInputError } from '@/lib/domain/scoring';
import {
  AFTER_CHECK_IN_OPEN_FOR_MS,
  afterSessionWindow,
  measuresDueBefore,
  srsDueAfter,
} from '@/lib/domain/therapy-sessions';
import { AppError, type FieldErrors } from '@/lib/errors';
import {
  afterCheckInInputSchema,
  checkInInputSchema,
  requireAnswered,
  validateBeforeCheckIn,
  type AfterCheckInInput,
  type CheckInInput,
} from '@/lib/validation/check-ins';
import { fieldErrorsOf } from '@/lib/validation/parse';
import { refreshClientMetrics } from '@/lib/rollups/client-metrics';
import type { z } from 'zod';
import { readAudited, writeAudited } from './internal/audit';
import {
  ITEM_COUNTS,
  loadResponses,
  lockOwnSessionRow,
  padded,
  upsertCheckIn,
  upsertResponse,
  type Instrument,
} from './internal/check-in-rows';
import { dataContext, type DataContext } from './internal/context';
import {
  evaluateAllianceFlag,
  evaluateOutcomeFlags,
  evaluateRatingFlags,
  raiseRiskFlagIfAny,
} from './internal/flag-raising';
import { notifyRiskFlags } from './internal/flag-upkeep';
import { loadOwnClientRecord } from './internal/portal-access';
import { refusalWithRiskAnswerKept } from './internal/risk-answers';
import {
  loadActiveGoals,
  loadNumberedSessions,
  loadUserName,
  type NumberedTherapySession,
} from './internal/therapy-session-access';
import { loadOrganizationRules } from './internal/organization-rules';
import { databaseNow } from './internal/clock';

/*
 * The client's check-ins, from the portal: before a session (a progress and a clarity rating
 * per active goal, the ORS, and PHQ-9 / GAD-7 when the schedule says so) and after it (the
 * SRS). A check-in can be saved as a draft any number of times and sent once; drafts and the
 * sent version live in the same rows (unique per session, goal and side; per session and
 * instrument), so nothing is ever duplicated.
 */

export type { Instrument };
export type CheckInStatus = 'new' | 'draft' | 'submitted';

export interface CrisisContact {
  name: string;
  phone: string;
  hours?: string;
}

export interface CheckInGoal {
  goalId: string;
  wording: string;
  progress: number | null;
  clarity: number | null;
}

export interface BeforeCheckIn {
  therapySessionId: string;
  scheduledAt: string;
  number: number;
  closesAt: string;
  status: CheckInStatus;
  goals: CheckInGoal[];
  /** Answers so far for each questionnaire in this check-in; absent when not part of it. */
  measures: Partial<Record<'phq9' | 'gad7' | 'ors', (number | null)[]>>;
  /** A saved PHQ-9 answer to question 9 above 0 (or one kept from a refused send): show crisis contacts calmly. */
  riskNoted: boolean;
}

export interface AfterCheckIn {
  therapySessionId: string;
  scheduledAt: string;
  number: number;
  /** When the after-session check-in closes (ISO): answers kept on the phone are not sent after it. */
  closesAt: string;
  status: CheckInStatus;
  srs: (number | null)[];
}

export interface CheckInPage {
  timeZone: string;
  therapistName: string | null;
  crisisContacts: CrisisContact[];
  /** The check-in shown: the one asked for, or the earliest open one not yet sent. */
  before: BeforeCheckIn | null;
  /** Other before-session check-ins open now and not sent yet. */
  otherOpen: { therapySessionId: string; scheduledAt: string; number: number }[];
  /** After-session check-ins (SRS) open now and not sent yet. */
  after: AfterCheckIn[];
  /** When the next check-in opens, if none is open now. */
  nextOpensAt: string | null;
}

const EMPTY = (count: number) => Array<number | null>(count).fill(null);

function isBookable(session: NumberedTherapySession): session is NumberedTherapySession & { number: number } {
  return session.number !== null;
}

/** The signed-in client's check-ins that are open now. */
export async function getCheckIn(query: { therapySessionId?: string } = {}): Promise<CheckInPage> {
  const ctx = await dataContext();
  return readAudited(
    ctx,
    { action: 'check-in.view', entityType: 'client', entityId: ctx.principal.clientId },
    async () => {
      const client = await loadOwnClientRecord(ctx);
      const now = new Date();
      const [rules, sessions, therapistName] = await Promise.all([
        loadOrganizationRules(ctx.db, client.organizationId),
        loadNumberedSessions(ctx.db, client.organizationId, client.id),
        loadUserName(ctx.db, client.organizationId, client.clinicianId),
      ]);
      const numbered = sessions.filter(isBookable);
      const statuses = await loadCheckInStatuses(
        ctx,
        numbered.map((s) => s.id),
      );
      const statusOf = (id: string, kind: 'before' | 'after'): CheckInStatus => statuses.get(`${id}:${kind}`) ?? 'new';

      const openBefore = numbered.filter((s) => checkInWindow(s.scheduledAt, now) === 'open');
      const requested = openBefore.find((s) => s.id === query.therapySessionId);
      const pending = openBefore.filter((s) => statusOf(s.id, 'before') !== 'submitted');
      const shown = requested ?? pending[0] ?? null;

      const after = srsDueAfter(rules.settings)
        ? numbered.filter(
            (s) => afterSessionWindow(s.scheduledAt, now) === 'open' && statusOf(s.id, 'after') !== 'submitted',
          )
        : [];
      const upcoming = numbered.find((s) => checkInWindow(s.scheduledAt, now) === 'not-open');

      return {
        timeZone: rules.timeZone,
        therapistName,
        crisisContacts: rules.settings.crisisContacts,
        before: shown ? await loadBeforeCheckIn(ctx, client.id, shown, statusOf(shown.id, 'before'), rules) : null,
        otherOpen: pending
          .filter((s) => s.id !== shown?.id)
          .map((s) => ({ therapySessionId: s.id, scheduledAt: s.scheduledAt.toISOString(), number: s.number })),
        after: await Promise.all(after.map((s) => loadAfterCheckIn(ctx, s, statusOf(s.id, 'after')))),
        nextOpensAt: upcoming
          ? new Date(upcoming.scheduledAt.getTime() - CHECK_IN_OPENS_BEFORE_MS).toISOString()
          : null,
      };
    },
  );
}

async function loadCheckInStatuses(ctx: DataContext, therapySessionIds: string[]): Promise<Map<string, CheckInStatus>> {
  if (therapySessionIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({ therapySessionId: checkIns.therapySessionId, kind: checkIns.kind, status: checkIns.status })
    .from(checkIns)
    .where(
      and(
        eq(checkIns.organizationId, ctx.principal.organizationId),
        inArray(checkIns.therapySessionId, therapySessionIds),
      ),
    );
  return new Map(rows.map((r) => [`${r.therapySessionId}:${r.kind}`, r.status]));
}

async function loadBeforeCheckIn(
  ctx: DataContext,
  clientId: string,
  session: NumberedTherapySession & { number: number },
  status: CheckInStatus,
  rules: Awaited<ReturnType<typeof loadOrganizationRules>>,
): Promise<BeforeCheckIn> {
  const organizationId = ctx.principal.organizationId;
  const [goals, ratings, responses, keptSignals] = await Promise.all([
    loadActiveGoals(ctx.db, organizationId, clientId),
    ctx.db
      .select({ goalId: goalRatings.goalId, progress: goalRatings.progress, clarity: goalRatings.clarity })
      .from(goalRatings)
      .where(
        and(
          eq(goalRatings.organizationId, organizationId),
          eq(goalRatings.therapySessionId, session.id),
          eq(goalRatings.side, 'client'),
        ),
      ),
    loadResponses(ctx.db, organizationId, session.id),
    // A risk answer kept on its own from a refused request (ADR 10) is noted too.
    ctx.db
      .select({ id: safetySignals.id })
      .from(safetySignals)
      .where(and(eq(safetySignals.organizationId, organizationId), eq(safetySignals.therapySessionId, session.id)))
      .limit(1),
  ]);
  const due = measuresDueBefore(session.number, rules.settings);
  const measures: BeforeCheckIn['measures'] = {};
  for (const instrument of ['phq9', 'gad7', 'ors'] as const) {
    const saved = responses.find((r) => r.instrument === instrument);
    if (saved) measures[instrument] = padded(saved.answers, ITEM_COUNTS[instrument]);
    else if (due[instrument]) measures[instrument] = EMPTY(ITEM_COUNTS[instrument]);
  }
  return {
    therapySessionId: session.id,
    scheduledAt: session.scheduledAt.toISOString(),
    number: session.number,
    closesAt: new Date(session.scheduledAt.getTime() + 24 * 3600_000).toISOString(),
    status,
    goals: goals.map((goal) => {
      const rating = ratings.find((r) => r.goalId === goal.goalId);
      return {
        goalId: goal.goalId,
        wording: goal.wording,
        progress: rating?.progress ?? null,
        clarity: rating?.clarity ?? null,
      };
    }),
    measures,
    riskNoted: (measures.phq9?.[8] ?? 0) > 0 || keptSignals.length > 0,
  };
}

async function loadAfterCheckIn(
  ctx: DataContext,
  session: NumberedTherapySession & { number: number },
  status: CheckInStatus,
): Promise<AfterCheckIn> {
  const responses = await loadResponses(ctx.db, ctx.principal.organizationId, session.id);
  const srs = responses.find((r) => r.instrument === 'srs');
  return {
    therapySessionId: session.id,
    scheduledAt: session.scheduledAt.toISOString(),
    number: session.number,
    closesAt: new Date(session.scheduledAt.getTime() + AFTER_CHECK_IN_OPEN_FOR_MS).toISOString(),
    status,
    srs: srs ? padded(srs.answers, 4) : EMPTY(4),
  };
}

function parseCheckIn<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success)
    throw new AppError('invalid', 'Some answers need attention.', { fieldErrors: fieldErrorsOf(result.error) });
  return result.data;
}

function refuse(message: string, fieldErrors: FieldErrors = {}): never {
  throw new AppError('invalid', message, { fieldErrors });
}

export interface CheckInSaved {
  therapySessionId: string;
  status: 'draft' | 'submitted';
  riskNoted: boolean;
}

/** The client's own session, locked; one that did not take place has nothing to check in for. */
async function lockOwnSession(ctx: DataContext, tx: Tx, therapySessionId: string) {
  const { client, session } = await lockOwnSessionRow(ctx, tx, therapySessionId);
  if (session.status === 'cancelled' || session.status === 'no-show') {
    refuse('This session did not take place, so there is nothing to check in for.');
  }
  return { client, session };
}

/**
 * Saves (intent "draft") or sends (intent "submit") the before-session check-in for one of the
 * client's own sessions whose window is open. PHQ-9 question 9 above 0 raises a risk flag in the
 * same transaction, even from a draft; the therapist is emailed after it commits. When the
 * check-in is refused, for any reason, that answer is still kept and flagged on its own
 * (lib/data/risk-answers.ts) and the refusal carries `riskKept`.
 */
export async function saveBeforeCheckIn(raw: unknown): Promise<CheckInSaved> {
  const ctx = await dataContext();
  try {
    return await saveBeforeCheckInOrRefuse(ctx, raw);
  } catch (refusal) {
    // A risk answer is never lost: kept and flagged whatever else was refused (ADR 10).
    throw await refusalWithRiskAnswerKept(ctx, raw, refusal);
  }
}

async function saveBeforeCheckInOrRefuse(ctx: DataContext, raw: unknown): Promise<CheckInSaved> {
  const input: CheckInInput = parseCheckIn(checkInInputSchema, raw);
  const submit = input.intent === 'submit';
  const { saved, riskFlagIds } = await writeAudited(
    ctx,
    {
      action: submit ? 'check-in.submit' : 'check-in.save-draft',
      entityType: 'therapy_session',
      entityId: input.therapySessionId,
    },
    async (tx) => {
      const { client, session } = await lockOwnSession(ctx, tx, input.therapySessionId);
      const now = await databaseNow(tx);
      const organizationId = client.organizationId;
      const window = checkInWindow(session.scheduledAt, now);
      if (window === 'not-open')
        refuse('This check-in is not open yet. It opens 7 days before the session.', {
          form: ['This check-in is not open yet.'],
        });
      if (window === 'closed')
        refuse('This check-in has closed: check-ins close 24 hours after the session starts.', {
          form: ['This check-in has closed.'],
        });

      // One connection in a transaction: queries run one after the other.
      const rules = await loadOrganizationRules(tx, organizationId);
      const sessions = await loadNumberedSessions(tx, organizationId, client.id);
      const goals = await loadActiveGoals(tx, organizationId, client.id);
      const existing = await loadResponses(tx, organizationId, session.id);
      const number = sessions.find((s) => s.id === session.id)?.number ?? 1;
      const due = measuresDueBefore(number, rules.settings);
      const part = (instrument: 'phq9' | 'gad7' | 'ors') =>
        due[instrument] || existing.some((r) => r.instrument === instrument);

      const fieldErrors = validateBeforeCheckIn(input, { goalIds: goals.map((g) => g.goalId), partOfCheckIn: part });
      if (Object.keys(fieldErrors).length > 0) {
        refuse(
          submit
            ? 'A few answers are missing. Answer them, or save for later and come back.'
            : 'Some answers need attention.',
          fieldErrors,
        );
      }

      const checkInId = await upsertCheckIn(tx, organizationId, client.id, session.id, 'before', submit, now);
      for (const goal of input.goals) {
        const current = goals.find((g) => g.goalId === goal.goalId)!;
        if (goal.progress === null && goal.clarity === null && !submit) {
          // Nothing to keep for this goal yet; clear an earlier draft's answer if there was one.
          await tx
            .update(goalRatings)
            .set({ progress: null, clarity: null, ratedAt: now })
            .where(
              and(
                eq(goalRatings.therapySessionId, session.id),
                eq(goalRatings.goalId, goal.goalId),
                eq(goalRatings.side, 'client'),
                eq(goalRatings.isDraft, true),
              ),
            );
          continue;
        }
        const values = {
          goalVersionId: current.goalVersionId,
          checkInId,
          progress: goal.progress,
          clarity: goal.clarity,
          isDraft: !submit,
          ratedBy: ctx.principal.userId,
          ratedAt: now,
        };
        await tx
          .insert(goalRatings)
          .values({
            organizationId,
            clientId: client.id,
            goalId: goal.goalId,
            therapySessionId: session.id,
            side: 'client',
            ...values,
          })
          .onConflictDoUpdate({
            target: [goalRatings.organizationId, goalRatings.therapySessionId, goalRatings.goalId, goalRatings.side],
            set: values,
            setWhere: sql`${goalRatings.isDraft}`,
          });
      }

      const riskFlagIds: string[] = [];
      for (const instrument of ['phq9', 'gad7', 'ors'] as const) {
        const answers = input[instrument];
        if (!answers) continue;
        const responseId = await upsertResponse(tx, {
          organizationId,
          clientId: client.id,
          therapySessionId: session.id,
          checkInId,
          instrument,
          answers,
          submit,
          now,
        });
        if (instrument === 'phq9') {
          const flagId = await raiseRiskFlagIfAny(tx, {
            organizationId,
            clientId: client.id,
            therapySessionId: session.id,
            responseId,
            answers,
            answeredOn: todayIn(rules.timeZone, now),
          });
          if (flagId) riskFlagIds.push(flagId);
        }
      }
      if (submit) {
        await evaluateRatingFlags(tx, { organizationId, clientId: client.id, therapySessionId: session.id });
        await evaluateOutcomeFlags(tx, { organizationId, clientId: client.id, therapySessionId: session.id });
      }
      await refreshClientMetrics(tx, organizationId, client.id);
      const riskNoted = (input.phq9?.[8] ?? 0) > 0;
      return {
        saved: {
          therapySessionId: session.id,
          status: submit ? ('submitted' as const) : ('draft' as const),
          riskNoted,
        },
        riskFlagIds,
      };
    },
    ({ saved, riskFlagIds }) => ({
      details: { status: saved.status, goals: input.goals.length, riskFlagsRaised: riskFlagIds.length },
    }),
  ).catch(rethrowScoringError);
  await notifyAfterCommit(ctx, riskFlagIds);
  return saved;
}

/** Sends (or drafts) the after-session SRS for one of the client's own sessions that has started. */
export async function saveAfterCheckIn(raw: unknown): Promise<CheckInSaved> {
  const ctx = await dataContext();
  const input: AfterCheckInInput = parseCheckIn(afterCheckInInputSchema, raw);
  const submit = input.intent === 'submit';
  return writeAudited(
    ctx,
    {
      action: submit ? 'check-in.submit' : 'check-in.save-draft',
      entityType: 'therapy_session',
      entityId: input.therapySessionId,
      details: { kind: 'after' },
    },
    async (tx) => {
      const { client, session } = await lockOwnSession(ctx, tx, input.therapySessionId);
      const now = await databaseNow(tx);
      const rules = await loadOrganizationRules(tx, client.organizationId);
      if (!srsDueAfter(rules.settings))
        refuse('Your clinic does not use the after-session questions.', {
          form: ['Your clinic does not use the after-session questions.'],
        });
      const window = afterSessionWindow(session.scheduledAt, now);
      if (window === 'not-open')
        refuse('You can say how the session went once it has started.', { form: ['This check-in is not open yet.'] });
      if (window === 'closed')
        refuse('This check-in has closed: it stays open for 7 days after the session.', {
          form: ['This check-in has closed.'],
        });
      if (submit) {
        const fieldErrors: FieldErrors = {};
        requireAnswered(fieldErrors, 'srs', input.srs);
        if (Object.keys(fieldErrors).length > 0)
          refuse('A few answers are missing. Answer them, or save for later and come back.', fieldErrors);
      }
      const checkInId = await upsertCheckIn(tx, client.organizationId, client.id, session.id, 'after', submit, now);
      await upsertResponse(tx, {
        organizationId: client.organizationId,
        clientId: client.id,
        therapySessionId: session.id,
        checkInId,
        instrument: 'srs',
        answers: input.srs,
        submit,
        now,
      });
      if (submit)
        await evaluateAllianceFlag(tx, {
          organizationId: client.organizationId,
          clientId: client.id,
          therapySessionId: session.id,
        });
      await refreshClientMetrics(tx, client.organizationId, client.id);
      return {
        therapySessionId: session.id,
        status: submit ? ('submitted' as const) : ('draft' as const),
        riskNoted: false,
      };
    },
  ).catch(rethrowScoringError);
}

/** Scoring refuses what validation should already have refused; if it ever does, it is still a clear error. */
function rethrowScoringError(error: unknown): never {
  if (error instanceof ScoringInputError)
    throw new AppError('invalid', error.message, { fieldErrors: { form: [error.message] } });
  throw error;
}

async function notifyAfterCommit(ctx: DataContext, flagIds: string[]): Promise<void> {
  if (flagIds.length === 0) return;
  try {
    await notifyRiskFlags(ctx.db, flagIds);
  } catch (error) {
    // The flag is saved and visible; the timer sends the email if this attempt failed.
    console.error('[flags] could not send the risk notification now', error);
  }
}
