import { randomUUID } from 'node:crypto';
import { getDb } from '@/db/client';
import {
  caseloadAssignments,
  clients,
  flags,
  goalRatings,
  goals,
  goalStatusEvents,
  goalVersions,
  measureResponses,
  planSignatures,
  supervisionLinks,
  therapySessions,
  users,
} from '@/db/schema';
import { planHash } from '@/lib/domain/consensus/plan-hash';
import { QUALITY_CHECK_VERSION } from '@/lib/domain/goal-quality';
import { refreshClientMetrics } from '@/lib/rollups/client-metrics';

/*
 * Bulk caseloads for the dashboard tests: clients with a believable history (two agreed goals
 * in a signed plan and one still proposed, four attended weekly sessions with the client's
 * ratings, a booking next week, an SRS, now and then an open flag), inserted as rows in a few
 * multi-row statements, then their rollups refreshed. Varied by index so figures differ.
 */

const DAY = 24 * 3600_000;

export async function addClinician(
  organizationId: string,
  role: 'therapist' | 'supervisor',
  name: string,
  supervisorId: string | null = null,
): Promise<string> {
  const db = await getDb();
  const tag = Math.random().toString(36).slice(2, 8);
  const [row] = await db
    .insert(users)
    .values({ organizationId, role, name, email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${tag}@dash.example` })
    .returning({ id: users.id });
  if (supervisorId) await db.insert(supervisionLinks).values({ organizationId, supervisorId, therapistId: row!.id });
  return row!.id;
}

export interface BulkClientOptions {
  /** Prefix of the clients' names. */
  namePrefix?: string;
  /** Every `flagEvery`-th client gets an open flag (risk on the first of them). */
  flagEvery?: number;
}

/** Adds `count` clients with histories to a clinician's caseload; returns their ids. */
export async function addBulkCaseload(
  organizationId: string,
  clinicianId: string,
  count: number,
  options: BulkClientOptions = {},
): Promise<string[]> {
  const db = await getDb();
  const prefix = options.namePrefix ?? 'Bulk Client';
  const flagEvery = options.flagEvery ?? 4;
  const base = Date.now() - 60 * DAY;
  const rows = {
    clients: [] as (typeof clients.$inferInsert)[],
    assignments: [] as (typeof caseloadAssignments.$inferInsert)[],
    goals: [] as (typeof goals.$inferInsert)[],
    versions: [] as (typeof goalVersions.$inferInsert)[],
    events: [] as (typeof goalStatusEvents.$inferInsert)[],
    sessions: [] as (typeof therapySessions.$inferInsert)[],
    ratings: [] as (typeof goalRatings.$inferInsert)[],
    signatures: [] as (typeof planSignatures.$inferInsert)[],
    measures: [] as (typeof measureResponses.$inferInsert)[],
    flags: [] as (typeof flags.$inferInsert)[],
  };
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const clientId = randomUUID();
    ids.push(clientId);
    const intake = new Date(base + (i % 7) * DAY);
    rows.clients.push({
      id: clientId,
      organizationId,
      displayName: `${prefix} ${String(i + 1).padStart(3, '0')}`,
      intakeDate: intake.toISOString().slice(0, 10),
      createdBy: clinicianId,
    });
    rows.assignments.push({ organizationId, clientId, clinicianId, startedAt: intake });
    const sessionIds = [0, 1, 2, 3].map((w) => {
      const id = randomUUID();
      rows.sessions.push({
        id,
        organizationId,
        clientId,
        clinicianId,
        scheduledAt: new Date(intake.getTime() + w * 7 * DAY),
        status: 'attended',
        createdBy: clinicianId,
        createdAt: intake,
      });
      return id;
    });
    rows.sessions.push({
      organizationId,
      clientId,
      clinicianId,
      scheduledAt: new Date(Date.now() + (1 + (i % 6)) * DAY),
      status: 'scheduled',
      createdBy: clinicianId,
      createdAt: new Date(),
    });
    const agreedAt = new Date(intake.getTime() + (i % 3 === 0 ? 20 : 1) * DAY);
    const planPairs: { goalId: string; versionId: string }[] = [];
    for (let g = 0; g < 3; g += 1) {
      const goalId = randomUUID();
      const versionId = randomUUID();
      const agreed = g < 2;
      const created = new Date(intake.getTime() + 3600_000);
      rows.goals.push({
        id: goalId,
        organizationId,
        clientId,
        currentVersionId: versionId,
        lifecycleStatus: agreed ? 'active' : 'proposed',
        agreed,
        agreedAt: agreed ? agreedAt : null,
        firstAgreedAt: agreed ? agreedAt : null,
        passesAllSmart: (i + g) % 2 === 0,
        createdBy: clinicianId,
        createdBySide: 'therapist',
        createdAt: created,
      });
      rows.versions.push({
        id: versionId,
        organizationId,
        goalId,
        number: 1,
        authorUserId: clinicianId,
        authorSide: 'therapist',
        wording: `Goal ${g + 1} of ${prefix} ${i + 1}`,
        quality: {},
        qualityCheckVersion: QUALITY_CHECK_VERSION,
        createdAt: created,
      });
      rows.events.push({
        organizationId,
        goalId,
        fromStatus: null,
        toStatus: 'proposed',
        reason: 'Proposed',
        createdAt: created,
      });
      if (agreed) {
        rows.events.push({
          organizationId,
          goalId,
          fromStatus: 'proposed',
          toStatus: 'accepted',
          reason: 'Agreed',
          createdAt: agreedAt,
        });
        rows.events.push({
          organizationId,
          goalId,
          fromStatus: 'accepted',
          toStatus: 'active',
          reason: 'Signed',
          createdAt: new Date(agreedAt.getTime() + 3600_000),
        });
        planPairs.push({ goalId, versionId });
        sessionIds.forEach((therapySessionId, w) => {
          if ((i + w) % 5 === 4) return; // now and then a rating is missed
          rows.ratings.push({
            organizationId,
            clientId,
            goalId,
            goalVersionId: versionId,
            therapySessionId,
            side: 'client',
            progress: Math.min(10, 2 + w * ((i % 3) + g)),
            clarity: 1 + ((i + w + g) % 5),
            isDraft: false,
          });
        });
      }
    }
    const hash = planHash(planPairs);
    const signedAt = new Date(agreedAt.getTime() + 3600_000);
    rows.signatures.push(
      {
        organizationId,
        clientId,
        planHash: hash,
        goalVersions: planPairs,
        signerRole: 'client',
        userId: clinicianId,
        typedName: 'Client',
        signedAt,
      },
      {
        organizationId,
        clientId,
        planHash: hash,
        goalVersions: planPairs,
        signerRole: 'therapist',
        userId: clinicianId,
        typedName: 'Therapist',
        signedAt,
        nextReviewDate: new Date(signedAt.getTime() + (i % 2 === 0 ? 90 : 30) * DAY).toISOString().slice(0, 10),
      },
    );
    rows.measures.push({
      organizationId,
      clientId,
      therapySessionId: sessionIds[3]!,
      instrument: 'srs',
      answers: [9, 9, 9, 9],
      complete: true,
      total: 30 + (i % 10),
      isDraft: false,
    });
    if (i % flagEvery === 0) {
      rows.flags.push({
        organizationId,
        clientId,
        kind: i === 0 ? 'risk' : 'not-on-track',
        reason: 'Bulk flag.',
        data: {},
        dedupeKey: `bulk:${clientId}`,
        raisedAt: new Date(),
        notifiedAt: new Date(),
      });
    }
  }
  const insert = async <T extends Record<string, unknown>>(table: Parameters<typeof db.insert>[0], values: T[]) => {
    for (let i = 0; i < values.length; i += 500) await db.insert(table).values(values.slice(i, i + 500));
  };
  await insert(clients, rows.clients);
  await insert(caseloadAssignments, rows.assignments);
  await insert(goals, rows.goals);
  await insert(goalVersions, rows.versions);
  await insert(goalStatusEvents, rows.events);
  await insert(therapySessions, rows.sessions);
  await insert(goalRatings, rows.ratings);
  await insert(planSignatures, rows.signatures);
  await insert(measureResponses, rows.measures);
  await insert(flags, rows.flags);
  await db.transaction((tx) => refreshClientMetrics(tx, organizationId, ids));
  return ids;
}
