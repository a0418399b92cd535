import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import {
  brainstormAnswers,
  formulations,
  formulationVersions,
  goals,
  goalVersions,
  planSignatures,
  users,
} from '@/db/schema';
import type { Executor } from '@/db/types';
import {
  planStanding,
  planState,
  type PlanBlocker,
  type PlanStanding,
  type PlanStateGoal,
  type PlanStatus,
} from '@/lib/domain/consensus/plan-state';
import { hasSignedThisRound, lastCompletionAt, type SigningFact } from '@/lib/domain/consensus/signing-round';
import type { Side } from '@/lib/domain/consensus/types';
import { goalTitle } from '@/lib/domain/goal-form';
import { BRAINSTORM_PROMPTS, type BrainstormPromptId } from '@/lib/validation/brainstorm';
import type { OrganizationRules } from './organization-rules';

/**
 * Plumbing for the plan as a whole: signatures and the plan's state, the formulation and the
 * brainstorm answers. Nothing here is called by pages.
 */

// ---------------------------------------------------------------------------------------------
// Signatures and plan state

export type SignerRole = 'client' | 'therapist' | 'supervisor';

export interface SignatureView {
  id: string;
  role: SignerRole;
  typedName: string;
  userName: string;
  signedAt: string;
  planHash: string;
  goalCount: number;
  shortfallReason: string | null;
  /** Set on the signature that completed the plan: when it is next due for review. */
  nextReviewDate: string | null;
}

export interface PlanView {
  status: PlanStatus;
  /** The status and who it waits for: what every page says about the plan (see planStanding). */
  standing: PlanStanding;
  hash: string;
  goalCount: number;
  canSign: boolean;
  blockers: string[];
  blockerItems: PlanBlocker[];
  minimumGoals: number;
  belowMinimum: boolean;
  reviewCadenceDays: number;
  nextReviewDate: string | null;
  reviewOverdue: boolean;
  /** A reason for a short plan already given by a signer of this version. */
  shortfallReasonOnFile: string | null;
  /** The latest signature of each role on the current version. */
  current: Partial<Record<SignerRole, SignatureView>>;
  /** Each side has signed the current version in this round (a review starts a new round). */
  signedThisRound: Record<Side, boolean>;
  lastFullySignedAt: string | null;
  /** Every signature ever given, newest first. */
  history: SignatureView[];
}

export interface SignatureRow {
  id: string;
  signerRole: SignerRole;
  typedName: string;
  userName: string;
  signedAt: Date;
  planHash: string;
  goalVersions: { goalId: string; versionId: string }[];
  shortfallReason: string | null;
  nextReviewDate: string | null;
}

export async function loadSignatures(
  executor: Executor,
  organizationId: string,
  clientId: string,
): Promise<SignatureRow[]> {
  return executor
    .select({
      id: planSignatures.id,
      signerRole: planSignatures.signerRole,
      typedName: planSignatures.typedName,
      userName: users.name,
      signedAt: planSignatures.signedAt,
      planHash: planSignatures.planHash,
      goalVersions: planSignatures.goalVersions,
      shortfallReason: planSignatures.shortfallReason,
      nextReviewDate: planSignatures.nextReviewDate,
    })
    .from(planSignatures)
    .innerJoin(users, eq(users.id, planSignatures.userId))
    .where(and(eq(planSignatures.organizationId, organizationId), eq(planSignatures.clientId, clientId)))
    .orderBy(desc(planSignatures.signedAt));
}

/** The plan-state facts of each of a client's goals, read fresh (used under the signing lock). */
export async function loadPlanGoals(
  executor: Executor,
  organizationId: string,
  clientId: string,
): Promise<PlanStateGoal[]> {
  const rows = await executor
    .select({
      goalId: goals.id,
      status: goals.lifecycleStatus,
      agreed: goals.agreed,
      currentVersionId: goals.currentVersionId,
      wording: goalVersions.wording,
    })
    .from(goals)
    .innerJoin(
      goalVersions,
      and(eq(goalVersions.organizationId, goals.organizationId), eq(goalVersions.id, goals.currentVersionId)),
    )
    .where(and(eq(goals.organizationId, organizationId), eq(goals.clientId, clientId)));
  return rows.map((row) => ({
    goalId: row.goalId,
    title: goalTitle(row.wording, 40),
    status: row.status,
    agreed: row.agreed,
    currentVersionId: row.currentVersionId!,
  }));
}

export function signingFacts(signatures: readonly SignatureRow[]): SigningFact[] {
  return signatures.flatMap((signature) =>
    signature.signerRole === 'supervisor'
      ? []
      : [
          {
            side: signature.signerRole,
            hash: signature.planHash,
            signedAt: signature.signedAt,
            completedPlan: signature.nextReviewDate !== null,
          },
        ],
  );
}

function toSignatureView(row: SignatureRow): SignatureView {
  return {
    id: row.id,
    role: row.signerRole,
    typedName: row.typedName,
    userName: row.userName,
    signedAt: row.signedAt.toISOString(),
    planHash: row.planHash,
    goalCount: row.goalVersions.length,
    shortfallReason: row.shortfallReason,
    nextReviewDate: row.nextReviewDate,
  };
}

/** Where the plan stands, from the goals and every signature (lib/domain/consensus decides). */
export function buildPlanView(
  planGoalsOfClient: readonly PlanStateGoal[],
  signatures: readonly SignatureRow[],
  rules: OrganizationRules,
  now: Date,
  shortfallReasonOverride?: string | null,
): PlanView {
  const facts = signingFacts(signatures);
  const latestReview = signatures.find((s) => s.nextReviewDate !== null)?.nextReviewDate ?? null;
  const probe = planState({
    goals: planGoalsOfClient,
    signatures: [],
    minimumGoals: rules.settings.minimumGoalsPerPlan,
    now,
    timeZone: rules.timeZone,
  });
  const onCurrent = signatures.filter((s) => s.planHash === probe.hash);
  const shortfallReasonOnFile = onCurrent.find((s) => s.shortfallReason !== null)?.shortfallReason ?? null;
  const state = planState({
    goals: planGoalsOfClient,
    signatures: facts.map((fact) => ({ side: fact.side, hash: fact.hash, signedAt: fact.signedAt })),
    minimumGoals: rules.settings.minimumGoalsPerPlan,
    shortfallReason: shortfallReasonOverride ?? shortfallReasonOnFile,
    nextReviewDate: latestReview,
    now,
    timeZone: rules.timeZone,
  });
  const current: Partial<Record<SignerRole, SignatureView>> = {};
  for (const signature of onCurrent) current[signature.signerRole] ??= toSignatureView(signature);
  const completedAt = lastCompletionAt(facts);
  // A supervisor co-signs a completed plan; after a later completion (a review) they co-sign again.
  if (current.supervisor && completedAt !== null && new Date(current.supervisor.signedAt) < completedAt)
    delete current.supervisor;
  const signedThisRound = {
    client: hasSignedThisRound(facts, state.hash, 'client'),
    therapist: hasSignedThisRound(facts, state.hash, 'therapist'),
  };
  return {
    status: state.status,
    standing: planStanding(state.status, signedThisRound),
    hash: state.hash,
    goalCount: state.goalCount,
    canSign: state.canSign,
    blockers: [...state.blockers],
    blockerItems: [...state.blockerItems],
    minimumGoals: rules.settings.minimumGoalsPerPlan,
    belowMinimum: state.goalCount > 0 && state.goalCount < rules.settings.minimumGoalsPerPlan,
    reviewCadenceDays: rules.settings.reviewCadenceDays,
    nextReviewDate: latestReview,
    reviewOverdue: state.reviewOverdue,
    shortfallReasonOnFile,
    current,
    signedThisRound,
    lastFullySignedAt: state.lastFullySignedAt?.toISOString() ?? null,
    history: signatures.map(toSignatureView),
  };
}

// ---------------------------------------------------------------------------------------------
// Formulation

export interface FormulationFields {
  presenting: string | null;
  predisposing: string | null;
  precipitating: string | null;
  perpetuating: string | null;
  protective: string | null;
}

export interface FormulationView extends FormulationFields {
  /** 0 when nothing has been written yet. */
  version: number;
  sharedWithClient: boolean;
  updatedAt: string | null;
  updatedByName: string | null;
  /** Earlier saves, newest first (empty for the client). */
  history: {
    version: number;
    editedByName: string | null;
    createdAt: string;
    fields: FormulationFields;
    sharedWithClient: boolean;
  }[];
}

export const EMPTY_FORMULATION: FormulationView = {
  version: 0,
  presenting: null,
  predisposing: null,
  precipitating: null,
  perpetuating: null,
  protective: null,
  sharedWithClient: false,
  updatedAt: null,
  updatedByName: null,
  history: [],
};

export async function loadFormulationView(
  executor: Executor,
  organizationId: string,
  clientId: string,
  withHistory: boolean,
): Promise<FormulationView> {
  const [row] = await executor
    .select({ formulation: formulations, updatedByName: users.name })
    .from(formulations)
    .leftJoin(users, eq(users.id, formulations.updatedBy))
    .where(and(eq(formulations.organizationId, organizationId), eq(formulations.clientId, clientId)))
    .limit(1);
  if (!row) return EMPTY_FORMULATION;
  const { formulation } = row;
  const history = withHistory
    ? await executor
        .select({
          version: formulationVersions.version,
          snapshot: formulationVersions.snapshot,
          createdAt: formulationVersions.createdAt,
          editedByName: users.name,
        })
        .from(formulationVersions)
        .leftJoin(users, eq(users.id, formulationVersions.editedBy))
        .where(
          and(
            eq(formulationVersions.organizationId, organizationId),
            eq(formulationVersions.formulationId, formulation.id),
          ),
        )
        .orderBy(desc(formulationVersions.version))
    : [];
  return {
    version: formulation.version,
    presenting: formulation.presenting,
    predisposing: formulation.predisposing,
    precipitating: formulation.precipitating,
    perpetuating: formulation.perpetuating,
    protective: formulation.protective,
    sharedWithClient: formulation.sharedWithClient,
    updatedAt: formulation.updatedAt.toISOString(),
    updatedByName: row.updatedByName,
    history: history.map((h) => {
      const snapshot = h.snapshot as Partial<FormulationFields> & { sharedWithClient?: boolean };
      return {
        version: h.version,
        editedByName: h.editedByName,
        createdAt: h.createdAt.toISOString(),
        fields: {
          presenting: snapshot.presenting ?? null,
          predisposing: snapshot.predisposing ?? null,
          precipitating: snapshot.precipitating ?? null,
          perpetuating: snapshot.perpetuating ?? null,
          protective: snapshot.protective ?? null,
        },
        sharedWithClient: snapshot.sharedWithClient ?? false,
      };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Brainstorm

export interface BrainstormAnswerView {
  prompt: BrainstormPromptId;
  question: string;
  /** The current answer, or null when the prompt is unanswered (or was cleared). */
  answer: string | null;
  answerId: string | null;
  answeredAt: string | null;
}

export async function loadBrainstormView(
  executor: Executor,
  organizationId: string,
  clientId: string,
): Promise<BrainstormAnswerView[]> {
  const rows = await executor
    .select({
      id: brainstormAnswers.id,
      prompt: brainstormAnswers.prompt,
      answer: brainstormAnswers.answer,
      createdAt: brainstormAnswers.createdAt,
    })
    .from(brainstormAnswers)
    .where(and(eq(brainstormAnswers.organizationId, organizationId), eq(brainstormAnswers.clientId, clientId)))
    .orderBy(desc(brainstormAnswers.createdAt));
  return BRAINSTORM_PROMPTS.map(({ id, question }) => {
    const latest = rows.find((row) => row.prompt === id);
    const answered = latest !== undefined && latest.answer.trim() !== '';
    return {
      prompt: id,
      question,
      answer: answered ? latest.answer : null,
      answerId: answered ? latest.id : null,
      answeredAt: answered ? latest.createdAt.toISOString() : null,
    };
  });
}
