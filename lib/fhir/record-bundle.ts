import type { Bundle, Resource } from '@medplum/fhirtypes';
import { derivedUuid, fullUrl } from './ids';
import type { RecordExportInput } from './input';
import { unresolvedReferences } from './references';
import { carePlanResource, signatureProvenance } from './resources/care-plan';
import { checkInResources, clientOutcomesByGoal } from './resources/check-ins';
import { type BundleContext, bundleContext, instant } from './resources/context';
import { flagResource } from './resources/flags';
import { goalResource, versionProvenance } from './resources/goals';
import { measureResources } from './resources/measures';
import { organizationResource, patientResource, practitionerResources } from './resources/parties';

/*
 * One client's record as a FHIR R4 Bundle of type `collection` (ADR 0017). Pure: plain data in,
 * a Bundle out, no I/O and no clock (the time of the export is passed in). Every reference
 * points at an entry of the same Bundle (urn:uuid fullUrls made from record ids), checked before
 * the Bundle is returned.
 */

/** What the builder leaves out of a client's own copy whatever it is given (the data layer already does). */
function forCopy(input: RecordExportInput): RecordExportInput {
  if (input.copy === 'staff') return input;
  return {
    ...input,
    flags: [],
    goals: input.goals.map((goal) => ({ ...goal, comments: [] })),
    goalRatings: input.goalRatings.filter((rating) => rating.side === 'client'),
  };
}

export function buildRecordBundle(raw: RecordExportInput): Bundle {
  const ctx = bundleContext(forCopy(raw));
  const { input } = ctx;
  const bundle: Bundle = {
    resourceType: 'Bundle',
    id: derivedUuid('bundle', input.client.id, input.copy, instant(input.generatedAt)),
    type: 'collection',
    timestamp: instant(input.generatedAt),
    entry: bundleResources(ctx).map((resource) => ({ fullUrl: fullUrl(resource.id!), resource })),
  };
  const unresolved = unresolvedReferences(bundle);
  if (unresolved.length > 0)
    throw new Error(`FHIR export: references outside the Bundle: ${unresolved.slice(0, 3).join(', ')}`);
  return bundle;
}

/** Every resource of the record, in Bundle order: who and where, the plan and its goals, then the evidence. */
function bundleResources(ctx: BundleContext): Resource[] {
  const { input } = ctx;
  // Goals point at the client's GBO rating Observations.
  const outcomesByGoal = clientOutcomesByGoal(input.goalRatings);
  const planAndGoals = [
    carePlanResource(ctx),
    ...input.goals.map((goal) => goalResource(ctx, goal, outcomesByGoal.get(goal.id))),
    ...input.goals.flatMap((goal) => goal.versions.map((version) => versionProvenance(ctx, goal, version))),
    ...input.signatures.map((signature) => signatureProvenance(ctx, signature)),
  ];
  const evidence = [...input.measures.flatMap((measure) => measureResources(ctx, measure)), ...checkInResources(ctx)];
  const flags = input.flags.map((flag) => flagResource(ctx, flag));
  const whoAndWhere = [patientResource(ctx), organizationResource(ctx)];
  // Last: the Practitioners are the staff that the resources above name.
  return [...whoAndWhere, ...practitionerResources(ctx), ...planAndGoals, ...evidence, ...flags];
}
