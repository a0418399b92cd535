import { describe, expect, test } from 'vitest';
import {
  canActAsTreatingClinician,
  canAddClients,
  canAdministerOrganization,
  canChangeGoalStatus,
  canIssuePasswordReset,
  canSeeUndeliveredLink,
  canSuperviseClient,
  canViewFormulation,
  goalSideFor,
  canUsePortal,
  canViewClientAsClinician,
  canViewClientProfile,
  canViewCaseloadDashboard,
  canViewClinicianCaseload,
  canViewTeam,
  relationshipToClient,
  type ClientAccessFacts,
} from './policy';
import type { Principal, Role } from './principal';

const ORG = 'org-1';
const person = (userId: string, role: Role, organizationId = ORG, clientId: string | null = null): Principal => ({
  userId,
  role,
  organizationId,
  name: userId,
  email: `${userId}@x`,
  clientId,
  timeZone: 'Europe/London',
});

const therapist = person('t1', 'therapist');
const otherTherapist = person('t2', 'therapist');
const supervisor = person('s1', 'supervisor');
const otherSupervisor = person('s2', 'supervisor');
const admin = person('a1', 'admin');
const foreignAdmin = person('a2', 'admin', 'org-2');
const client = person('c1', 'client', ORG, 'client-record-1');
const otherClient = person('c2', 'client', ORG, 'client-record-2');

const facts: ClientAccessFacts = {
  organizationId: ORG,
  clinicianId: 't1',
  clinicianSupervisorId: 's1',
  portalUserId: 'c1',
};

describe('relationshipToClient', () => {
  test.each([
    [therapist, 'treating'],
    [otherTherapist, null],
    [supervisor, 'supervising'],
    [otherSupervisor, null],
    [admin, 'admin'],
    [foreignAdmin, null],
    [client, 'self'],
    [otherClient, null],
  ] as const)('%o → %s', (principal, expected) => {
    expect(relationshipToClient(principal, facts)).toBe(expected);
  });

  test('a supervisor carrying their own client treats them', () => {
    expect(relationshipToClient(supervisor, { ...facts, clinicianId: 's1', clinicianSupervisorId: null })).toBe(
      'treating',
    );
  });

  test('an unassigned client belongs to nobody clinical', () => {
    const unassigned = { ...facts, clinicianId: null, clinicianSupervisorId: null };
    expect(relationshipToClient(therapist, unassigned)).toBeNull();
    expect(relationshipToClient(supervisor, unassigned)).toBeNull();
  });

  test('a client without a portal account is nobody’s "self"', () => {
    expect(relationshipToClient(client, { ...facts, portalUserId: null })).toBeNull();
  });
});

describe('what each relationship allows', () => {
  test('profile: clinical readers and admins of the same organisation', () => {
    expect(
      [therapist, supervisor, client, admin, foreignAdmin, otherTherapist].map((p) => canViewClientProfile(p, facts)),
    ).toEqual([true, true, true, true, false, false]);
  });
  test('writing: the treating clinician only', () => {
    expect([therapist, supervisor, client, admin].map((p) => canActAsTreatingClinician(p, facts))).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
  test('adding clients: therapists and supervisors', () => {
    expect([therapist, supervisor, admin, client].map(canAddClients)).toEqual([true, true, false, false]);
  });
  test('team view: supervisors and admins', () => {
    expect([therapist, supervisor, admin, client].map(canViewTeam)).toEqual([false, true, true, false]);
  });
  test('administration: admins of that organisation', () => {
    expect(canAdministerOrganization(admin, ORG)).toBe(true);
    expect(canAdministerOrganization(foreignAdmin, ORG)).toBe(false);
    expect(canAdministerOrganization(supervisor, ORG)).toBe(false);
  });
  test('portal: clients with a record', () => {
    expect(canUsePortal(client)).toBe(true);
    expect(canUsePortal({ ...client, clientId: null })).toBe(false);
    expect(canUsePortal(therapist)).toBe(false);
  });
});

describe('canViewClinicianCaseload', () => {
  const t1 = { id: 't1', organizationId: ORG, role: 'therapist' as const, supervisorId: 's1' };
  test.each([
    ['own', therapist, true],
    ['another therapist', otherTherapist, false],
    ['their supervisor', supervisor, true],
    ['another supervisor', otherSupervisor, false],
    ['an admin', admin, true],
    ['a foreign admin', foreignAdmin, false],
    ['a client', client, false],
  ] as const)('%s', (_label, principal, expected) => {
    expect(canViewClinicianCaseload(principal, t1)).toBe(expected);
  });
  test('an admin or client "caseload" does not exist', () => {
    expect(canViewClinicianCaseload(admin, { id: 'a1', organizationId: ORG, role: 'admin', supervisorId: null })).toBe(
      false,
    );
    expect(canViewClinicianCaseload(admin, { id: 'c1', organizationId: ORG, role: 'client', supervisorId: null })).toBe(
      false,
    );
  });
});

describe('canViewCaseloadDashboard', () => {
  const t1 = { id: 't1', organizationId: ORG, role: 'therapist' as const, supervisorId: 's1' };
  const s1Own = { id: 's1', organizationId: ORG, role: 'supervisor' as const, supervisorId: null };
  test.each([
    ['own', therapist, true],
    ['another therapist', otherTherapist, false],
    ['their supervisor', supervisor, true],
    ['another supervisor', otherSupervisor, false],
    ['an admin (never client-level scores)', admin, false],
    ['a foreign admin', foreignAdmin, false],
    ['a client', client, false],
  ] as const)('%s', (_label, principal, expected) => {
    expect(canViewCaseloadDashboard(principal, t1)).toBe(expected);
  });
  test("a supervisor's own caseload is theirs, not their peers'", () => {
    expect(canViewCaseloadDashboard(supervisor, s1Own)).toBe(true);
    expect(canViewCaseloadDashboard(otherSupervisor, s1Own)).toBe(false);
  });
});

describe('invitations', () => {
  test('only the treating clinician invites a client to the portal', async () => {
    const { canInviteClient } = await import('./policy');
    expect(
      [therapist, otherTherapist, supervisor, otherSupervisor, admin, foreignAdmin, client].map((p) =>
        canInviteClient(p, facts),
      ),
    ).toEqual([true, false, false, false, false, false, false]);
  });

  test('invitation status is visible to the treating clinician, their supervisor and admins, never clients', async () => {
    const { canViewClientInvitation } = await import('./policy');
    expect(
      [therapist, otherTherapist, supervisor, otherSupervisor, admin, foreignAdmin, client].map((p) =>
        canViewClientInvitation(p, facts),
      ),
    ).toEqual([true, false, true, false, true, false, false]);
  });

  test('admins manage any invitation of their organisation; clinicians only their own client’s', async () => {
    const { canManageInvitation } = await import('./policy');
    const clientInvitation = { organizationId: ORG, client: facts };
    const staffInvitation = { organizationId: ORG, client: null };
    expect(
      [therapist, otherTherapist, supervisor, admin, foreignAdmin, client].map((p) =>
        canManageInvitation(p, clientInvitation),
      ),
    ).toEqual([true, false, false, true, false, false]);
    expect(
      [therapist, supervisor, admin, foreignAdmin, client].map((p) => canManageInvitation(p, staffInvitation)),
    ).toEqual([false, false, true, false, false]);
  });
});

describe('canViewClientAsClinician', () => {
  test.each([
    [therapist, true],
    [supervisor, true],
    [otherTherapist, false],
    [otherSupervisor, false],
    [admin, false],
    [foreignAdmin, false],
    [client, false],
    [otherClient, false],
  ] as const)('%o → %s', (principal, expected) => {
    expect(canViewClientAsClinician(principal, facts)).toBe(expected);
  });
});

describe('goal sides and supervision', () => {
  const cases = [
    ['treating therapist', therapist, 'therapist', false, true],
    ['other therapist', otherTherapist, null, false, false],
    ['supervisor of the therapist', supervisor, null, true, false],
    ['other supervisor', otherSupervisor, null, false, false],
    ['admin', admin, null, false, false],
    ['foreign admin', foreignAdmin, null, false, false],
    ['the client', client, 'client', false, false],
    ['another client', otherClient, null, false, false],
  ] as const;

  test.each(cases)(
    '%s: side %s, supervises %s, changes status %s',
    (_label, principal, side, supervises, changesStatus) => {
      expect(goalSideFor(principal, facts)).toBe(side);
      expect(canSuperviseClient(principal, facts)).toBe(supervises);
      expect(canChangeGoalStatus(principal, facts)).toBe(changesStatus);
    },
  );

  test('a supervisor carrying their own client is the therapist side for that client, not their supervisor', () => {
    const own = { ...facts, clinicianId: 's1', clinicianSupervisorId: null };
    expect(goalSideFor(supervisor, own)).toBe('therapist');
    expect(canSuperviseClient(supervisor, own)).toBe(false);
  });

  test('the formulation: clinician and supervisor always, the client only once shared, never admins', () => {
    for (const shared of [false, true]) {
      expect(canViewFormulation(therapist, facts, shared)).toBe(true);
      expect(canViewFormulation(supervisor, facts, shared)).toBe(true);
      expect(canViewFormulation(admin, facts, shared)).toBe(false);
      expect(canViewFormulation(otherClient, facts, shared)).toBe(false);
      expect(canViewFormulation(otherTherapist, facts, shared)).toBe(false);
    }
    expect(canViewFormulation(client, facts, false)).toBe(false);
    expect(canViewFormulation(client, facts, true)).toBe(true);
  });
});

describe('links into accounts (ADR 13)', () => {
  test('an admin may send a reset link to staff of their organisation, never to a client', () => {
    for (const role of ['therapist', 'supervisor', 'admin'] as const) {
      expect(canIssuePasswordReset(admin, { organizationId: ORG, role })).toBe(true);
      expect(canIssuePasswordReset(foreignAdmin, { organizationId: ORG, role })).toBe(false);
    }
    expect(canIssuePasswordReset(admin, { organizationId: ORG, role: 'client' })).toBe(false);
    for (const principal of [therapist, supervisor, client]) {
      expect(canIssuePasswordReset(principal, { organizationId: ORG, role: 'therapist' })).toBe(false);
      expect(canIssuePasswordReset(principal, { organizationId: ORG, role: 'client' })).toBe(false);
    }
  });

  test('an undelivered link to a client account is shown only in the embedded demo, and never to an admin', () => {
    const cases = [
      [therapist, true, true],
      [therapist, false, false],
      [supervisor, true, true],
      [supervisor, false, false],
      [admin, true, false],
      [admin, false, false],
    ] as const;
    for (const [principal, demo, shown] of cases) {
      expect(
        canSeeUndeliveredLink(principal, { forClientAccount: true }, demo),
        `${principal.userId} demo=${demo}`,
      ).toBe(shown);
    }
  });

  test('an undelivered link to a staff account goes back to whoever sent it, demo or not', () => {
    for (const demo of [true, false]) {
      expect(canSeeUndeliveredLink(admin, { forClientAccount: false }, demo)).toBe(true);
    }
  });
});
