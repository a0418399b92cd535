import 'server-only';
import { todayIn } from '@/lib/time/local-date';
import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import {
  brainstormAnswers,
  goalComments,
  goalPositions,
  goals,
  goalStatusEvents,
  goalVersions,
  objectives,
} from '@/db/schema';
import type { Tx } from '@/db/types';
import { canChangeGoalStatus, canSuperviseClient, type ClientRelationship } from '@/lib/auth/policy';
import { currentVersion, isAgreed, recordPosition } from '@/lib/domain/consensus/agreement';
import { legalActions, transition, type StatusChangeTarget } from '@/lib/domain/consensus/lifecycle';
import { isInPlan } from '@/lib/domain/consensus/plan-goals';
import type { Side } from '@/lib/domain/consensus/types';
import { toQualityInput } from '@/lib/domain/goal-form';
import { checkGoalQuality, QUALITY_CHECK_VERSION } from '@/lib/domain/goal-quality';
import { AppError } from '@/lib/errors';
import {
  changeGoalStatusSchema,
  commentOnGoalSchema,
  createGoalSchema,
  MAX_FOCUS_GOALS,
  respondToGoalSchema,
  reviseGoalSchema,
  setGoalFocusSchema,
  type ObjectiveInput,
} from '@/lib/validation/goals';
import { refreshClientMetrics } from '@/lib/rollups/client-metrics';
import { parseInput } from '@/lib/validation/parse';
import { authorize, readAudited, writeAudited } from './internal/audit';
import { dataContext, type DataContext } from './internal/context';
import {
  agreedNow,
  applyGoalState,
  changedFieldsBetween,
  fieldsFromInput,
  fieldsOf,
  loadClinicalAccess,
  loadConsensus,
  loadGoalRow,
  loadGoalViews,
  lockClientGoals,
  lockGoal,
  type ClientAccess,
  type GoalRow,
  type GoalView,
  type ObjectiveSnapshot,
} from './internal/goal-records';
import { loadOrganizationRules } from './internal/organization-rules';
import { databaseNow } from './internal/clock';

export type { GoalFields, GoalVersionView, GoalView, ObjectiveSnapshot, PositionView } from './internal/goal-records';

/**
 * Goals agreed between a client and their therapist. Either side proposes a goal or a new
 * wording; each side says where it stands on the current wording; status changes are events
 * with a reason. Nothing is deleted or overwritten: versions, positions and events are rows,
 * and the goal's summary columns move forward under a lock.
 */

const SIDE_WORDS: Record<Side, string> = { client: 'The client', therapist: 'The therapist' };
const POSITION_WORDS = {
  agree: 'agreed to',
  'wants-changes': 'asked for changes to',
  disagree: 'disagreed with',
} as const;

export interface GoalDetail {
  goal: GoalView;
  client: { id: string; displayName: string };
  relationship: ClientRelationship;
  /** The side the caller speaks for, if any. */
  side: Side | null;
  canEdit: boolean;
  canRespond: boolean;
  canChangeStatus: boolean;
  canComment: boolean;
  canSetFocus: boolean;
  /** The treating clinician may record the client's answer given in session (clients without a portal account). */
  canRecordForClient: boolean;
  /** The status changes the treating clinician may make now (each needs a reason). */
  statusChanges: StatusChangeTarget[];
  /** Today on the organisation's calendar (for due-date checks shown while typing). */
  today: string;
  /** The organisation's time zone, to show times in (from the session check). */
  timeZone: string;
}

/** One goal with its whole history, for the treating clinician, their supervisor or the client. */
export async function getGoal(goalId: string): Promise<GoalDetail> {
  const ctx = await dataContext();
  return readAudited(ctx, { action: 'goal.read', entityType: 'goal', entityId: goalId }, async () => {
    const row = await loadGoalRow(ctx.db, ctx.principal.organizationId, goalId);
    authorize(row !== null, 'missing-or-foreign');
    const access = await loadClinicalAccess(ctx, ctx.db, row.clientId);
    const [goal] = await loadGoalViews(ctx.db, ctx.principal.organizationId, row.clientId, {
      goalIds: [goalId],
      includeComments: access.relationship !== 'self',
    });
    authorize(goal !== undefined, 'missing');
    const rules = await loadOrganizationRules(ctx.db, ctx.principal.organizationId);
    return toDetail(ctx, access, goal, todayIn(rules.timeZone, new Date()));
  });
}

function toDetail(ctx: DataContext, access: ClientAccess, goal: GoalView, today: string): GoalDetail {
  const open = !goal.closed;
  const mayChangeStatus = canChangeGoalStatus(ctx.principal, access.client);
  return {
    goal,
    client: { id: access.client.id, displayName: access.client.displayName },
    relationship: access.relationship,
    side: access.side,
    canEdit: access.side !== null && open,
    canRespond: access.side !== null && open,
    canChangeStatus: mayChangeStatus && open,
    canComment: canSuperviseClient(ctx.principal, access.client),
    canSetFocus: access.side === 'client' && (goal.inPlan || goal.clientFocus),
    canRecordForClient: access.side === 'therapist' && open && access.client.portalUserId === null,
    statusChanges: mayChangeStatus
      ? legalActions({ status: goal.lifecycleStatus, agreed: goal.agreed })
          .filter((action) => action.startsWith('status-change:'))
          .map((action) => action.slice('status-change:'.length) as StatusChangeTarget)
      : [],
    today,
    timeZone: ctx.principal.timeZone,
  };
}

/** Locks the goal and checks that the caller may touch it; every goal write starts here. */
async function openGoalForWrite(
  ctx: DataContext,
  tx: Tx,
  goalId: string,
): Promise<{ goal: GoalRow; now: Date; access: ClientAccess }> {
  const locked = await lockGoal(tx, ctx.principal.organizationId, goalId);
  authorize(locked !== null, 'missing-or-foreign');
  const access = await loadClinicalAccess(ctx, tx, locked.goal.clientId);
  return { ...locked, access };
}

async function currentGoalView(
  tx: Tx,
  ctx: DataContext,
  access: ClientAccess,
  goalId: string,
): Promise<GoalView | undefined> {
  const [view] = await loadGoalViews(tx, ctx.principal.organizationId, access.client.id, {
    goalIds: [goalId],
    includeComments: access.relationship !== 'self',
  });
  return view;
}

function refusePastDueDate(dueDate: string | null, today: string, unchangedFrom: string | null): void {
  // A due date carried over unchanged from the version before is kept; the checks flag it.
  if (dueDate === null || dueDate >= today || dueDate === unchangedFrom) return;
  throw new AppError('invalid', 'Some details need attention.', {
    fieldErrors: { dueDate: ['The due date can’t be in the past. Choose a later date, or say how often instead.'] },
  });
}

function refuseTransition(error: string, field?: string): never {
  throw new AppError('invalid', `${error}.`, field ? { fieldErrors: { [field]: [`${error}.`] } } : {});
}

function qualityFor(
  fields: ReturnType<typeof fieldsFromInput>,
  objectiveList: readonly ObjectiveSnapshot[],
  today: string,
) {
  const quality = checkGoalQuality(toQualityInput({ ...fields, objectives: objectiveList }), today);
  return { quality, passesAllSmart: quality.passesAllSmart };
}

function snapshotOf(objective: ObjectiveInput, id: string): ObjectiveSnapshot {
  return {
    id,
    description: objective.description,
    timesPerPeriod: objective.timesPerPeriod,
    period: objective.period,
    durationWeeks: objective.durationWeeks,
  };
}

/**
 * Proposes a goal. The treating clinician writes for the therapist side, the client (in the
 * portal) for the client side; writing it counts as the writer's agreement.
 */
export async function createGoal(raw: unknown): Promise<{ id: string; clientId: string }> {
  const ctx = await dataContext();
  const input = parseInput(createGoalSchema, raw);
  return writeAudited(
    ctx,
    { action: 'goal.create', entityType: 'goal' },
    async (tx) => {
      const access = await loadClinicalAccess(ctx, tx, input.clientId);
      authorize(access.side !== null, 'not-a-goal-side');
      const { organizationId, userId } = ctx.principal;
      const clientId = access.client.id;
      if (input.fromBrainstormAnswerId !== null) {
        const [answer] = await tx
          .select({ id: brainstormAnswers.id })
          .from(brainstormAnswers)
          .where(
            and(
              eq(brainstormAnswers.id, input.fromBrainstormAnswerId),
              eq(brainstormAnswers.organizationId, organizationId),
              eq(brainstormAnswers.clientId, clientId),
            ),
          );
        authorize(answer !== undefined, 'brainstorm-answer-not-this-client');
      }
      const rules = await loadOrganizationRules(tx, organizationId);
      const now = await databaseNow(tx);
      const today = todayIn(rules.timeZone, now);
      refusePastDueDate(input.dueDate, today, null);

      const goalId = randomUUID();
      const versionId = randomUUID();
      const fields = fieldsFromInput(input);
      const objectiveList = input.objectives.map((objective) => snapshotOf(objective, randomUUID()));
      const { quality, passesAllSmart } = qualityFor(fields, objectiveList, today);
      const [order] = await tx
        .select({ next: sql<number>`coalesce(max(${goals.sortOrder}), 0) + 1` })
        .from(goals)
        .where(and(eq(goals.organizationId, organizationId), eq(goals.clientId, clientId)));

      await tx.insert(goals).values({
        id: goalId,
        organizationId,
        clientId,
        currentVersionId: versionId,
        currentVersionNumber: 1,
        lifecycleStatus: 'proposed',
        passesAllSmart,
        createdBy: userId,
        createdBySide: access.side,
        fromBrainstormAnswerId: input.fromBrainstormAnswerId,
        sortOrder: Number(order?.next ?? 1),
        createdAt: now,
        updatedAt: now,
      });
      await tx.insert(goalVersions).values({
        id: versionId,
        organizationId,
        goalId,
        number: 1,
        authorUserId: userId,
        authorSide: access.side,
        ...fields,
        objectives: objectiveList,
        changeNote: null,
        quality: quality as unknown as Record<string, unknown>,
        qualityCheckVersion: QUALITY_CHECK_VERSION,
        createdAt: now,
      });
      if (objectiveList.length > 0) {
        await tx.insert(objectives).values(
          objectiveList.map((objective, index) => ({
            ...objective,
            organizationId,
            goalId,
            sortOrder: index,
            createdInVersionId: versionId,
            createdAt: now,
          })),
        );
      }
      // The first lifecycle event, so the status history starts where the goal did.
      await tx.insert(goalStatusEvents).values({
        organizationId,
        goalId,
        fromStatus: null,
        toStatus: 'proposed',
        reason: `Proposed by ${access.side === 'client' ? 'the client' : 'the therapist'}`,
        userId,
        createdAt: now,
      });
      await refreshClientMetrics(tx, organizationId, clientId);
      return { id: goalId, clientId };
    },
    (created) => ({ entityId: created.id, details: { clientId: created.clientId } }),
  );
}

/**
 * Re-words a goal (any of its fields or steps) as a new version. The edit names the version
 * it started from; if someone wrote a newer one meanwhile, nothing is saved and the conflict
 * carries the newer goal. The new wording needs both sides' agreement again.
 */
export async function reviseGoal(raw: unknown): Promise<{ id: string; clientId: string; versionNumber: number }> {
  const ctx = await dataContext();
  const input = parseInput(reviseGoalSchema, raw);
  return writeAudited(
    ctx,
    { action: 'goal.revise', entityType: 'goal', entityId: input.goalId },
    async (tx) => {
      const { goal, now, access } = await openGoalForWrite(ctx, tx, input.goalId);
      authorize(access.side !== null, 'not-a-goal-side');
      const { organizationId, userId } = ctx.principal;
      if (goal.currentVersionNumber !== input.expectedVersion) {
        throw new AppError(
          'conflict',
          `This goal was changed while you were editing it (it is now version ${goal.currentVersionNumber}). ` +
            `Nothing was saved: the newer wording is shown, so you can make your change again.`,
          { current: await currentGoalView(tx, ctx, access, goal.id) },
        );
      }
      const moved = transition({ status: goal.lifecycleStatus, agreed: false }, { type: 'new-version' });
      if (!moved.ok) refuseTransition(moved.error);

      const [previous] = await tx
        .select()
        .from(goalVersions)
        .where(and(eq(goalVersions.organizationId, goal.organizationId), eq(goalVersions.id, goal.currentVersionId!)));
      if (!previous) throw new Error(`goal ${goal.id} has no current version row`);
      const rules = await loadOrganizationRules(tx, organizationId);
      const today = todayIn(rules.timeZone, now);
      refusePastDueDate(input.dueDate, today, previous.dueDate);

      const existing = await tx
        .select({ id: objectives.id, description: objectives.description })
        .from(objectives)
        .where(
          and(
            eq(objectives.organizationId, goal.organizationId),
            eq(objectives.goalId, goal.id),
            isNull(objectives.retiredAt),
          ),
        );
      const existingIds = new Set(existing.map((row) => row.id));
      const unknownStep = input.objectives.findIndex(
        (objective) => objective.id !== null && !existingIds.has(objective.id),
      );
      if (unknownStep >= 0) {
        throw new AppError('invalid', 'Some details need attention.', {
          fieldErrors: {
            [`objectives.${unknownStep}.description`]: [
              'This step is no longer part of the goal. Reload the page to see its current steps.',
            ],
          },
        });
      }

      const versionId = randomUUID();
      const fields = fieldsFromInput(input);
      const objectiveList = matchObjectives(input.objectives, existing).map(({ objective, id }) =>
        snapshotOf(objective, id ?? randomUUID()),
      );
      const changed = changedFieldsBetween(
        fieldsOf(previous),
        fields,
        previous.objectives as ObjectiveSnapshot[],
        objectiveList,
      );
      if (changed.length === 0) {
        throw new AppError('invalid', 'Nothing has changed yet. Change the wording or a detail, then save.', {
          fieldErrors: { wording: ['Nothing has changed yet.'] },
        });
      }
      const { quality, passesAllSmart } = qualityFor(fields, objectiveList, today);
      const number = goal.currentVersionNumber + 1;

      // The version check again, in the statement itself: a second line of defence behind the lock.
      const [updated] = await tx
        .update(goals)
        .set({ currentVersionId: versionId, currentVersionNumber: number, passesAllSmart, updatedAt: now })
        .where(
          and(
            eq(goals.organizationId, goal.organizationId),
            eq(goals.id, goal.id),
            eq(goals.currentVersionNumber, input.expectedVersion),
          ),
        )
        .returning({ id: goals.id });
      if (!updated)
        throw new AppError('conflict', 'This goal was changed while you were editing it. Nothing was saved.');

      await tx.insert(goalVersions).values({
        id: versionId,
        organizationId,
        goalId: goal.id,
        number,
        authorUserId: userId,
        authorSide: access.side,
        ...fields,
        objectives: objectiveList,
        changeNote: input.changeNote,
        quality: quality as unknown as Record<string, unknown>,
        qualityCheckVersion: QUALITY_CHECK_VERSION,
        createdAt: now,
      });
      await reconcileObjectives(tx, goal, objectiveList, existingIds, versionId, now);
      await applyGoalState(tx, goal, {
        status: moved.status,
        agreed: false,
        reason: `Re-worded by ${access.side === 'client' ? 'the client' : 'the therapist'} (version ${number})`,
        userId,
        now,
      });
      await refreshClientMetrics(tx, organizationId, goal.clientId);
      return { id: goal.id, clientId: goal.clientId, versionNumber: number, changed };
    },
    (result) => ({ details: { version: result.versionNumber, fields: result.changed.join(',') } }),
  );
}

/**
 * Pairs each submitted step with the step it continues: by id when the form sent one, else an
 * existing step with the same description (so a caller that sends no ids does not retire and
 * re-create unchanged steps, which would cut them off from their ticks).
 */
function matchObjectives(
  list: readonly ObjectiveInput[],
  existing: readonly { id: string; description: string }[],
): { objective: ObjectiveInput; id: string | null }[] {
  const claimed = new Set(list.flatMap((objective) => (objective.id ? [objective.id] : [])));
  return list.map((objective) => {
    if (objective.id !== null) return { objective, id: objective.id };
    const same = existing.find(
      (row) => !claimed.has(row.id) && row.description.trim() === objective.description.trim(),
    );
    if (same) claimed.add(same.id);
    return { objective, id: same?.id ?? null };
  });
}

/** Steps keep their ids across versions; a removed step is retired, never deleted (its ticks stay). */
async function reconcileObjectives(
  tx: Tx,
  goal: GoalRow,
  list: readonly ObjectiveSnapshot[],
  existingIds: Set<string>,
  versionId: string,
  now: Date,
): Promise<void> {
  const kept = new Set<string>();
  for (const [index, objective] of list.entries()) {
    const values = {
      description: objective.description,
      timesPerPeriod: objective.timesPerPeriod,
      period: objective.period,
      durationWeeks: objective.durationWeeks,
      sortOrder: index,
    };
    if (existingIds.has(objective.id)) {
      kept.add(objective.id);
      await tx
        .update(objectives)
        .set(values)
        .where(and(eq(objectives.organizationId, goal.organizationId), eq(objectives.id, objective.id)));
    } else {
      await tx.insert(objectives).values({
        id: objective.id,
        organizationId: goal.organizationId,
        goalId: goal.id,
        ...values,
        createdInVersionId: versionId,
        createdAt: now,
      });
    }
  }
  for (const id of existingIds) {
    if (!kept.has(id))
      await tx
        .update(objectives)
        .set({ retiredAt: now })
        .where(and(eq(objectives.organizationId, goal.organizationId), eq(objectives.id, id)));
  }
}

/**
 * Records where the caller's side stands on the current wording: agree, would like changes, or
 * disagree, with an optional comment. A position on a wording that has since been replaced is
 * refused, with the newer wording.
 */
export async function respondToGoal(raw: unknown): Promise<{ id: string; clientId: string; agreed: boolean }> {
  const ctx = await dataContext();
  const input = parseInput(respondToGoalSchema, raw);
  return writeAudited(
    ctx,
    { action: 'goal.respond', entityType: 'goal', entityId: input.goalId, details: { position: input.position } },
    async (tx) => {
      const { goal, now, access } = await openGoalForWrite(ctx, tx, input.goalId);
      authorize(access.side !== null, 'not-a-goal-side');
      const side = input.onBehalfOfClient ? 'client' : access.side;
      if (input.onBehalfOfClient) {
        authorize(access.side === 'therapist', 'only-the-clinician-records-for-the-client');
        // A client with a portal account always speaks for themselves.
        if (access.client.portalUserId !== null) {
          throw new AppError('invalid', 'This client has a portal account and gives their own answer there.', {
            fieldErrors: { position: ['This client gives their own answer in the portal.'] },
          });
        }
      }
      if (goal.currentVersionNumber !== input.versionNumber) {
        throw new AppError(
          'conflict',
          `This goal was re-worded while you were reading it (it is now version ${goal.currentVersionNumber}). ` +
            `Nothing was saved: please read the newer wording and answer again.`,
          { current: await currentGoalView(tx, ctx, access, goal.id) },
        );
      }
      const consensus = await loadConsensus(tx, goal.id);
      const current = currentVersion(consensus)!;
      const recorded = recordPosition(consensus, side, {
        position: input.position,
        comment: input.comment,
        versionId: current.id,
      });
      if (!recorded.ok) refuseTransition(recorded.error);
      const agreed = isAgreed(recorded.goal);
      const moved = transition({ status: goal.lifecycleStatus, agreed }, { type: 'position' });
      if (!moved.ok) refuseTransition(moved.error, 'position');

      await tx.insert(goalPositions).values({
        organizationId: goal.organizationId,
        goalId: goal.id,
        goalVersionId: current.id,
        side,
        userId: ctx.principal.userId,
        position: input.position,
        comment: input.comment,
        createdAt: now,
      });
      await applyGoalState(tx, goal, {
        status: moved.status,
        agreed,
        reason: agreed
          ? `Both agreed to version ${current.number}`
          : `${SIDE_WORDS[side]} ${POSITION_WORDS[input.position]} version ${current.number}`,
        userId: ctx.principal.userId,
        now,
      });
      await refreshClientMetrics(tx, goal.organizationId, goal.clientId);
      return { id: goal.id, clientId: goal.clientId, agreed };
    },
    (result) => ({
      details: { position: input.position, agreed: result.agreed, onBehalfOfClient: input.onBehalfOfClient },
    }),
  );
}

/**
 * A status change (on hold, resumed, completed, cancelled, rejected, entered in error) is an
 * event with a reason, made by the treating clinician; the wording and its agreement stay.
 */
export async function changeGoalStatus(raw: unknown): Promise<{ id: string; clientId: string }> {
  const ctx = await dataContext();
  const input = parseInput(changeGoalStatusSchema, raw);
  return writeAudited(
    ctx,
    { action: 'goal.status', entityType: 'goal', entityId: input.goalId, details: { target: input.target } },
    async (tx) => {
      const { goal, now, access } = await openGoalForWrite(ctx, tx, input.goalId);
      authorize(canChangeGoalStatus(ctx.principal, access.client), 'not-treating-clinician');
      const agreed = agreedNow(await loadConsensus(tx, goal.id));
      const moved = transition(
        { status: goal.lifecycleStatus, agreed },
        { type: 'status-change', target: input.target, reason: input.reason },
      );
      if (!moved.ok) refuseTransition(moved.error, 'target');
      await applyGoalState(
        tx,
        goal,
        {
          status: moved.status,
          agreed,
          reason: input.reason,
          userId: ctx.principal.userId,
          now,
          achievementStatus: input.achievementStatus ?? undefined,
        },
        isInPlan(moved.status) ? {} : { clientFocus: false },
      );
      await refreshClientMetrics(tx, goal.organizationId, goal.clientId);
      return { id: goal.id, clientId: goal.clientId };
    },
  );
}

/** The client marks (or unmarks) a goal as one of their focus goals: up to three at a time. */
export async function setGoalFocus(raw: unknown): Promise<{ id: string; focus: boolean }> {
  const ctx = await dataContext();
  const input = parseInput(setGoalFocusSchema, raw);
  return writeAudited(
    ctx,
    { action: 'goal.focus', entityType: 'goal', entityId: input.goalId, details: { focus: input.focus } },
    async (tx) => {
      const row = await loadGoalRow(tx, ctx.principal.organizationId, input.goalId);
      authorize(row !== null, 'missing-or-foreign');
      const access = await loadClinicalAccess(ctx, tx, row.clientId);
      authorize(access.side === 'client', 'only-the-client-chooses-focus');
      const now = await lockClientGoals(tx, ctx.principal.organizationId, row.clientId);
      const mine = await tx
        .select({ id: goals.id, lifecycleStatus: goals.lifecycleStatus, clientFocus: goals.clientFocus })
        .from(goals)
        .where(and(eq(goals.organizationId, ctx.principal.organizationId), eq(goals.clientId, row.clientId)));
      const goal = mine.find((g) => g.id === input.goalId)!;
      if (input.focus) {
        if (!isInPlan(goal.lifecycleStatus)) {
          throw new AppError('invalid', 'Only goals in your plan can be a focus.', {
            fieldErrors: { focus: ['Only goals in your plan can be a focus.'] },
          });
        }
        const others = mine.filter((g) => g.id !== goal.id && g.clientFocus && isInPlan(g.lifecycleStatus)).length;
        if (others >= MAX_FOCUS_GOALS) {
          const message = `You can focus on up to ${MAX_FOCUS_GOALS} goals at a time. Take one off your focus first.`;
          throw new AppError('invalid', message, { fieldErrors: { focus: [message] } });
        }
      }
      await tx
        .update(goals)
        .set({ clientFocus: input.focus, updatedAt: now })
        .where(and(eq(goals.organizationId, ctx.principal.organizationId), eq(goals.id, goal.id)));
      return { id: goal.id, focus: input.focus };
    },
  );
}

/** A supervisor's comment on a goal, on the version they read. */
export async function commentOnGoal(raw: unknown): Promise<{ id: string; goalId: string; clientId: string }> {
  const ctx = await dataContext();
  const input = parseInput(commentOnGoalSchema, raw);
  return writeAudited(ctx, { action: 'goal.comment', entityType: 'goal', entityId: input.goalId }, async (tx) => {
    const row = await loadGoalRow(tx, ctx.principal.organizationId, input.goalId);
    authorize(row !== null, 'missing-or-foreign');
    const access = await loadClinicalAccess(ctx, tx, row.clientId);
    authorize(canSuperviseClient(ctx.principal, access.client), 'not-supervisor');
    const [version] = await tx
      .select({ id: goalVersions.id })
      .from(goalVersions)
      .where(and(eq(goalVersions.goalId, input.goalId), eq(goalVersions.number, input.versionNumber)));
    if (!version)
      throw new AppError('invalid', 'Reload the page and try again.', {
        fieldErrors: { body: ['That version of the goal does not exist. Reload the page.'] },
      });
    const [comment] = await tx
      .insert(goalComments)
      .values({
        organizationId: ctx.principal.organizationId,
        goalId: input.goalId,
        goalVersionId: version.id,
        authorUserId: ctx.principal.userId,
        body: input.body,
      })
      .returning({ id: goalComments.id });
    return { id: comment!.id, goalId: input.goalId, clientId: row.clientId };
  });
}
