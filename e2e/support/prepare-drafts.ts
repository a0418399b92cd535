/**
 * The check-in drafts journey's own client (e2e/check-in-drafts.spec.ts), so it depends on no
 * other journey: Kim Offline, a portal client of Grace Liu with one active goal and a step,
 * and a first session in two days (its check-in is open, with the PHQ-9 due). And Ari
 * Afterwards, another client of Grace Liu whose session two days ago has only its after-session
 * check-in (the SRS) open, so the SRS journey changes nothing in Kim's.
 */
import { eq } from 'drizzle-orm';
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
import type { Db } from '../../db/types';
import { CONSENT_TEXT_VERSION } from '../../lib/consent-text';
import { checkGoalQuality, QUALITY_CHECK_VERSION } from '../../lib/domain/goal-quality';

export interface DraftsJourneyFixture {
  clientName: string;
  clientEmail: string;
  clientId: string;
  therapySessionId: string;
  goalWording: string;
  /** The after-session (SRS) journey's client and session. */
  after: { clientEmail: string; clientId: string; therapySessionId: string };
}

const CLIENT = { name: 'Kim Offline', email: 'kim.offline@e2e.example' };
const GOAL = 'Walk to the shop and back three times a week';
const AFTER_CLIENT = { name: 'Ari Afterwards', email: 'ari.afterwards@e2e.example' };

export async function prepareDraftsJourney(
  db: Db,
  organizationId: string,
  passwordHash: string,
): Promise<DraftsJourneyFixture> {
  const [grace] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'grace.liu@riverside.example'));
  const [portalUser] = await db
    .insert(users)
    .values({ organizationId, role: 'client', name: CLIENT.name, email: CLIENT.email, passwordHash })
    .returning({ id: users.id });
  const [client] = await db
    .insert(clients)
    .values({
      organizationId,
      displayName: CLIENT.name,
      intakeDate: new Date().toISOString().slice(0, 10),
      portalUserId: portalUser!.id,
      createdBy: grace!.id,
    })
    .returning({ id: clients.id });
  await db
    .insert(caseloadAssignments)
    .values({ organizationId, clientId: client!.id, clinicianId: grace!.id, startedBy: grace!.id });
  await db
    .insert(clientConsents)
    .values({ organizationId, clientId: client!.id, userId: portalUser!.id, textVersion: CONSENT_TEXT_VERSION });
  const quality = checkGoalQuality({ wording: GOAL, frequency: 'three times a week', confidence: 8 });
  const [goal] = await db
    .insert(goals)
    .values({
      organizationId,
      clientId: client!.id,
      lifecycleStatus: 'active',
      agreed: true,
      passesAllSmart: quality.passesAllSmart,
      createdBy: grace!.id,
      createdBySide: 'therapist',
    })
    .returning({ id: goals.id });
  const [version] = await db
    .insert(goalVersions)
    .values({
      organizationId,
      goalId: goal!.id,
      number: 1,
      authorUserId: grace!.id,
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
    description: 'Walk to the shop',
    timesPerPeriod: 3,
    period: 'week',
    createdInVersionId: version!.id,
  });
  const [session] = await db
    .insert(therapySessions)
    .values({
      organizationId,
      clientId: client!.id,
      clinicianId: grace!.id,
      scheduledAt: new Date(Date.now() + 2 * 24 * 3600_000),
      createdBy: grace!.id,
    })
    .returning({ id: therapySessions.id });
  const after = await prepareAfterSessionClient(db, organizationId, passwordHash, grace!.id);
  return {
    clientName: CLIENT.name,
    clientEmail: CLIENT.email,
    clientId: client!.id,
    therapySessionId: session!.id,
    goalWording: GOAL,
    after,
  };
}

/** A client whose one session took place two days ago: its before-session check-in has closed, the SRS is open. */
async function prepareAfterSessionClient(
  db: Db,
  organizationId: string,
  passwordHash: string,
  therapistId: string,
): Promise<DraftsJourneyFixture['after']> {
  const [portalUser] = await db
    .insert(users)
    .values({ organizationId, role: 'client', name: AFTER_CLIENT.name, email: AFTER_CLIENT.email, passwordHash })
    .returning({ id: users.id });
  const [client] = await db
    .insert(clients)
    .values({
      organizationId,
      displayName: AFTER_CLIENT.name,
      intakeDate: new Date(Date.now() - 3 * 24 * 3600_000).toISOString().slice(0, 10),
      portalUserId: portalUser!.id,
      createdBy: therapistId,
    })
    .returning({ id: clients.id });
  await db
    .insert(caseloadAssignments)
    .values({ organizationId, clientId: client!.id, clinicianId: therapistId, startedBy: therapistId });
  await db
    .insert(clientConsents)
    .values({ organizationId, clientId: client!.id, userId: portalUser!.id, textVersion: CONSENT_TEXT_VERSION });
  const [session] = await db
    .insert(therapySessions)
    .values({
      organizationId,
      clientId: client!.id,
      clinicianId: therapistId,
      scheduledAt: new Date(Date.now() - 2 * 24 * 3600_000),
      status: 'attended',
      createdBy: therapistId,
    })
    .returning({ id: therapySessions.id });
  return { clientEmail: AFTER_CLIENT.email, clientId: client!.id, therapySessionId: session!.id };
}
