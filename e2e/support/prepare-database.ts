/**
 * Runs before the e2e server starts: creates the run's own database, migrates it, seeds the
 * demo clinic, and adds the few people the demo does not have (a supervisor of nobody and a
 * second organisation), writing their ids for the tests. Then it closes the database so the
 * server can own it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { asc, eq, isNull } from 'drizzle-orm';
import { connectEmbedded, connectPostgres } from '../../db/client';
import { caseloadAssignments, clientConsents, clients, goals, organizations, users } from '../../db/schema';
import { CONSENT_TEXT_VERSION } from '../../lib/consent-text';
import { DEMO_PASSWORD } from '../../lib/demo/demo-people';
import { seedDemoClinicIfEmpty } from '../../lib/demo/demo-clinic';
import { hashPassword } from '../../lib/auth/password';
import { refreshClientMetrics, WHOLE_ORGANIZATION } from '../../lib/rollups/client-metrics';
import { createDatabase, withDatabase } from '../../test/support/postgres';
import { e2eDatabaseName, e2eDataDir, fixtureFile, serverUrl } from './run-config';
import { prepareDraftsJourney, type DraftsJourneyFixture } from './prepare-drafts';
import { prepareRemindersJourney, type RemindersJourneyFixture } from './prepare-reminders';
import { prepareFormsJourney, type FormsJourneyFixture } from './prepare-forms';
import { prepareSessionsJourney, therapySessionIdsByClientName, type SessionsJourneyFixture } from './prepare-sessions';

export interface E2eFixture {
  supervisorOfNobody: string;
  otherOrgAdmin: string;
  clientIdsByName: Record<string, string>;
  userIdsByEmail: Record<string, string>;
  /** Therapy sessions of each client, oldest first (from the demo seed). */
  therapySessionIdsByClientName: Record<string, string[]>;
  /** The clients the sessions journeys create for themselves. */
  sessionsJourney: SessionsJourneyFixture;
  /** The client the check-in drafts journey uses. */
  draftsJourney: DraftsJourneyFixture;
  /** The client the reminders journey uses (a session in 3 days). */
  remindersJourney: RemindersJourneyFixture;
  /** The client the form-errors journey uses. */
  formsJourney: FormsJourneyFixture;
  /** Each client's goal ids, oldest first. */
  goalIdsByClientName: Record<string, string[]>;
}

async function main() {
  const handle = serverUrl
    ? await (async () => {
        await createDatabase(serverUrl, e2eDatabaseName);
        return connectPostgres(withDatabase(serverUrl, e2eDatabaseName), { migrate: true });
      })()
    : await connectEmbedded(path.join(e2eDataDir, 'pglite'));
  const { db } = handle;
  await seedDemoClinicIfEmpty(db);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const [demoOrg] = await db.select().from(organizations).limit(1);
  await db.insert(users).values({
    organizationId: demoOrg!.id,
    role: 'supervisor',
    name: 'Noor Idle',
    email: 'noor.idle@e2e.example',
    passwordHash,
  });
  const [otherOrg] = await db.insert(organizations).values({ name: 'Elsewhere Clinic' }).returning();
  const [otherAdmin] = await db
    .insert(users)
    .values({
      organizationId: otherOrg!.id,
      role: 'admin',
      name: 'Olu Elsewhere',
      email: 'olu.admin@elsewhere.example',
      passwordHash,
    })
    .returning();
  const [otherTherapist] = await db
    .insert(users)
    .values({
      organizationId: otherOrg!.id,
      role: 'therapist',
      name: 'Eve Elsewhere',
      email: 'eve.therapist@elsewhere.example',
      passwordHash,
    })
    .returning();
  const [otherClient] = await db
    .insert(clients)
    .values({ organizationId: otherOrg!.id, displayName: 'Foreign Client', intakeDate: '2026-01-01' })
    .returning();
  await db
    .insert(caseloadAssignments)
    .values({ organizationId: otherOrg!.id, clientId: otherClient!.id, clinicianId: otherTherapist!.id });

  // The goal-setting journey (e2e/goals.spec.ts) needs a portal client with no goals yet, on Tom Becker's caseload.
  const [tom] = await db.select().from(users).where(eq(users.email, 'tom.becker@riverside.example'));
  const [robin] = await db
    .insert(users)
    .values({
      organizationId: demoOrg!.id,
      role: 'client',
      name: 'Robin Ashdown',
      email: 'robin.ashdown@e2e.example',
      passwordHash,
    })
    .returning();
  const [robinRecord] = await db
    .insert(clients)
    .values({
      organizationId: demoOrg!.id,
      displayName: 'Robin Ashdown',
      intakeDate: '2026-01-05',
      portalUserId: robin!.id,
      createdBy: tom!.id,
    })
    .returning();
  await db
    .insert(caseloadAssignments)
    .values({ organizationId: demoOrg!.id, clientId: robinRecord!.id, clinicianId: tom!.id });
  // Robin has accepted the portal consent already (the invitation journey covers that step).
  await db.insert(clientConsents).values({
    organizationId: demoOrg!.id,
    clientId: robinRecord!.id,
    userId: robin!.id,
    textVersion: CONSENT_TEXT_VERSION,
  });

  const clientRows = await db
    .select({ id: clients.id, name: clients.displayName })
    .from(clients)
    .where(isNull(clients.archivedAt));
  const goalRows = await db
    .select({ id: goals.id, clientId: goals.clientId })
    .from(goals)
    .orderBy(asc(goals.sortOrder));
  const userRows = await db.select({ id: users.id, email: users.email }).from(users);
  const sessionsJourney = await prepareSessionsJourney(db, demoOrg!.id, passwordHash);
  const draftsJourney = await prepareDraftsJourney(db, demoOrg!.id, passwordHash);
  const remindersJourney = await prepareRemindersJourney(db, demoOrg!.id, passwordHash);
  const formsJourney = await prepareFormsJourney(db, demoOrg!.id, passwordHash);
  // The rows above were inserted directly: bring the dashboards' rollups up to date with them.
  await refreshClientMetrics(db, demoOrg!.id, WHOLE_ORGANIZATION);
  await refreshClientMetrics(db, otherOrg!.id, WHOLE_ORGANIZATION);
  const fixture: E2eFixture = {
    supervisorOfNobody: 'noor.idle@e2e.example',
    otherOrgAdmin: otherAdmin!.email,
    clientIdsByName: Object.fromEntries(clientRows.map((c) => [c.name, c.id])),
    userIdsByEmail: Object.fromEntries(userRows.map((u) => [u.email, u.id])),
    therapySessionIdsByClientName: await therapySessionIdsByClientName(db),
    sessionsJourney,
    draftsJourney,
    remindersJourney,
    formsJourney,
    goalIdsByClientName: Object.fromEntries(
      clientRows.map((c) => [c.name, goalRows.filter((g) => g.clientId === c.id).map((g) => g.id)]),
    ),
  };
  fs.writeFileSync(fixtureFile, JSON.stringify(fixture, null, 2));
  await handle.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
