/**
 * The check-in drafts journey's own client (e2e/check-in-drafts.spec.ts), so it depends on no
 * other journey: Kim Offline, a portal client of Grace Liu with one active goal and a step,
 * and a first session in two days (its check-in is open, with the PHQ-9 due).
 */
import { eq } from 'drizzle-orm';
import { caseloadAssignments, clientConsents, clients, goals, goalVersions, objectives, therapySessions, users } from '../../db/schema';
import type { Db } from '../../db/types';
import { CONSENT_TEXT_VERSION } from '../../lib/consent-text';
import { checkGoalQuality, QUALITY_CHECK_VERSION } from '../../lib/domain/goal-quality';

export interface DraftsJourneyFixture {
  clientName: string;
  clientEmail: string;
  clientId: string;
  therapySessionId: string;
  goalWording: string;
}

const CLIENT = { name: 'Kim Offline', email: 'kim.offline@e2e.example' };
const GOAL = 'Walk to the shop and back three times a week';

export async function prepareDraftsJourney(db: Db, organizationId: string, passwordHash: string): Promise<DraftsJourneyFixture> {
  const [grace] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'grace.liu@riverside.example'));
  const [portalUser] = await db.insert(users).values({ organizationId, role: 'client', name: CLIENT.name, email: CLIENT.email, passwordHash }).returning({ id: users.id });
  const [client] = await db
    .insert(clients)
    .values({ organizationId, displayName: CLIENT.name, intakeDate: new Date().toISOString().slice(0, 10), portalUserId: portalUser!.id, createdBy: grace!.id })
    .returning({ id: clients.id });
  await db.insert(caseloadAssignments).values({ organizationId, clientId: client!.id, clinicianId: grace!.id, startedBy: grace!.id });
  await db.insert(clientConsents).values({ organizationId, clientId: client!.id, userId: portalUser!.id, textVersion: CONSENT_TEXT_VERSION });
  const quality = checkGoalQuality({ wording: GOAL, frequency: 'three times a week', confidence: 8 });
  const [goal] = await db
    .insert(goals)
    .values({ organizationId, clientId: client!.id, lifecycleStatus: 'active', agreed: true, passesAllSmart: quality.passesAllSmart, createdBy: grace!.id, createdBySide: 'therapist' })
    .returning({ id: goals.id });
  const [version] = await db
    .insert(goalVersions)
    .values({ organizationId, goalId: goal!.id, number: 1, authorUserId: grace!.id, authorSide: 'therapist', wording: GOAL, quality: quality as unknown as Record<string, unknown>, qualityCheckVersion: QUALITY_CHECK_VERSION })
    .returning({ id: goalVersions.id });
  await db.update(goals).set({ currentVersionId: version!.id }).where(eq(goals.id, goal!.id));
  await db.insert(objectives).values({ organizationId, goalId: goal!.id, description: 'Walk to the shop', timesPerPeriod: 3, period: 'week', createdInVersionId: version!.id });
  const [session] = await db
    .insert(therapySessions)
    .values({ organizationId, clientId: client!.id, clinicianId: grace!.id, scheduledAt: new Date(Date.now() + 2 * 24 * 3600_000), createdBy: grace!.id })
    .returning({ id: therapySessions.id });
  return { clientName: CLIENT.name, clientEmail: CLIENT.email, clientId: client!.id, therapySessionId: session!.id, goalWording: GOAL };
}
