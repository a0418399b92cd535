import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { gasRatings, gasScales, type RatingHistoryEntry } from '@/db/schema';
import { canActAsTreatingClinician } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { gasRatingSchema, gasScaleSchema } from '@/lib/validation/therapy-sessions';
import { authorize, writeAudited } from './internal/audit';
import { dataContext } from './internal/context';
import { loadGoalWithAccess } from './internal/goal-records';
import { loadNumberedSessions, loadTherapySessionWithAccess } from './internal/therapy-session-access';
import { databaseNow } from './internal/clock';

/*
 * Goal Attainment Scaling. The therapist describes all five levels of a goal in words (−2 much
 * less than expected … +2 much more) when the goal is set, optionally with a weight, and rates
 * the goal against them at review sessions. Scales are versioned (a rewrite is a new version);
 * a changed rating keeps the old level in its history.
 */

/** GAS can be set once both sides have agreed a goal, and rated while it is active. */
const SCALABLE_STATUSES = new Set(['accepted', 'active']);

/** The new scale version, and the goal's client (known from the authorised load, for the caller to refresh its pages). */
export async function saveGasScale(raw: unknown): Promise<{ id: string; version: number; clientId: string }> {
  const ctx = await dataContext();
  const input = parseInput(gasScaleSchema, raw);
  return writeAudited(
    ctx,
    { action: 'gas-scale.save', entityType: 'goal', entityId: input.goalId },
    async (tx) => {
      const goal = await loadGoalWithAccess(tx, ctx.principal.organizationId, input.goalId);
      authorize(goal !== null, 'missing-or-foreign');
      authorize(canActAsTreatingClinician(ctx.principal, goal.client), 'not-treating-clinician');
      if (!SCALABLE_STATUSES.has(goal.lifecycleStatus)) {
        throw new AppError('invalid', 'Levels can be described for goals that both of you have agreed.', {
          fieldErrors: { form: ['This goal is not agreed or active.'] },
        });
      }
      // Serialise rewrites of one goal's scale so two saves cannot claim the same version.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`gas:${goal.id}`}))`);
      const [latest] = await tx
        .select({ version: gasScales.version })
        .from(gasScales)
        .where(eq(gasScales.goalId, goal.id))
        .orderBy(desc(gasScales.version))
        .limit(1);
      const [created] = await tx
        .insert(gasScales)
        .values({
          organizationId: goal.client.organizationId,
          clientId: goal.clientId,
          goalId: goal.id,
          version: (latest?.version ?? 0) + 1,
          levelMinus2: input.levelMinus2,
          levelMinus1: input.levelMinus1,
          level0: input.level0,
          levelPlus1: input.levelPlus1,
          levelPlus2: input.levelPlus2,
          weight: input.weight,
          createdBy: ctx.principal.userId,
        })
        .returning({ id: gasScales.id, version: gasScales.version });
      if (!created) throw new Error('gas scale insert returned nothing');
      return { ...created, clientId: goal.clientId };
    },
    (created) => ({ details: { version: created.version } }),
  );
}

/** The level saved, and the session's client (known from the authorised load, for the caller to refresh its pages). */
export async function rateGas(raw: unknown): Promise<{ level: number; clientId: string }> {
  const ctx = await dataContext();
  const input = parseInput(gasRatingSchema, raw);
  return writeAudited(
    ctx,
    {
      action: 'gas-rating.save',
      entityType: 'therapy_session',
      entityId: input.therapySessionId,
      details: { goalId: input.goalId },
    },
    async (tx) => {
      const session = await loadTherapySessionWithAccess(tx, ctx.principal.organizationId, input.therapySessionId, {
        forUpdate: true,
      });
      authorize(session !== null, 'missing-or-foreign');
      authorize(canActAsTreatingClinician(ctx.principal, session.client), 'not-treating-clinician');
      const goal = await loadGoalWithAccess(tx, ctx.principal.organizationId, input.goalId);
      authorize(goal !== null && goal.clientId === session.clientId, 'goal-of-another-client');
      if (goal.lifecycleStatus !== 'active')
        throw new AppError('invalid', 'Only active goals are rated.', {
          fieldErrors: { form: ['This goal is not active.'] },
        });
      const sessions = await loadNumberedSessions(tx, session.organizationId, session.clientId);
      const numbered = sessions.find((s) => s.id === session.id)?.number ?? null;
      const now = await databaseNow(tx);
      if (numbered === null || session.scheduledAt > now) {
        throw new AppError('invalid', 'A goal can be rated at a session that has started and took place.', {
          fieldErrors: { form: ['This session cannot be rated.'] },
        });
      }
      const [scale] = await tx
        .select({ id: gasScales.id })
        .from(gasScales)
        .where(eq(gasScales.goalId, goal.id))
        .orderBy(desc(gasScales.version))
        .limit(1);
      if (!scale)
        throw new AppError('invalid', 'Describe the five levels of this goal before rating it.', {
          fieldErrors: { level: ['Describe the levels first.'] },
        });

      const [existing] = await tx
        .select()
        .from(gasRatings)
        .where(and(eq(gasRatings.therapySessionId, session.id), eq(gasRatings.goalId, goal.id)))
        .limit(1);
      if (existing) {
        if (existing.level !== input.level || existing.gasScaleId !== scale.id) {
          const history: RatingHistoryEntry[] = [
            ...existing.history,
            {
              progress: null,
              level: existing.level,
              ratedBy: existing.ratedBy,
              ratedAt: existing.ratedAt.toISOString(),
            },
          ];
          await tx
            .update(gasRatings)
            .set({ level: input.level, gasScaleId: scale.id, ratedBy: ctx.principal.userId, ratedAt: now, history })
            .where(and(eq(gasRatings.organizationId, ctx.principal.organizationId), eq(gasRatings.id, existing.id)));
        }
      } else {
        await tx.insert(gasRatings).values({
          organizationId: session.organizationId,
          clientId: session.clientId,
          goalId: goal.id,
          gasScaleId: scale.id,
          therapySessionId: session.id,
          level: input.level,
          ratedBy: ctx.principal.userId,
        });
      }
      return { level: input.level, clientId: session.clientId };
    },
  );
}
