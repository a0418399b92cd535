/**
 * The sessions journeys' own client, so they do not depend on the demo's history: Robin
 * Hartley, a portal client of Sam Whitfield with one active goal (and a step), no sessions yet.
 * Goals are inserted as the collaborative-goals feature leaves them once a plan is signed.
 */
import { asc, eq } from 'drizzle-orm';
import {
  caseloadAssignments,
  clientConsents,
  clients,
  goals,
  goalVersions,
  objectives,
  therapySessions,
  users,
} from '../../db/schema';
import { CONSENT_TEXT_VERSION } from '../../lib/consent-text';
import type { Db } from '../../db/types';
import { checkGoalQuality, QUALITY_CHECK_VERSION } from '../../lib/domain/goal-quality';

export interface SessionsJourneyFixture {
  clientName: string;
  clientEmail: string;
  clientId: string;
  goalWording: string;
}

const CLIENT = { name: 'Robin Hartley', email: 'robin.hartley@e2e.example' };
const GOAL = 'Go for a 30 minute bike ride three times a week';

export async function prepareSessionsJourney(
  db: Db,
  organizationId: string,
  passwordHash: string,
): Promise<SessionsJourneyFixture> {
  const [sam] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'sam.whitfield@riverside.example'));
  const [portalUser] = await db
    .insert(users)
    .values({ organizationId, role: 'client', name: CLIENT.name, email: CLIENT.email, passwordHash })
    .returning({ id: users.id });
  const [client] = await db
    .insert(clients)
    .values({
      organizationId,
      displayName: CLIENT.name,
      pronouns: 'they/them',
      intakeDate: new Date().toISOString().slice(0, 10),
      portalUserId: portalUser!.id,
      createdBy: sam!.id,
    })
    .returning({ id: clients.id });
  await db
    .insert(caseloadAssignments)
    .values({ organizationId, clientId: client!.id, clinicianId: sam!.id, startedBy: sam!.id });
  // Robin has already accepted the portal consent (the invitation journey tests that step).
  await db
    .insert(clientConsents)
    .values({ organizationId, clientId: client!.id, userId: portalUser!.id, textVersion: CONSENT_TEXT_VERSION });
  const quality = checkGoalQuality({
    wording: GOAL,
    frequency: 'three times a week',
    measure: 'rides a week',
    target: '3',
    confidence: 8,
  });
  const [goal] = await db
    .insert(goals)
    .values({
      organizationId,
      clientId: client!.id,
      lifecycleStatus: 'active',
      agreed: true,
      passesAllSmart: quality.passesAllSmart,
      createdBy: sam!.id,
      createdBySide: 'therapist',
    })
    .returning({ id: goals.id });
  const [version] = await db
    .insert(goalVersions)
    .values({
      organizationId,
      goalId: goal!.id,
      number: 1,
      authorUserId: sam!.id,
      authorSide: 'therapist',
      wording: GOAL,
      quality: quality as unknown as Record<string, unknown>,
      qualityCheckVersion: QUALITY_CHECK_VERSION,
    })
    .returning({ id: goalVersions.id });
  await db.update(goals).set({ currentVersionId: version!.id }).where(eq(goals.id, goal!.id));
  await db.insert(objectives).values({
    organizationId,
    goalId: goal!.id,
    description: '30-minute bike ride',
    timesPerPeriod: 3,
    period: 'week',
    createdInVersionId: version!.id,
  });
  return { clientName: CLIENT.name, clientEmail: CLIENT.email, clientId: client!.id, goalWording: GOAL };
}

export async function therapySessionIdsByClientName(db: Db): Promise<Record<string, string[]>> {
  const rows = await db
    .select({ id: therapySessions.id, name: clients.displayName })
    .from(therapySessions)
    .innerJoin(clients, eq(clients.id, therapySessions.clientId))
    .orderBy(asc(therapySessions.scheduledAt));
  const byName: Record<string, string[]> = {};
  for (const row of rows) (byName[row.name] ??= []).push(row.id);
  return byName;
}
