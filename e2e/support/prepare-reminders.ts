/**
 * The reminders journey's own client: Rowan Reminder, a portal client of Grace Liu (consent
 * accepted) with a session in 3 days, so the job queue emails "your check-in is open" as soon
 * as the server starts. The demo organisation gets no quiet hours, so the journey does not
 * depend on the hour it runs at.
 */
import { eq, sql } from 'drizzle-orm';
import { caseloadAssignments, clientConsents, clients, organizations, therapySessions, users } from '../../db/schema';
import type { Db } from '../../db/types';
import { CONSENT_TEXT_VERSION } from '../../lib/consent-text';

export interface RemindersJourneyFixture {
  clientEmail: string;
  therapySessionId: string;
}

const CLIENT = { name: 'Rowan Reminder', email: 'rowan.reminder@e2e.example' };

export async function prepareRemindersJourney(
  db: Db,
  organizationId: string,
  passwordHash: string,
): Promise<RemindersJourneyFixture> {
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
  const [session] = await db
    .insert(therapySessions)
    .values({
      organizationId,
      clientId: client!.id,
      clinicianId: grace!.id,
      scheduledAt: new Date(Date.now() + 3 * 24 * 3600_000),
      createdBy: grace!.id,
      createdAt: new Date(Date.now() - 24 * 3600_000),
    })
    .returning({ id: therapySessions.id });
  await db
    .update(organizations)
    .set({
      settings: sql`${organizations.settings} || '{"reminders":{"kinds":{},"quietHours":{"start":"00:00","end":"00:00"}}}'::jsonb`,
    })
    .where(eq(organizations.id, organizationId));
  return { clientEmail: CLIENT.email, therapySessionId: session!.id };
}
