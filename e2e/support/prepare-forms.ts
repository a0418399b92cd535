/**
 * The form-errors journey's own client (e2e/form-errors.spec.ts): Fern Forms, a portal client of
 * Grace Liu with one agreed goal, a session three days ago (its therapist ratings form) and one
 * in two days (its check-in is open). Refused submits change nothing, so no other journey sees her.
 */
import { eq } from 'drizzle-orm';
import {
  caseloadAssignments,
  clientConsents,
  clients,
  goals,
  goalVersions,
  therapySessions,
  users,
} from '../../db/schema';
import type { Db } from '../../db/types';
import { CONSENT_TEXT_VERSION } from '../../lib/consent-text';
import { checkGoalQuality, QUALITY_CHECK_VERSION } from '../../lib/domain/goal-quality';

export interface FormsJourneyFixture {
  clientEmail: string;
  clientId: string;
  pastSessionId: string;
}

const CLIENT = { name: 'Fern Forms', email: 'fern.forms@e2e.example' };
const GOAL = 'Phone a friend twice a week';
const DAY = 24 * 3600_000;

export async function prepareFormsJourney(
  db: Db,
  organizationId: string,
  passwordHash: string,
): Promise<FormsJourneyFixture> {
  const [grace] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'grace.liu@riverside.example'));
  const by = grace!.id;
  const [portalUser] = await db
    .insert(users)
    .values({ organizationId, role: 'client', name: CLIENT.name, email: CLIENT.email, passwordHash })
    .returning({ id: users.id });
  const [client] = await db
    .insert(clients)
    .values({
      organizationId,
      displayName: CLIENT.name,
      intakeDate: new Date(Date.now() - 7 * DAY).toISOString().slice(0, 10),
      portalUserId: portalUser!.id,
      createdBy: by,
    })
    .returning({ id: clients.id });
  await db.insert(caseloadAssignments).values({ organizationId, clientId: client!.id, clinicianId: by, startedBy: by });
  await db
    .insert(clientConsents)
    .values({ organizationId, clientId: client!.id, userId: portalUser!.id, textVersion: CONSENT_TEXT_VERSION });
  const quality = checkGoalQuality({ wording: GOAL, frequency: 'twice a week', confidence: 7 });
  const [goal] = await db
    .insert(goals)
    .values({
      organizationId,
      clientId: client!.id,
      lifecycleStatus: 'active',
      agreed: true,
      passesAllSmart: quality.passesAllSmart,
      createdBy: by,
      createdBySide: 'therapist',
    })
    .returning({ id: goals.id });
  const [version] = await db
    .insert(goalVersions)
    .values({
      organizationId,
      goalId: goal!.id,
      number: 1,
      authorUserId: by,
      authorSide: 'therapist',
      wording: GOAL,
      quality: quality as unknown as Record<string, unknown>,
      qualityCheckVersion: QUALITY_CHECK_VERSION,
    })
    .returning({ id: goalVersions.id });
  await db.update(goals).set({ currentVersionId: version!.id }).where(eq(goals.id, goal!.id));
  const [past] = await db
    .insert(therapySessions)
    .values({
      organizationId,
      clientId: client!.id,
      clinicianId: by,
      scheduledAt: new Date(Date.now() - 3 * DAY),
      status: 'attended',
      createdBy: by,
    })
    .returning({ id: therapySessions.id });
  await db.insert(therapySessions).values({
    organizationId,
    clientId: client!.id,
    clinicianId: by,
    scheduledAt: new Date(Date.now() + 2 * DAY),
    createdBy: by,
  });
  return { clientEmail: CLIENT.email, clientId: client!.id, pastSessionId: past!.id };
}
