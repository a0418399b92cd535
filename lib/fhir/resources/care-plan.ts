import type { CarePlan, CarePlanActivity, Provenance, ProvenanceEntity, Timing } from '@medplum/fhirtypes';
import { goalVersionSystem, planHashSystem, SIGNATURE_TYPE, UCUM } from '../codes';
import type { ExportGoal, ExportObjective, ExportSignature } from '../input';
import { type BundleContext, instant, participant } from './context';
import { clinicianRef } from './parties';

/*
 * The care plan (the goals in it now, each goal's objectives as activities) and a Provenance per
 * signature of it, which names the plan version signed by its hash and its goal versions.
 */

const PERIOD_UNIT = { day: 'd', week: 'wk', month: 'mo' } as const;

export function carePlanResource(ctx: BundleContext): CarePlan {
  const { input, refs } = ctx;
  const plan = input.carePlan;
  const planGoals = input.goals.filter((goal) => plan.goalIds.includes(goal.id));
  const activities = planGoals.flatMap((goal) =>
    goal.objectives.map((objective) => objectiveActivity(ctx, goal, objective)),
  );
  const clinician = clinicianRef(ctx);
  return {
    resourceType: 'CarePlan',
    id: refs.carePlanId,
    status: plan.status,
    intent: 'plan',
    title: 'Care plan',
    subject: refs.patient,
    period: { start: plan.periodStart },
    ...(clinician ? { author: clinician } : {}),
    contributor: [refs.patient, ...(clinician ? [clinician] : [])],
    ...(planGoals.length > 0 ? { goal: planGoals.map((goal) => refs.goal(goal.id)) } : {}),
    ...(activities.length > 0 ? { activity: activities } : {}),
    ...(plan.nextReviewDate ? { note: [{ text: `Next review by ${plan.nextReviewDate}.` }] } : {}),
  };
}

function objectiveActivity(ctx: BundleContext, goal: ExportGoal, objective: ExportObjective): CarePlanActivity {
  const timing: Timing | undefined =
    objective.timesPerPeriod !== null && objective.period !== null
      ? {
          repeat: {
            frequency: objective.timesPerPeriod,
            period: 1,
            periodUnit: PERIOD_UNIT[objective.period],
            ...(objective.durationWeeks !== null
              ? { boundsDuration: { value: objective.durationWeeks, unit: 'weeks', system: UCUM, code: 'wk' } }
              : {}),
          },
        }
      : undefined;
  return {
    detail: {
      status: goal.lifecycleStatus === 'active' ? 'in-progress' : 'not-started',
      description: objective.description,
      goal: [ctx.refs.goal(goal.id)],
      ...(timing ? { scheduledTiming: timing } : {}),
    },
  };
}

export function signatureProvenance(ctx: BundleContext, signature: ExportSignature): Provenance {
  const { input, refs } = ctx;
  const who = refs.person(signature.userId, signature.typedName) ?? { display: signature.typedName };
  const whoRef = ('reference' in who ? who : refs.organization) as Provenance['agent'][number]['who'];
  const supervisor = signature.role === 'supervisor';
  return {
    resourceType: 'Provenance',
    id: signature.id,
    target: [
      refs.carePlan,
      ...signature.goalVersions
        .filter((pair) => input.goals.some((goal) => goal.id === pair.goalId))
        .map((pair) => refs.goal(pair.goalId)),
    ],
    occurredDateTime: instant(signature.signedAt),
    recorded: instant(signature.signedAt),
    activity: { text: supervisor ? 'Plan co-signed by the supervisor' : `Plan signed by the ${signature.role}` },
    agent: [
      { type: supervisor ? participant('verifier', 'Verifier') : participant('attester', 'Attester'), who: whoRef },
    ],
    entity: [
      {
        role: 'source',
        what: {
          identifier: { system: planHashSystem(input.systemBase), value: signature.planHash },
          display: `Plan version (SHA-256 of its ${signature.goalVersions.length} goal versions)`,
        },
      },
      ...signature.goalVersions.map((pair): ProvenanceEntity => ({
        role: 'source',
        what: { identifier: { system: goalVersionSystem(input.systemBase), value: pair.versionId } },
      })),
    ],
    signature: [
      {
        type: [{ system: SIGNATURE_TYPE, ...signerType(signature.role) }],
        when: instant(signature.signedAt),
        who: whoRef,
        sigFormat: 'text/plain',
        data: Buffer.from(`${signature.typedName}\nsha256:${signature.planHash}`, 'utf8').toString('base64'),
      },
    ],
  };
}

/** The ASTM E1762 signature type of each signer's role. */
function signerType(role: ExportSignature['role']) {
  if (role === 'client') return { code: '1.2.840.10065.1.12.1.7', display: 'Consent Signature' };
  if (role === 'therapist') return { code: '1.2.840.10065.1.12.1.1', display: "Author's Signature" };
  return { code: '1.2.840.10065.1.12.1.5', display: 'Verification Signature' };
}
