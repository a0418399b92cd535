import type {
  CarePlan,
  CodeableConcept,
  Goal,
  Organization,
  Patient,
  Practitioner,
  Reference,
} from '@medplum/fhirtypes';
import { OBSERVATION_CATEGORY, PROVENANCE_PARTICIPANT } from '../codes';
import { derivedUuid, fullUrl } from '../ids';
import type { RecordExportInput } from '../input';

/*
 * What every resource builder shares: the input (already cut down to what this copy may show) and
 * the references between the Bundle's entries. Each builder takes it as an argument.
 */

export interface BundleRefs {
  readonly patient: Reference<Patient>;
  readonly organization: Reference<Organization>;
  readonly carePlanId: string;
  readonly carePlan: Reference<CarePlan>;
  goal(goalId: string): Reference<Goal>;
  /** A person named by a row: the client's own account is the Patient; staff are Practitioners. */
  person(userId: string | null, display?: string): Reference<Patient | Practitioner> | undefined;
  /** Who acted for a side: the client side with no other account named is the Patient. */
  side(side: 'client' | 'therapist', userId: string | null): Reference<Patient | Practitioner> | undefined;
  /** The staff `person` has named so far, sorted: the Bundle holds a Practitioner for each and no others. */
  practitionersNamed(): string[];
}

export interface BundleContext {
  /** The input as buildRecordBundle's forCopy leaves it for this copy. */
  readonly input: RecordExportInput;
  readonly refs: BundleRefs;
}

export function bundleContext(input: RecordExportInput): BundleContext {
  const { client } = input;
  const peopleById = new Map(input.people.map((person) => [person.id, person]));
  const practitionersUsed = new Set<string>();

  const patientRef: Reference<Patient> = { reference: fullUrl(client.id), display: client.displayName };
  const carePlanId = derivedUuid('care-plan', client.id);
  const personRef = (userId: string | null, display?: string): Reference<Patient | Practitioner> | undefined => {
    if (userId === null) return undefined;
    if (client.portalUserId !== null && userId === client.portalUserId)
      return { ...patientRef, ...(display ? { display } : {}) };
    const person = peopleById.get(userId);
    if (!person || person.role === 'client') return display ? { display } : undefined;
    practitionersUsed.add(userId);
    return { reference: fullUrl(userId), display: display ?? person.name };
  };

  const refs: BundleRefs = {
    patient: patientRef,
    organization: { reference: fullUrl(input.organization.id), display: input.organization.name },
    carePlanId,
    carePlan: { reference: fullUrl(carePlanId) },
    goal: (goalId) => ({ reference: fullUrl(goalId) }),
    person: personRef,
    side: (side, userId) =>
      side === 'client' && (userId === null || userId === client.portalUserId) ? patientRef : personRef(userId),
    practitionersNamed: () => [...practitionersUsed].sort(),
  };
  return { input, refs };
}

export const SURVEY: CodeableConcept[] = [
  { coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] },
];

export const instant = (value: Date) => value.toISOString();

export function participant(code: string, display: string): CodeableConcept {
  return { coding: [{ system: PROVENANCE_PARTICIPANT, code, display }] };
}
