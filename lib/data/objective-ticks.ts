import 'server-only';
import { todayIn } from '@/lib/time/local-date';
import crypto from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { goals, objectives, objectiveTicks } from '@/db/schema';
import { addDays, describeFrequency, weekStartOf, weeklyTarget } from '@/lib/domain/therapy-sessions';
import { AppError } from '@/lib/errors';
import { retractTickSchema, TICK_DAYS_BACK, tickObjectiveSchema } from '@/lib/validation/objective-ticks';
import { parseInput } from '@/lib/validation/parse';
import { authorize, readAudited, writeAudited } from './internal/audit';
import { dataContext } from './internal/context';
import { loadOwnClientRecord } from './internal/portal-access';
import { loadActiveObjectives, loadTicksSince } from './internal/therapy-session-access';
import { loadOrganizationRules } from './internal/organization-rules';
import { databaseNow } from './internal/clock';

/*
 * Between sessions, the client ticks off their objective steps ("bike ride done today") and
 * sees how many of the week's target are done. A tick can be undone (retracted, kept), never
 * deleted; each form carries a submission key so a double submit records one tick.
 */

export interface StepTick {
  id: string;
  doneOn: string;
  note: string | null;
}

export interface StepThisWeek {
  objectiveId: string;
  description: string;
  goalWording: string;
  frequency: string | null;
  /** 'week' for daily and weekly steps, 'month' for monthly ones. */
  countedPer: 'week' | 'month';
  target: number | null;
  done: number;
  ticks: StepTick[];
  /** Fresh for each form shown. */
  submissionKey: string;
}

export interface ObjectiveWeek {
  today: string;
  weekStart: string;
  weekEnd: string;
  /** Days a step can be ticked for: today and the 6 before it. */
  days: string[];
  steps: StepThisWeek[];
}

/** The signed-in client's steps for this week, with what is done so far. */
export async function getObjectiveWeek(): Promise<ObjectiveWeek> {
  const ctx = await dataContext();
  return readAudited(
    ctx,
    { action: 'portal.steps', entityType: 'client', entityId: ctx.principal.clientId },
    async () => {
      const client = await loadOwnClientRecord(ctx);
      const rules = await loadOrganizationRules(ctx.db, client.organizationId);
      const today = todayIn(rules.timeZone, new Date());
      const weekStart = weekStartOf(today);
      const monthStart = `${today.slice(0, 8)}01`;
      const since = weekStart < monthStart ? weekStart : monthStart;
      const steps = await loadActiveObjectives(ctx.db, client.organizationId, client.id);
      const ticks = await loadTicksSince(ctx.db, client.organizationId, client.id, since);
      return {
        today,
        weekStart,
        weekEnd: addDays(weekStart, 6),
        days: Array.from({ length: TICK_DAYS_BACK + 1 }, (_, i) => addDays(today, -i)),
        steps: steps.map((step) => {
          const monthly = step.period === 'month';
          const counted = ticks.filter(
            (t) => t.objectiveId === step.objectiveId && (monthly ? t.doneOn >= monthStart : t.doneOn >= weekStart),
          );
          return {
            objectiveId: step.objectiveId,
            description: step.description,
            goalWording: step.goalWording,
            frequency: describeFrequency(step.timesPerPeriod, step.period),
            countedPer: monthly ? 'month' : 'week',
            target: monthly ? step.timesPerPeriod : weeklyTarget(step.timesPerPeriod, step.period),
            done: counted.length,
            ticks: ticks
              .filter((t) => t.objectiveId === step.objectiveId && t.doneOn >= weekStart)
              .map(({ id, doneOn, note }) => ({ id, doneOn, note })),
            submissionKey: crypto.randomUUID(),
          };
        }),
      };
    },
  );
}

/** Records that the client did a step on a day this past week. */
export async function tickObjective(raw: unknown): Promise<{ recorded: boolean }> {
  const ctx = await dataContext();
  const input = parseInput(tickObjectiveSchema, raw);
  return writeAudited(
    ctx,
    { action: 'objective.tick', entityType: 'objective', entityId: input.objectiveId },
    async (tx) => {
      const client = await loadOwnClientRecord(ctx, tx);
      const [step] = await tx
        .select({ id: objectives.id, goalId: objectives.goalId })
        .from(objectives)
        .innerJoin(goals, and(eq(goals.organizationId, objectives.organizationId), eq(goals.id, objectives.goalId)))
        .where(
          and(
            eq(objectives.id, input.objectiveId),
            eq(objectives.organizationId, client.organizationId),
            eq(goals.clientId, client.id),
            eq(goals.lifecycleStatus, 'active'),
            isNull(objectives.retiredAt),
          ),
        )
        .limit(1);
      authorize(step !== undefined, 'not-own-active-step');
      const rules = await loadOrganizationRules(tx, client.organizationId);
      const today = todayIn(rules.timeZone, await databaseNow(tx));
      if (input.doneOn > today || input.doneOn < addDays(today, -TICK_DAYS_BACK)) {
        throw new AppError('invalid', 'Some details need attention.', {
          fieldErrors: { doneOn: ['Choose today or one of the 6 days before it.'] },
        });
      }
      const [created] = await tx
        .insert(objectiveTicks)
        .values({
          organizationId: client.organizationId,
          clientId: client.id,
          goalId: step.goalId,
          objectiveId: step.id,
          doneOn: input.doneOn,
          note: input.note,
          submissionKey: input.submissionKey,
          createdBy: ctx.principal.userId,
        })
        .onConflictDoNothing({ target: [objectiveTicks.organizationId, objectiveTicks.submissionKey] })
        .returning({ id: objectiveTicks.id });
      return { recorded: created !== undefined };
    },
  );
}

/** Undoes a tick (kept, marked as retracted). */
export async function retractObjectiveTick(raw: unknown): Promise<{ retracted: true }> {
  const ctx = await dataContext();
  const input = parseInput(retractTickSchema, raw);
  return writeAudited(
    ctx,
    { action: 'objective.untick', entityType: 'objective_tick', entityId: input.tickId },
    async (tx) => {
      const client = await loadOwnClientRecord(ctx, tx);
      const [tick] = await tx
        .select({ id: objectiveTicks.id, retractedAt: objectiveTicks.retractedAt })
        .from(objectiveTicks)
        .where(
          and(
            eq(objectiveTicks.id, input.tickId),
            eq(objectiveTicks.organizationId, client.organizationId),
            eq(objectiveTicks.clientId, client.id),
          ),
        )
        .limit(1);
      authorize(tick !== undefined, 'not-own-tick');
      const [updated] = await tx
        .update(objectiveTicks)
        .set({ retractedAt: await databaseNow(tx), retractedBy: ctx.principal.userId })
        .where(
          and(
            eq(objectiveTicks.organizationId, client.organizationId),
            eq(objectiveTicks.id, tick.id),
            isNull(objectiveTicks.retractedAt),
          ),
        )
        .returning({ id: objectiveTicks.id });
      if (!updated) throw new AppError('conflict', 'That was already undone.');
      return { retracted: true as const };
    },
  );
}
