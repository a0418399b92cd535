import type { Organization, Patient, Practitioner, Reference } from '@medplum/fhirtypes';
import { clientIdentifierSystem, organizationIdentifierSystem, staffIdentifierSystem } from '../codes';
import type { BundleContext } from './context';

/* Who and where: the client as the Patient, the organisation, and the staff the record names. */

/** The client's treating clinician, when they are staff the record can name. */
export function clinicianRef(ctx: BundleContext): Reference<Practitioner> | undefined {
  const clinician = ctx.refs.person(ctx.input.client.clinicianId);
  return clinician && 'reference' in clinician ? (clinician as Reference<Practitioner>) : undefined;
}

export function patientResource(ctx: BundleContext): Patient {
  const { client, systemBase } = ctx.input;
  const clinician = clinicianRef(ctx);
  return {
    resourceType: 'Patient',
    id: client.id,
    identifier: [{ system: clientIdentifierSystem(systemBase), value: client.id }],
    active: client.status === 'active',
    name: [{ text: client.displayName }],
    ...(client.dateOfBirth ? { birthDate: client.dateOfBirth } : {}),
    ...(clinician ? { generalPractitioner: [clinician] } : {}),
    managingOrganization: ctx.refs.organization,
  };
}

export function organizationResource(ctx: BundleContext): Organization {
  const { organization, systemBase } = ctx.input;
  return {
    resourceType: 'Organization',
    id: organization.id,
    identifier: [{ system: organizationIdentifierSystem(systemBase), value: organization.id }],
    active: true,
    name: organization.name,
  };
}

/** A Practitioner for each member of staff named so far: build it after every resource that may name one. */
export function practitionerResources(ctx: BundleContext): Practitioner[] {
  const { people, systemBase } = ctx.input;
  const peopleById = new Map(people.map((person) => [person.id, person]));
  return ctx.refs.practitionersNamed().map((id) => ({
    resourceType: 'Practitioner',
    id,
    identifier: [{ system: staffIdentifierSystem(systemBase), value: id }],
    name: [{ text: peopleById.get(id)!.name }],
  }));
}
