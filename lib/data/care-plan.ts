import 'server-only';
import { todayIn } from '@/lib/time/local-date';
import { and, eq, inArray } from 'drizzle-orm';
import { goals, planSignatures } from '@/db/schema';
import type { Tx } from '@/db/types';
import { canSuperviseClient, canViewFormulation, type ClientRelationship } from '@/lib/auth/policy';
import { transition } from '@/lib/domain/consensus/lifecycle';
import { isInPlan } from '@/lib/domain/consensus/plan-goals';
import { nextReviewDate } from '@/lib/domain/consensus/review';
import { wouldCompletePlan } from '@/lib/domain/consensus/signing-round';
import type { Side } from '@/lib/domain/consensus/types';
import { AppError } from '@/lib/errors';
import { refreshClientMetrics } from '@/lib/rollups/client-metrics';
import { parseInput } from '@/lib/validation/parse';
import { sameName, signPlanSchema } from '@/lib/validation/plan';
import { authorize, readAudited, writeAudited } from './internal/audit';
import { dataContext } from './internal/context';
import {
  applyGoalState,
  loadClinicalAccess,
  loadGoalViews,
  lockClientGoals,
  type GoalView,
} from './internal/goal-records';
import {
  buildPlanView,
  loadBrainstormView,
  loadFormulationView,
  loadPlanGoals,
  loadSignatures,
  signingFacts,
  type BrainstormAnswerView,
  type FormulationView,
  type PlanView,
  type SignerRole,
} from './internal/plan-records';
import { loadOrganizationRules } from './internal/organization-rules';

export type { PlanView, SignatureView } from './internal/plan-records';

/**
 * A client's plan as a whole: the goals, where the plan stands, who signed which version, the
 * formulation and the brainstorm answers, and what is waiting for the person looking at it.
 */

export type WaitingKind = 'new-goal' | 'changed-goal' | 'changes-requested' | 'sign' | 're-consent' | 'review';

export interface WaitingItem {
  kind: WaitingKind;
  goalId: string | null;
  title: string | null;
  /** The other side's comment, when they asked for changes. */
  comment: string | null;
}

export interface CarePlan {
  client: { id: string; displayName: string };
  relationship: ClientRelationship;
  side: Side | null;
  canSupervise: boolean;
  /** Goals in the plan first, then on hold, then closed; each in the order they were added. */
  goals: GoalView[];
  plan: PlanView;
  /** Null when the caller may not see it (the client, until the therapist shares it). */
  formulation: FormulationView | null;
  brainstorm: BrainstormAnswerView[];
  /** What the caller's side is being asked to do. */
  waiting: WaitingItem[];
  focusCount: number;
  today: string;
  /** The organisation's time zone, to show times in (from the session check). */
  timeZone: string;
}

function goalOrder(goal: GoalView): number {
  if (goal.inPlan) return 0;
  return goal.closed ? 2 : 1;
}

function waitingFor(side: Side | null, goalViews: readonly GoalView[], plan: PlanView): WaitingItem[] {
  if (side === null) return [];
  const other: Side = side === 'client' ? 'therapist' : 'client';
  const items: WaitingItem[] = [];
  for (const goal of goalViews) {
    if (goal.closed) continue;
    if (goal.positionOnCurrent[side] === null && goal.current.authorSide === other) {
      items.push({
        kind: goal.current.number === 1 ? 'new-goal' : 'changed-goal',
        goalId: goal.id,
        title: goal.title,
        comment: goal.current.changeNote,
      });
    } else if (
      goal.positionOnCurrent[side] === 'agree' &&
      (goal.positionOnCurrent[other] === 'wants-changes' || goal.positionOnCurrent[other] === 'disagree')
    ) {
      items.push({
        kind: 'changes-requested',
        goalId: goal.id,
        title: goal.title,
        comment: goal.latestStated[other]?.comment ?? null,
      });
    }
  }
  const reviewOpen = plan.signedThisRound[other] || plan.reviewOverdue;
  if (plan.canSign && !plan.signedThisRound[side] && (plan.status !== 'signed' || reviewOpen)) {
    items.push({
      kind: plan.status === 'needs-re-consent' ? 're-consent' : plan.status === 'signed' ? 'review' : 'sign',
      goalId: null,
      title: null,
      comment: null,
    });
  }
  return items;
}

/**
 * Everything on a client's plan, for the treating clinician, their supervisor, or the client in
 * the portal (who names no client: it is always their own). Admins never see goal text.
 */
export async function getCarePlan(clientId?: string): Promise<CarePlan> {
  const ctx = await dataContext();
  const { principal } = ctx;
  return readAudited(
    ctx,
    { action: 'plan.read', entityType: 'client', entityId: clientId ?? principal.clientId },
    async () => {
      const access = await loadClinicalAccess(ctx, ctx.db, clientId);
      const { organizationId } = principal;
      const isClient = access.relationship === 'self';
      const [goalViews, signatures, rules, formulation, brainstorm] = await Promise.all([
        loadGoalViews(ctx.db, organizationId, access.client.id, { includeComments: !isClient }),
        loadSignatures(ctx.db, organizationId, access.client.id),
        loadOrganizationRules(ctx.db, organizationId),
        loadFormulationView(ctx.db, organizationId, access.client.id, !isClient),
        loadBrainstormView(ctx.db, organizationId, access.client.id),
      ]);
      const now = new Date();
      const plan = buildPlanView(
        goalViews.map((goal) => ({
          goalId: goal.id,
          title: goal.title,
          status: goal.lifecycleStatus,
          agreed: goal.agreed,
          currentVersionId: goal.current.id,
        })),
        signatures,
        rules,
        now,
      );
      const ordered = [...goalViews].sort((a, b) => goalOrder(a) - goalOrder(b));
      return {
        client: { id: access.client.id, displayName: access.client.displayName },
        relationship: access.relationship,
        side: access.side,
        canSupervise: canSuperviseClient(principal, access.client),
        goals: ordered,
        plan,
        formulation: canViewFormulation(principal, access.client, formulation.sharedWithClient) ? formulation : null,
        brainstorm,
        waiting: waitingFor(access.side, ordered, plan),
        focusCount: goalViews.filter((goal) => goal.clientFocus && goal.inPlan).length,
        today: todayIn(rules.timeZone, now),
        timeZone: ctx.principal.timeZone,
      };
    },
  );
}

/**
 * Signs the plan version the signer read (named by its hash), with their typed full name.
 * The client signs in the portal, the treating clinician on the plan page; when both have
 * signed the same version, its agreed goals become active and the next review date is set. A
 * supervisor co-signs a plan both have signed.
 */
export async function signPlan(raw: unknown): Promise<{ clientId: string; role: SignerRole; completed: boolean }> {
  const ctx = await dataContext();
  const { principal } = ctx;
  const input = parseInput(signPlanSchema, raw);
  return writeAudited(
    ctx,
    { action: 'plan.sign', entityType: 'client', entityId: input.clientId ?? principal.clientId },
    async (tx) => {
      const access = await loadClinicalAccess(ctx, tx, input.clientId);
      const role: SignerRole | null =
        access.side ?? (canSuperviseClient(principal, access.client) ? 'supervisor' : null);
      authorize(role !== null, 'may-not-sign');
      if (!sameName(input.typedName, principal.name)) {
        throw new AppError('invalid', 'Some details need attention.', {
          fieldErrors: { typedName: [`Type your full name as it appears on your account: ${principal.name}.`] },
        });
      }
      const { organizationId } = principal;
      const clientId = access.client.id;
      const now = await lockClientGoals(tx, organizationId, clientId);
      // One after another: a transaction is one connection, which runs one query at a time.
      const rules = await loadOrganizationRules(tx, organizationId);
      const planGoalRows = await loadPlanGoals(tx, organizationId, clientId);
      const signatures = await loadSignatures(tx, organizationId, clientId);
      const plan = buildPlanView(planGoalRows, signatures, rules, now, input.shortfallReason);
      if (plan.hash !== input.planHash) {
        throw new AppError(
          'conflict',
          'The plan changed while you were reading it, so it was not signed. Please look at the plan as it is now, then sign again.',
          {
            current: plan,
          },
        );
      }
      const pairs = planGoalRows
        .filter((goal) => isInPlan(goal.status))
        .map((goal) => ({ goalId: goal.goalId, versionId: goal.currentVersionId }));
      const signature = {
        organizationId,
        clientId,
        planHash: plan.hash,
        goalVersions: pairs,
        userId: principal.userId,
        typedName: input.typedName,
        signedAt: now,
      };

      if (role === 'supervisor') {
        if (plan.status !== 'signed')
          throw new AppError(
            'invalid',
            'The client and the therapist both sign the plan first; then you can co-sign it.',
          );
        if (plan.current.supervisor)
          throw new AppError('invalid', 'You have already co-signed this version of the plan.');
        await tx.insert(planSignatures).values({ ...signature, signerRole: 'supervisor' });
        return { clientId, role, completed: false };
      }

      if (plan.signedThisRound[role])
        throw new AppError('invalid', 'You have already signed this version of the plan.');
      if (!plan.canSign) {
        const needsReason = plan.belowMinimum && !(input.shortfallReason ?? plan.shortfallReasonOnFile);
        throw new AppError('invalid', `The plan can’t be signed yet. ${plan.blockers.map((b) => `${b}.`).join(' ')}`, {
          fieldErrors: needsReason
            ? {
                shortfallReason: [`The plan has fewer than ${plan.minimumGoals} goals: say why this is right for now.`],
              }
            : undefined,
        });
      }
      const completed = wouldCompletePlan(signingFacts(signatures), plan.hash, role);
      await tx.insert(planSignatures).values({
        ...signature,
        signerRole: role,
        shortfallReason: plan.belowMinimum ? (input.shortfallReason ?? plan.shortfallReasonOnFile) : null,
        nextReviewDate: completed ? nextReviewDate(now, rules.settings.reviewCadenceDays, rules.timeZone) : null,
      });
      if (completed)
        await activateAgreedGoals(
          tx,
          organizationId,
          pairs.map((pair) => pair.goalId),
          principal.userId,
          now,
        );
      await refreshClientMetrics(tx, organizationId, clientId);
      return { clientId, role, completed };
    },
    (result) => ({ details: { role: result.role, completed: result.completed } }),
  );
}

/** Signing by both makes the plan's agreed goals active (a no-op for goals already active). */
async function activateAgreedGoals(
  tx: Tx,
  organizationId: string,
  goalIds: string[],
  userId: string,
  now: Date,
): Promise<void> {
  if (goalIds.length === 0) return;
  const rows = await tx
    .select()
    .from(goals)
    .where(and(eq(goals.organizationId, organizationId), inArray(goals.id, goalIds)));
  for (const goal of rows) {
    if (goal.lifecycleStatus === 'active') continue;
    const moved = transition({ status: goal.lifecycleStatus, agreed: goal.agreed }, { type: 'plan-signed' });
    if (!moved.ok) throw new Error(`signed plan holds goal ${goal.id} that cannot be activated: ${moved.error}`);
    await applyGoalState(tx, goal, {
      status: moved.status,
      agreed: goal.agreed,
      reason: 'The plan was signed by the client and the therapist',
      userId,
      now,
    });
  }
}
