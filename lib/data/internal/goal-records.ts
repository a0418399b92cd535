import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { goalComments, goalPositions, goals, goalStatusEvents, goalVersions, users } from '@/db/schema';
import type { Executor, Tx } from '@/db/types';
import { goalSideFor, relationshipToClient, type ClientRelationship } from '@/lib/auth/policy';
import {
  currentVersion,
  isAgreed,
  positionOnCurrentVersion,
  type GoalConsensus,
  type SidePosition,
} from '@/lib/domain/consensus/agreement';
import { isClosedStatus, isInPlan } from '@/lib/domain/consensus/plan-goals';
import type { AchievementStatus, LifecycleStatus, Position, Side } from '@/lib/domain/consensus/types';
import { goalTitle, type ObjectiveDraft } from '@/lib/domain/goal-form';
import type { GoalQualityReport } from '@/lib/domain/goal-quality';
import type { FormulationFactor, GoalType, ThemeId } from '@/lib/domain/themes';
import { GOAL_FIELD_NAMES, type GoalFieldsInput, type ObjectivePeriod } from '@/lib/validation/goals';
import { loadClientWithAccessFacts, type ClientRow } from './access-facts';
import { authorize } from './audit';
import { databaseNow } from './clock';
import type { DataContext } from './context';
import { loadOwnClientRecord } from './portal-access';

/**
 * Plumbing shared by the goal, plan, formulation and brainstorm data functions: who is asking
 * about which client, loading and locking goals, and turning rows into the views pages show.
 * Nothing here is called by pages.
 */

// ---------------------------------------------------------------------------------------------
// Who is asking

export interface ClientAccess {
  client: ClientRow;
  relationship: ClientRelationship;
  /** The side the caller speaks for, if any (treating clinician or the client themself). */
  side: Side | null;
}

/**
 * The client a clinical call is about, and how the caller relates to them. A client in the
 * portal always goes through the portal gate and may only name their own record; staff must
 * treat or supervise the client. Admins never get here: goal text is not theirs to read.
 */
export async function loadClinicalAccess(
  ctx: DataContext,
  executor: Executor,
  clientId: string | undefined,
): Promise<ClientAccess> {
  const { principal } = ctx;
  if (principal.role === 'client') {
    const client = await loadOwnClientRecord(ctx, executor);
    authorize(clientId === undefined || clientId === client.id, 'not-own-record');
    return { client, relationship: 'self', side: 'client' };
  }
  authorize(clientId !== undefined, 'missing-or-foreign');
  const client = await loadClientWithAccessFacts(executor, principal.organizationId, clientId);
  authorize(client !== null, 'missing-or-foreign');
  const relationship = relationshipToClient(principal, client);
  authorize(relationship === 'treating' || relationship === 'supervising', 'no-clinical-relationship');
  return { client, relationship, side: goalSideFor(principal, client) };
}

// ---------------------------------------------------------------------------------------------
// Locks and time

export type GoalRow = typeof goals.$inferSelect;

/**
 * The one way a single goal is found: by id, in the caller's organisation (a malformed id finds
 * nothing). With `forUpdate` the row stays locked for the rest of the transaction.
 */
export async function loadGoalRow(
  executor: Executor,
  organizationId: string,
  goalId: string,
  options: { forUpdate?: boolean } = {},
): Promise<GoalRow | null> {
  if (!z.uuid().safeParse(goalId).success) return null;
  const query = executor
    .select()
    .from(goals)
    .where(and(eq(goals.id, goalId), eq(goals.organizationId, organizationId)));
  const [row] = options.forUpdate ? await query.for('update') : await query.limit(1);
  return row ?? null;
}

/** A goal of the caller's organisation with its client's access facts, or null. */
export async function loadGoalWithAccess(
  executor: Executor,
  organizationId: string,
  goalId: string,
): Promise<(GoalRow & { client: ClientRow }) | null> {
  const goal = await loadGoalRow(executor, organizationId, goalId);
  if (!goal) return null;
  const client = await loadClientWithAccessFacts(executor, organizationId, goal.clientId);
  return client ? { ...goal, client } : null;
}

/**
 * Locks one goal for the rest of the transaction and reads the database clock once the lock is
 * held. Every goal write takes this lock first, so concurrent writes to a goal run one after
 * another and each sees the one before; timestamps taken after the lock follow that order.
 */
export async function lockGoal(
  tx: Tx,
  organizationId: string,
  goalId: string,
): Promise<{ goal: GoalRow; now: Date } | null> {
  const goal = await loadGoalRow(tx, organizationId, goalId, { forUpdate: true });
  return goal ? { goal, now: await databaseNow(tx) } : null;
}

/** Locks all of a client's goals (plan signing, focus limits) and reads the clock after the lock. */
export async function lockClientGoals(tx: Tx, organizationId: string, clientId: string): Promise<Date> {
  await tx
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.organizationId, organizationId), eq(goals.clientId, clientId)))
    // Always in id order, so two writers locking the same goals can never deadlock.
    .orderBy(asc(goals.id))
    .for('update');
  return databaseNow(tx);
}

// ---------------------------------------------------------------------------------------------
// Views

export interface GoalFields {
  wording: string;
  theme: ThemeId | null;
  value: string | null;
  goalType: GoalType | null;
  formulationFactor: FormulationFactor | null;
  reality: string | null;
  options: string | null;
  obstacles: string | null;
  firstStep: string | null;
  confidence: number | null;
  measure: string | null;
  target: string | null;
  dueDate: string | null;
  frequency: string | null;
}

export interface ObjectiveSnapshot extends ObjectiveDraft {
  id: string;
  description: string;
  timesPerPeriod: number | null;
  period: ObjectivePeriod | null;
  durationWeeks: number | null;
}

export type GoalFieldName = (typeof GOAL_FIELD_NAMES)[number] | 'objectives';

export interface GoalVersionView {
  id: string;
  number: number;
  authorSide: Side;
  authorName: string | null;
  createdAt: string;
  fields: GoalFields;
  objectives: ObjectiveSnapshot[];
  changeNote: string | null;
  quality: GoalQualityReport;
  qualityCheckVersion: number;
  /** What this version changed compared with the one before (empty for the first). */
  changedFields: GoalFieldName[];
  /** The wording of the version before, for a word-by-word comparison. */
  previousWording: string | null;
}

export interface PositionView {
  side: Side;
  position: Position;
  comment: string | null;
  versionNumber: number;
  userName: string | null;
  /** For a client's answer given in session: the clinician who recorded it. */
  recordedBy: string | null;
  createdAt: string;
}

export interface StatusEventView {
  fromStatus: LifecycleStatus | null;
  toStatus: LifecycleStatus;
  achievementStatus: AchievementStatus | null;
  reason: string;
  userName: string | null;
  createdAt: string;
}

export interface CommentView {
  id: string;
  body: string;
  versionNumber: number;
  authorName: string;
  createdAt: string;
}

export interface GoalView {
  id: string;
  clientId: string;
  /** The first words of the current wording, for lists and messages. */
  title: string;
  lifecycleStatus: LifecycleStatus;
  achievementStatus: AchievementStatus | null;
  clientFocus: boolean;
  agreed: boolean;
  agreedAt: string | null;
  firstAgreedAt: string | null;
  passesAllSmart: boolean;
  createdBySide: Side;
  createdAt: string;
  inPlan: boolean;
  closed: boolean;
  current: GoalVersionView;
  /** Every version, newest first. */
  versions: GoalVersionView[];
  /** Each side's position on the current version (the writer agrees by writing it). */
  positionOnCurrent: Record<Side, Position | null>;
  /** Each side's most recent stated position, whichever version it was on. */
  latestStated: Partial<Record<Side, PositionView>>;
  /** Every position given, newest first. */
  positions: PositionView[];
  /** The sides that still need to agree to the current wording (for open goals). */
  awaiting: Side[];
  statusEvents: StatusEventView[];
  /** Supervisor comments; empty for the client, who does not see supervision. */
  comments: CommentView[];
}

type VersionRow = typeof goalVersions.$inferSelect & { authorName: string | null };
type PositionRow = typeof goalPositions.$inferSelect & { userName: string | null; userRole: string | null };

export function fieldsOf(row: typeof goalVersions.$inferSelect): GoalFields {
  return {
    wording: row.wording,
    theme: row.theme as ThemeId | null,
    value: row.value,
    goalType: row.goalType,
    formulationFactor: row.formulationFactor,
    reality: row.reality,
    options: row.options,
    obstacles: row.obstacles,
    firstStep: row.firstStep,
    confidence: row.confidence,
    measure: row.measure,
    target: row.target,
    dueDate: row.dueDate,
    frequency: row.frequency,
  };
}

export function fieldsFromInput(input: GoalFieldsInput): GoalFields {
  return {
    wording: input.wording,
    theme: input.theme,
    value: input.value,
    goalType: input.goalType,
    formulationFactor: input.formulationFactor,
    reality: input.reality,
    options: input.options,
    obstacles: input.obstacles,
    firstStep: input.firstStep,
    confidence: input.confidence,
    measure: input.measure,
    target: input.target,
    dueDate: input.dueDate,
    frequency: input.frequency,
  };
}

function objectivesOf(row: typeof goalVersions.$inferSelect): ObjectiveSnapshot[] {
  return (row.objectives as ObjectiveSnapshot[]).map((objective) => ({ ...objective }));
}

const OBJECTIVE_KEYS = ['id', 'description', 'timesPerPeriod', 'period', 'durationWeeks'] as const;

export function sameObjectives(a: readonly ObjectiveSnapshot[], b: readonly ObjectiveSnapshot[]): boolean {
  return (
    a.length === b.length &&
    a.every((objective, index) => OBJECTIVE_KEYS.every((key) => objective[key] === b[index]?.[key]))
  );
}

export function changedFieldsBetween(
  before: GoalFields | null,
  after: GoalFields,
  objectivesBefore: ObjectiveSnapshot[] | null,
  objectivesAfter: ObjectiveSnapshot[],
): GoalFieldName[] {
  if (before === null || objectivesBefore === null) return [];
  const changed: GoalFieldName[] = GOAL_FIELD_NAMES.filter((name) => before[name] !== after[name]);
  if (!sameObjectives(objectivesBefore, objectivesAfter)) changed.push('objectives');
  return changed;
}

function toVersionViews(rows: VersionRow[]): GoalVersionView[] {
  const ascending = [...rows].sort((a, b) => a.number - b.number);
  return ascending
    .map((row, index): GoalVersionView => {
      const previous = index > 0 ? ascending[index - 1]! : null;
      const fields = fieldsOf(row);
      const objectives = objectivesOf(row);
      return {
        id: row.id,
        number: row.number,
        authorSide: row.authorSide,
        authorName: row.authorName,
        createdAt: row.createdAt.toISOString(),
        fields,
        objectives,
        changeNote: row.changeNote,
        quality: row.quality as unknown as GoalQualityReport,
        qualityCheckVersion: row.qualityCheckVersion,
        changedFields: previous
          ? changedFieldsBetween(fieldsOf(previous), fields, objectivesOf(previous), objectives)
          : [],
        previousWording: previous?.wording ?? null,
      };
    })
    .reverse();
}

/** The consensus the pure rules read: every version, and each side's latest stated position. */
export function consensusOf(
  versions: readonly { id: string; number: number; authorSide: Side }[],
  positions: readonly PositionRowLike[],
): GoalConsensus<null> {
  const latest: Partial<Record<Side, SidePosition>> = {};
  const latestAt: Partial<Record<Side, number>> = {};
  for (const position of positions) {
    const at = position.createdAt.getTime();
    if ((latestAt[position.side] ?? -Infinity) <= at) {
      latestAt[position.side] = at;
      latest[position.side] = {
        position: position.position,
        comment: position.comment,
        versionId: position.goalVersionId,
      };
    }
  }
  return {
    versions: versions.map((v) => ({ id: v.id, number: v.number, authorSide: v.authorSide, text: null })),
    positions: latest,
  };
}

interface PositionRowLike {
  side: Side;
  position: Position;
  comment: string | null;
  goalVersionId: string;
  createdAt: Date;
}

/** Loads the versions and positions of one goal and says whether both sides agree on its current version. */
export async function loadConsensus(executor: Executor, goalId: string): Promise<GoalConsensus<null>> {
  // Sequential on purpose: the executor is often a transaction, one connection running one query at a time.
  const versions = await executor
    .select({ id: goalVersions.id, number: goalVersions.number, authorSide: goalVersions.authorSide })
    .from(goalVersions)
    .where(eq(goalVersions.goalId, goalId));
  const positions = await executor
    .select({
      side: goalPositions.side,
      position: goalPositions.position,
      comment: goalPositions.comment,
      goalVersionId: goalPositions.goalVersionId,
      createdAt: goalPositions.createdAt,
    })
    .from(goalPositions)
    .where(eq(goalPositions.goalId, goalId));
  return consensusOf(versions, positions);
}

/**
 * Reads goals of one client (or just the given ones) with everything their views need, in a
 * fixed handful of statements whatever the number of goals.
 */
export async function loadGoalViews(
  executor: Executor,
  organizationId: string,
  clientId: string,
  options: { goalIds?: string[]; includeComments: boolean },
): Promise<GoalView[]> {
  const goalRows = await executor
    .select()
    .from(goals)
    .where(
      and(
        eq(goals.organizationId, organizationId),
        eq(goals.clientId, clientId),
        options.goalIds ? inArray(goals.id, options.goalIds) : undefined,
      ),
    )
    .orderBy(asc(goals.sortOrder), asc(goals.createdAt), asc(goals.id));
  if (goalRows.length === 0) return [];
  const ids = goalRows.map((goal) => goal.id);
  // Sequential on purpose: the executor may be a transaction (one connection, one query at a time).
  const versionRows = await executor
    .select({ version: goalVersions, authorName: users.name })
    .from(goalVersions)
    .leftJoin(users, eq(users.id, goalVersions.authorUserId))
    .where(and(eq(goalVersions.organizationId, organizationId), inArray(goalVersions.goalId, ids)));
  const positionRows = await executor
    .select({ position: goalPositions, userName: users.name, userRole: users.role })
    .from(goalPositions)
    .leftJoin(users, eq(users.id, goalPositions.userId))
    .where(and(eq(goalPositions.organizationId, organizationId), inArray(goalPositions.goalId, ids)));
  const eventRows = await executor
    .select({ event: goalStatusEvents, userName: users.name })
    .from(goalStatusEvents)
    .leftJoin(users, eq(users.id, goalStatusEvents.userId))
    .where(and(eq(goalStatusEvents.organizationId, organizationId), inArray(goalStatusEvents.goalId, ids)));
  const commentRows = options.includeComments
    ? await executor
        .select({ comment: goalComments, authorName: users.name })
        .from(goalComments)
        .innerJoin(users, eq(users.id, goalComments.authorUserId))
        .where(and(eq(goalComments.organizationId, organizationId), inArray(goalComments.goalId, ids)))
    : [];

  const byGoal = <T>(rows: T[], goalIdOf: (row: T) => string) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const key = goalIdOf(row);
      const list = map.get(key);
      if (list) list.push(row);
      else map.set(key, [row]);
    }
    return map;
  };
  const versionsByGoal = byGoal(
    versionRows.map((r) => ({ ...r.version, authorName: r.authorName })),
    (r) => r.goalId,
  );
  const positionsByGoal = byGoal(
    positionRows.map((r) => ({ ...r.position, userName: r.userName, userRole: r.userRole })),
    (r) => r.goalId,
  );
  const eventsByGoal = byGoal(eventRows, (r) => r.event.goalId);
  const commentsByGoal = byGoal(commentRows, (r) => r.comment.goalId);

  return goalRows.flatMap((goal) => {
    const versions = versionsByGoal.get(goal.id) ?? [];
    if (versions.length === 0) return []; // a goal always has a version; guard against a half-written row
    return [
      toGoalView(
        goal,
        versions,
        positionsByGoal.get(goal.id) ?? [],
        eventsByGoal.get(goal.id) ?? [],
        commentsByGoal.get(goal.id) ?? [],
      ),
    ];
  });
}

function newestFirst<T extends { createdAt: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

function toGoalView(
  goal: GoalRow,
  versionRows: VersionRow[],
  positionRows: PositionRow[],
  eventRows: { event: typeof goalStatusEvents.$inferSelect; userName: string | null }[],
  commentRows: { comment: typeof goalComments.$inferSelect; authorName: string }[],
): GoalView {
  const versions = toVersionViews(versionRows);
  const numberOf = new Map(versionRows.map((v) => [v.id, v.number]));
  const consensus = consensusOf(versionRows, positionRows);
  const current = versions[0]!;
  const positions = newestFirst(
    positionRows.map((row): PositionView => ({
      side: row.side,
      position: row.position,
      comment: row.comment,
      versionNumber: numberOf.get(row.goalVersionId) ?? 0,
      userName: row.userName,
      recordedBy: row.side === 'client' && row.userRole !== null && row.userRole !== 'client' ? row.userName : null,
      createdAt: row.createdAt.toISOString(),
    })),
  );
  const latestStated: Partial<Record<Side, PositionView>> = {};
  for (const position of positions) latestStated[position.side] ??= position;
  const positionOnCurrent = {
    client: positionOnCurrentVersion(consensus, 'client'),
    therapist: positionOnCurrentVersion(consensus, 'therapist'),
  };
  const closed = isClosedStatus(goal.lifecycleStatus);
  return {
    id: goal.id,
    clientId: goal.clientId,
    title: goalTitle(current.fields.wording),
    lifecycleStatus: goal.lifecycleStatus,
    achievementStatus: goal.achievementStatus,
    clientFocus: goal.clientFocus,
    agreed: goal.agreed,
    agreedAt: goal.agreedAt?.toISOString() ?? null,
    firstAgreedAt: goal.firstAgreedAt?.toISOString() ?? null,
    passesAllSmart: goal.passesAllSmart,
    createdBySide: goal.createdBySide,
    createdAt: goal.createdAt.toISOString(),
    inPlan: isInPlan(goal.lifecycleStatus),
    closed,
    current,
    versions,
    positionOnCurrent,
    latestStated,
    positions,
    awaiting: closed ? [] : (['client', 'therapist'] as const).filter((side) => positionOnCurrent[side] !== 'agree'),
    statusEvents: newestFirst(
      eventRows.map(({ event, userName }): StatusEventView => ({
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        achievementStatus: event.achievementStatus,
        reason: event.reason,
        userName,
        createdAt: event.createdAt.toISOString(),
      })),
    ),
    comments: newestFirst(
      commentRows.map(({ comment, authorName }): CommentView => ({
        id: comment.id,
        body: comment.body,
        versionNumber: numberOf.get(comment.goalVersionId) ?? 0,
        authorName,
        createdAt: comment.createdAt.toISOString(),
      })),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Keeping the summary columns in step

/**
 * Moves a goal's summary columns (lifecycle status, agreed, agreed_at, first_agreed_at) to
 * where its rows now put it, and records a lifecycle change as a status event with its reason.
 * Every goal write ends here, so the columns dashboards read never drift from the rows.
 */
export async function applyGoalState(
  tx: Tx,
  goal: GoalRow,
  next: {
    status: LifecycleStatus;
    agreed: boolean;
    reason: string;
    userId: string | null;
    now: Date;
    achievementStatus?: AchievementStatus | null;
  },
  extra: Partial<typeof goals.$inferInsert> = {},
): Promise<void> {
  const agreedAt = next.agreed ? (goal.agreed && goal.agreedAt ? goal.agreedAt : next.now) : null;
  const achievementStatus = next.achievementStatus === undefined ? goal.achievementStatus : next.achievementStatus;
  await tx
    .update(goals)
    .set({
      ...extra,
      lifecycleStatus: next.status,
      achievementStatus,
      agreed: next.agreed,
      agreedAt,
      firstAgreedAt: goal.firstAgreedAt ?? (next.agreed ? next.now : null),
      updatedAt: next.now,
    })
    .where(and(eq(goals.organizationId, goal.organizationId), eq(goals.id, goal.id)));
  if (next.status !== goal.lifecycleStatus || achievementStatus !== goal.achievementStatus) {
    await tx.insert(goalStatusEvents).values({
      organizationId: goal.organizationId,
      goalId: goal.id,
      fromStatus: goal.lifecycleStatus,
      toStatus: next.status,
      achievementStatus,
      reason: next.reason,
      userId: next.userId,
      createdAt: next.now,
    });
  }
}

/** Both sides agree on the current version of this consensus. */
export function agreedNow(consensus: GoalConsensus<null>): boolean {
  return currentVersion(consensus) !== undefined && isAgreed(consensus);
}
