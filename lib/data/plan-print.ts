import 'server-only';
import { and, eq } from 'drizzle-orm';
import { gasScales } from '@/db/schema';
import type { Executor } from '@/db/types';
import { signedVersions, type SignedVersion } from '@/lib/domain/consensus/signed-versions';
import { isInPlan } from '@/lib/domain/consensus/plan-goals';
import type { Side } from '@/lib/domain/consensus/types';
import { describeFrequency } from '@/lib/domain/therapy-sessions';
import { parseInput } from '@/lib/validation/parse';
import { z } from '@/lib/validation/zod';
import { authorize, readAudited } from './internal/audit';
import { dataContext } from './internal/context';
import { checkExportLimit } from './internal/export-limits';
import { loadClinicalAccess, loadGoalViews, type GoalView } from './internal/goal-records';
import { loadOrganizationRules } from './internal/organization-rules';
import {
  buildPlanView,
  loadFormulationView,
  loadSignatures,
  type FormulationFields,
  type SignatureRow,
  type SignerRole,
} from './internal/plan-records';

/**
 * The printable care plan (ADR 0018): the plan as the client and the therapist signed it, for
 * paper, for the file and for the PDF made from the same HTML. The current plan, or any earlier
 * signed version exactly as it was signed (its goal versions, the formulation shared at that
 * time, the signatures of that round, the review date it set). Read by the treating clinician,
 * their supervisor and the client (their own, from the portal); refused as not-found for
 * everyone else, audited either way.
 */

export type PrintAudience = 'client' | 'staff';

export interface PrintObjective {
  description: string;
  /** "3 times a week", or null when no frequency was set. */
  frequency: string | null;
  durationWeeks: number | null;
}

export interface PrintGasLevel {
  level: -2 | -1 | 0 | 1 | 2;
  text: string;
}

export interface PrintGoal {
  id: string;
  /** In the client's own words, as signed. */
  wording: string;
  value: string | null;
  measure: string | null;
  target: string | null;
  dueDate: string | null;
  frequency: string | null;
  firstStep: string | null;
  objectives: PrintObjective[];
  /** Who agreed to this wording and when, client first. */
  agreed: { side: Side; name: string; at: string }[];
  /** Staff copies only: the goal attainment scale in force when the plan was signed. */
  gas: PrintGasLevel[] | null;
}

export interface PrintSignature {
  role: SignerRole;
  typedName: string;
  userName: string;
  signedAt: string;
  planHash: string;
}

export interface PrintableVersion {
  /** The completing signature's id (the `version` in the address). */
  id: string;
  number: number;
  completedAt: string;
}

export interface PrintablePlan {
  audience: PrintAudience;
  client: { id: string; displayName: string };
  organizationName: string;
  timeZone: string;
  /** The signed version shown, or null for the current plan as it stands now. */
  version: PrintableVersion | null;
  /** True when both the client and the therapist signed what is shown. */
  signed: boolean;
  planHash: string;
  nextReviewDate: string | null;
  formulation: FormulationFields | null;
  goals: PrintGoal[];
  /** Client, therapist, then a supervisor's co-signature: those given on what is shown. */
  signatures: PrintSignature[];
  /** Every signed version, newest first (links to print each as it was signed). */
  signedVersions: PrintableVersion[];
  printedAt: string;
}

export const printPlanQuerySchema = z.object({
  clientId: z.uuid('The client in this address is not valid.').optional(),
  version: z.uuid('The plan version in this address is not valid.').optional(),
  format: z.enum(['html', 'pdf']).default('html'),
});

const GAS_LEVELS = [
  ['levelMinus2', -2],
  ['levelMinus1', -1],
  ['level0', 0],
  ['levelPlus1', 1],
  ['levelPlus2', 2],
] as const;

/** Each goal's GAS scale as it stood at `asOf` (the newest version written by then). */
async function gasAt(
  executor: Executor,
  organizationId: string,
  clientId: string,
  asOf: Date,
): Promise<Map<string, PrintGasLevel[]>> {
  const rows = await executor
    .select()
    .from(gasScales)
    .where(and(eq(gasScales.organizationId, organizationId), eq(gasScales.clientId, clientId)));
  const byGoal = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    if (row.createdAt > asOf) continue;
    const held = byGoal.get(row.goalId);
    if (!held || held.version < row.version) byGoal.set(row.goalId, row);
  }
  return new Map(
    [...byGoal].map(([goalId, row]) => [goalId, GAS_LEVELS.map(([key, level]) => ({ level, text: row[key] }))]),
  );
}

function printGoal(goal: GoalView, versionId: string, gas: PrintGasLevel[] | null): PrintGoal | null {
  const version = goal.versions.find((v) => v.id === versionId);
  if (!version) return null;
  const agreed: PrintGoal['agreed'] = [];
  for (const side of ['client', 'therapist'] as const) {
    // positions are newest first: the latest agreement by this side with this wording.
    const position = goal.positions.find(
      (p) => p.side === side && p.versionNumber === version.number && p.position === 'agree',
    );
    if (position) agreed.push({ side, name: position.userName ?? '', at: position.createdAt });
    else if (version.authorSide === side) agreed.push({ side, name: version.authorName ?? '', at: version.createdAt });
  }
  return {
    id: goal.id,
    wording: version.fields.wording,
    value: version.fields.value,
    measure: version.fields.measure,
    target: version.fields.target,
    dueDate: version.fields.dueDate,
    frequency: version.fields.frequency,
    firstStep: version.fields.firstStep,
    objectives: version.objectives.map((o) => ({
      description: o.description,
      frequency: describeFrequency(o.timesPerPeriod, o.period),
      durationWeeks: o.durationWeeks,
    })),
    agreed,
    gas,
  };
}

function toPrintSignature(row: SignatureRow): PrintSignature {
  return {
    role: row.signerRole,
    typedName: row.typedName,
    userName: row.userName,
    signedAt: row.signedAt.toISOString(),
    planHash: row.planHash,
  };
}

const toVersion = (
  version: SignedVersion<SignatureRow & { id: string; role: SignerRole; hash: string; signedAt: Date }>,
): PrintableVersion => ({
  id: version.id,
  number: version.number,
  completedAt: version.completedAt.toISOString(),
});

/**
 * The plan to print: `{ clientId }` for staff (the client names none: their own), `version` a
 * signed version's id (absent: the plan as it stands), `format` what it is printed as ('pdf'
 * counts against the export limit). A version of another client is not-found, like a client
 * the caller may not see.
 */
export async function getPrintablePlan(raw: unknown = {}): Promise<PrintablePlan> {
  const ctx = await dataContext();
  const { principal } = ctx;
  const input = parseInput(printPlanQuerySchema, raw);
  return readAudited(
    ctx,
    {
      action: 'plan.print',
      entityType: 'client',
      entityId: input.clientId ?? principal.clientId,
      details: { format: input.format, version: input.version ?? null },
    },
    async () => {
      const access = await loadClinicalAccess(ctx, ctx.db, input.clientId);
      const { organizationId } = principal;
      const clientId = access.client.id;
      const audience: PrintAudience = access.relationship === 'self' ? 'client' : 'staff';
      const signatureRows = await loadSignatures(ctx.db, organizationId, clientId);
      const facts = signatureRows.map((row) => ({ ...row, role: row.signerRole, hash: row.planHash }));
      const versions = signedVersions(facts);
      const chosen = input.version === undefined ? null : (versions.find((v) => v.id === input.version) ?? null);
      authorize(input.version === undefined || chosen !== null, 'plan-version-not-of-client');
      if (input.format === 'pdf') await checkExportLimit(ctx, 'plan-pdf');

      const [goalViews, rules, formulation] = await Promise.all([
        loadGoalViews(ctx.db, organizationId, clientId, { includeComments: false }),
        loadOrganizationRules(ctx.db, organizationId),
        loadFormulationView(ctx.db, organizationId, clientId, true),
      ]);
      const now = new Date();
      let pairs: { goalId: string; versionId: string }[];
      let signatures: PrintSignature[];
      let planHash: string;
      let signed: boolean;
      let nextReviewDate: string | null;
      let asOf: Date;
      if (chosen) {
        pairs = chosen.completing.goalVersions;
        signatures = [chosen.client, chosen.therapist, ...(chosen.supervisor ? [chosen.supervisor] : [])].map(
          toPrintSignature,
        );
        planHash = chosen.hash;
        signed = true;
        nextReviewDate = chosen.nextReviewDate;
        asOf = chosen.completedAt;
      } else {
        const plan = buildPlanView(
          goalViews.map((goal) => ({
            goalId: goal.id,
            title: goal.title,
            status: goal.lifecycleStatus,
            agreed: goal.agreed,
            currentVersionId: goal.current.id,
          })),
          signatureRows,
          rules,
          now,
        );
        pairs = goalViews
          .filter((goal) => isInPlan(goal.lifecycleStatus))
          .map((goal) => ({ goalId: goal.id, versionId: goal.current.id }));
        signatures = (['client', 'therapist', 'supervisor'] as const).flatMap((role) => {
          const signature = plan.current[role];
          return signature
            ? [
                {
                  role,
                  typedName: signature.typedName,
                  userName: signature.userName,
                  signedAt: signature.signedAt,
                  planHash: signature.planHash,
                },
              ]
            : [];
        });
        planHash = plan.hash;
        signed = plan.status === 'signed';
        nextReviewDate = signed ? plan.nextReviewDate : null;
        asOf = now;
      }

      const gas =
        audience === 'staff' ? await gasAt(ctx.db, organizationId, clientId, asOf) : new Map<string, PrintGasLevel[]>();
      const goalsById = new Map(goalViews.map((goal) => [goal.id, goal]));
      const goals = pairs.flatMap((pair) => {
        const goal = goalsById.get(pair.goalId);
        const printed = goal ? printGoal(goal, pair.versionId, gas.get(pair.goalId) ?? null) : null;
        return printed ? [printed] : [];
      });
      // Goals in the order the client's plan lists them.
      const order = new Map(goalViews.map((goal, index) => [goal.id, index]));
      goals.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));

      // The formulation as it stood then, printed only if it was shared with the client then
      // (and, on the client's copy, is still shared now).
      const snapshot = chosen ? formulation.history.find((h) => new Date(h.createdAt) <= asOf) : null;
      const sharedThen = chosen ? (snapshot?.sharedWithClient ?? false) : formulation.sharedWithClient;
      const showFormulation = sharedThen && (audience === 'staff' || formulation.sharedWithClient);
      const fields: FormulationFields | null = !showFormulation
        ? null
        : snapshot
          ? snapshot.fields
          : {
              presenting: formulation.presenting,
              predisposing: formulation.predisposing,
              precipitating: formulation.precipitating,
              perpetuating: formulation.perpetuating,
              protective: formulation.protective,
            };

      return {
        audience,
        client: { id: clientId, displayName: access.client.displayName },
        organizationName: rules.name,
        timeZone: principal.timeZone,
        version: chosen ? toVersion(chosen) : null,
        signed,
        planHash,
        nextReviewDate,
        formulation: fields,
        goals,
        signatures,
        signedVersions: versions.map(toVersion).reverse(),
        printedAt: now.toISOString(),
      };
    },
    (plan) => ({ details: { format: input.format, version: plan.version?.id ?? null, clientId: plan.client.id } }),
  );
}
