import { randomUUID } from 'node:crypto';
import { getDb } from '@/db/client';
import { caseloadAssignments, clientConsents, clients, organizations, supervisionLinks, users } from '@/db/schema';
import type { SessionClaims } from '@/lib/auth/claims';
import { hashPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/principal';
import { CONSENT_TEXT_VERSION } from '@/lib/consent-text';
import { requestState } from './request-context.mock';

export const FIXTURE_PASSWORD = 'correct horse battery staple';

/** The cast of the authorisation matrix. */
export const ACTORS = [
  'anonymous',
  'clientA',
  'clientB',
  'therapistA',
  'therapistB',
  'supervisorOfA',
  'supervisorOfNobody',
  'admin',
  'otherOrgUser',
] as const;
export type Actor = (typeof ACTORS)[number];

export interface FixtureUser {
  id: string;
  organizationId: string;
  role: Role;
  email: string;
}

export interface Fixture {
  orgA: string;
  orgB: string;
  users: Record<Exclude<Actor, 'anonymous'> | 'otherOrgTherapist', FixtureUser>;
  /** clientA is treated by therapistA (supervised by supervisorOfA); clientB by therapistB. */
  clients: { a: string; b: string; other: string; supervisorOwn: string };
}

let passwordHash: Promise<string> | undefined;

/** Two organisations and every relationship the policies distinguish. */
export async function createFixture(label = 'fx'): Promise<Fixture> {
  passwordHash ??= hashPassword(FIXTURE_PASSWORD);
  const hash = await passwordHash;
  const db = await getDb();
  const tag = `${label}-${Math.random().toString(36).slice(2, 8)}`;
  const [orgA] = await db
    .insert(organizations)
    .values({ name: `Org A ${tag}` })
    .returning();
  const [orgB] = await db
    .insert(organizations)
    .values({ name: `Org B ${tag}` })
    .returning();
  const person = async (organizationId: string, role: Role, name: string) => {
    const email = `${name}.${tag}@test.example`.toLowerCase();
    const [row] = await db.insert(users).values({ organizationId, role, name, email, passwordHash: hash }).returning();
    return { id: row!.id, organizationId, role, email };
  };
  const therapistA = await person(orgA!.id, 'therapist', 'TherapistA');
  const therapistB = await person(orgA!.id, 'therapist', 'TherapistB');
  const supervisorOfA = await person(orgA!.id, 'supervisor', 'SupervisorOfA');
  const supervisorOfNobody = await person(orgA!.id, 'supervisor', 'SupervisorOfNobody');
  const admin = await person(orgA!.id, 'admin', 'Admin');
  const clientA = await person(orgA!.id, 'client', 'ClientA');
  const clientB = await person(orgA!.id, 'client', 'ClientB');
  const otherOrgUser = await person(orgB!.id, 'admin', 'OtherOrgAdmin');
  const otherOrgTherapist = await person(orgB!.id, 'therapist', 'OtherOrgTherapist');

  await db
    .insert(supervisionLinks)
    .values({ organizationId: orgA!.id, supervisorId: supervisorOfA.id, therapistId: therapistA.id });

  const client = async (
    organizationId: string,
    displayName: string,
    clinicianId: string,
    portalUserId: string | null,
  ) => {
    const [row] = await db
      .insert(clients)
      .values({ organizationId, displayName, intakeDate: '2026-01-15', portalUserId, createdBy: clinicianId })
      .returning();
    await db.insert(caseloadAssignments).values({ organizationId, clientId: row!.id, clinicianId });
    return row!.id;
  };
  const clientIds = {
    a: await client(orgA!.id, 'Alex Client', therapistA.id, clientA.id),
    b: await client(orgA!.id, 'Blair Client', therapistB.id, clientB.id),
    other: await client(orgB!.id, 'Other Org Client', otherOrgTherapist.id, null),
    supervisorOwn: await client(orgA!.id, 'Sidney Supervised-Self', supervisorOfA.id, null),
  };
  // Both portal clients have accepted the portal consent, so the portal is open to them.
  await db.insert(clientConsents).values([
    { organizationId: orgA!.id, clientId: clientIds.a, userId: clientA.id, textVersion: CONSENT_TEXT_VERSION },
    { organizationId: orgA!.id, clientId: clientIds.b, userId: clientB.id, textVersion: CONSENT_TEXT_VERSION },
  ]);
  return {
    orgA: orgA!.id,
    orgB: orgB!.id,
    users: {
      clientA,
      clientB,
      therapistA,
      therapistB,
      supervisorOfA,
      supervisorOfNobody,
      admin,
      otherOrgUser,
      otherOrgTherapist,
    },
    clients: clientIds,
  };
}

export function claimsFor(user: FixtureUser, now = Date.now(), sessionVersion = 1): SessionClaims {
  return {
    userId: user.id,
    organizationId: user.organizationId,
    role: user.role,
    sessionVersion,
    sessionId: randomUUID(),
    authTime: now,
    lastActivity: now,
  };
}

/** Makes the next data-layer calls arrive as this person's request (or as no one). */
export function actAs(fixture: Fixture, actor: Actor | 'otherOrgTherapist'): void {
  requestState.claims = actor === 'anonymous' ? null : claimsFor(fixture.users[actor]);
}

export function actAsUser(user: FixtureUser | null): void {
  requestState.claims = user ? claimsFor(user) : null;
}
