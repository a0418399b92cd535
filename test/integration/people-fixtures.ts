import { eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { accessTokens, caseloadAssignments, clients, signInLimits, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/principal';
import { issueToken } from '@/lib/auth/tokens';
import { FIXTURE_PASSWORD, type Fixture, type FixtureUser } from './fixtures';

/**
 * Extra cast for people-management tests, added to a fixture from createFixture(): people and
 * clients that these functions may change (deactivate, move, reset) without touching the
 * relationships the rest of the authorisation matrix depends on.
 */
export interface PeopleFixture {
  /** Treated by therapistA, not yet on the portal. */
  clientNoPortal: string;
  /** Treated by spareTherapist; reassigned back and forth by tests. */
  clientToMove: string;
  spareTherapist: FixtureUser;
  spareTherapist2: FixtureUser;
  /** A therapist whose password reset links tests use. */
  resetTarget: FixtureUser;
}

let fixtureHash: Promise<string> | undefined;
const passwordHash = () => (fixtureHash ??= hashPassword(FIXTURE_PASSWORD));

export function uniqueEmail(label: string): string {
  return `${label}.${Math.random().toString(36).slice(2, 10)}@people.example`;
}

export async function addPeopleFixture(f: Fixture): Promise<PeopleFixture> {
  const db = await getDb();
  const hash = await passwordHash();
  const person = async (role: Role, name: string): Promise<FixtureUser> => {
    const email = uniqueEmail(name.toLowerCase().replaceAll(' ', '-'));
    const [row] = await db
      .insert(users)
      .values({ organizationId: f.orgA, role, name, email, passwordHash: hash })
      .returning();
    return { id: row!.id, organizationId: f.orgA, role, email };
  };
  const spareTherapist = await person('therapist', 'Spare Therapist');
  const spareTherapist2 = await person('therapist', 'Second Spare');
  const resetTarget = await person('therapist', 'Reset Target');
  const client = async (displayName: string, clinicianId: string) => {
    const [row] = await db
      .insert(clients)
      .values({ organizationId: f.orgA, displayName, intakeDate: '2026-02-01', createdBy: clinicianId })
      .returning();
    await db.insert(caseloadAssignments).values({ organizationId: f.orgA, clientId: row!.id, clinicianId });
    return row!.id;
  };
  return {
    clientNoPortal: await client('Nova Noportal', f.users.therapistA.id),
    clientToMove: await client('Morgan Mover', spareTherapist.id),
    spareTherapist,
    spareTherapist2,
    resetTarget,
  };
}

/** Inserts an invitation directly and hands back its link token (tests of the link itself). */
export async function insertInvitation(
  organizationId: string,
  options: {
    role?: Role;
    clientId?: string | null;
    email?: string;
    name?: string;
    createdBy?: string | null;
    expiresAt?: Date;
    consumedAt?: Date | null;
    revokedAt?: Date | null;
  } = {},
): Promise<{ id: string; token: string; email: string }> {
  const db = await getDb();
  const { token, hash } = issueToken();
  const email = options.email ?? uniqueEmail('invitee');
  const [row] = await db
    .insert(accessTokens)
    .values({
      organizationId,
      purpose: 'invitation',
      tokenHash: hash,
      email,
      name: options.name ?? 'Invited Person',
      role: options.role ?? 'therapist',
      clientId: options.clientId ?? null,
      createdBy: options.createdBy ?? null,
      expiresAt: options.expiresAt ?? new Date(Date.now() + 3600_000),
      consumedAt: options.consumedAt ?? null,
      revokedAt: options.revokedAt ?? null,
    })
    .returning({ id: accessTokens.id });
  return { id: row!.id, token, email };
}

export async function insertResetToken(
  user: FixtureUser,
  options: { expiresAt?: Date } = {},
): Promise<{ id: string; token: string }> {
  const db = await getDb();
  const { token, hash } = issueToken();
  const [row] = await db
    .insert(accessTokens)
    .values({
      organizationId: user.organizationId,
      purpose: 'password-reset',
      tokenHash: hash,
      email: user.email,
      name: 'Reset',
      userId: user.id,
      expiresAt: options.expiresAt ?? new Date(Date.now() + 3600_000),
    })
    .returning({ id: accessTokens.id });
  return { id: row!.id, token };
}

/** Puts accounts back as the fixture made them: the fixture password, session version 1, active. */
export async function restoreAccounts(people: FixtureUser[]): Promise<void> {
  const db = await getDb();
  await db
    .update(users)
    .set({ passwordHash: await passwordHash(), sessionVersion: 1, deactivatedAt: null })
    .where(
      inArray(
        users.id,
        people.map((p) => p.id),
      ),
    );
  // Attempt counters are keyed by email hash, not by user: start every test with none.
  await db.delete(signInLimits);
}

export async function setDeactivated(user: FixtureUser, deactivated: boolean): Promise<void> {
  const db = await getDb();
  await db
    .update(users)
    .set({ deactivatedAt: deactivated ? new Date() : null })
    .where(eq(users.id, user.id));
}
