import fs from 'node:fs';
import path from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, clients } from '@/db/schema';
import { verifyCredentials } from '@/lib/data/authentication';
import { listCaseload } from '@/lib/data/caseload';
import { createClient, getClientProfile, updateClientProfile } from '@/lib/data/clients';
import { checkHealth } from '@/lib/data/health';
import { getPortalHome } from '@/lib/data/portal';
import { listTeam } from '@/lib/data/team';
import { listUsers } from '@/lib/data/users';
import { AppError, NOT_FOUND_MESSAGE } from '@/lib/errors';
import { getCheckIn, saveAfterCheckIn, saveBeforeCheckIn } from '@/lib/data/check-ins';
import { acknowledgeFlag, getClientFlagSummary } from '@/lib/data/flags';
import { rateGas, saveGasScale } from '@/lib/data/goal-attainment';
import { getObjectiveWeek, retractObjectiveTick, tickObjective } from '@/lib/data/objective-ticks';
import { getClientProgress, getMyProgress } from '@/lib/data/progress';
import { getTherapySession, listTherapySessions, recordTherapySession, saveTherapistRatings, scheduleTherapySession } from '@/lib/data/therapy-sessions';
import { therapySessions } from '@/db/schema';
import { ACTORS, actAs, createFixture, FIXTURE_PASSWORD, type Actor, type Fixture } from './fixtures';
import { addFlag, addSessionsSetup, addTick, type SessionsFixture } from './sessions-fixtures';

/**
 * THE authorisation matrix: every data-access function, called by every kind of person
 * against their own and others' records. `allow` lists exactly who may; everyone else must get
 * the same not-found a missing record gets (anonymous: "sign in"). A data function that is
 * exported from lib/data but has no row here fails the last test.
 */
interface MatrixRow {
  fn: string;
  target: string;
  allow: readonly Actor[] | 'everyone';
  call: (f: Fixture) => Promise<unknown>;
}

const clinicians = ['therapistA', 'therapistB', 'supervisorOfA', 'supervisorOfNobody'] as const;

async function currentVersion(clientId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ version: clients.version }).from(clients).where(eq(clients.id, clientId));
  return row?.version ?? 1;
}

const profileEdit = (clientId: string) => async () => ({
  clientId,
  version: await currentVersion(clientId),
  displayName: 'Edited Name',
  pronouns: 'they/them',
  dateOfBirth: '1990-05-01',
  intakeDate: '2026-01-15',
});

let sx: SessionsFixture;

async function sessionVersion(therapySessionId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ version: therapySessions.version }).from(therapySessions).where(eq(therapySessions.id, therapySessionId));
  return row?.version ?? 1;
}

const today = () => new Date().toISOString().slice(0, 10);
const gasLevels = { levelMinus2: 'None', levelMinus1: 'Some', level0: 'Expected', levelPlus1: 'More', levelPlus2: 'Much more', weight: '' };

export const MATRIX: MatrixRow[] = [
  // Public, before sign-in.
  { fn: 'checkHealth', target: 'system', allow: 'everyone', call: () => checkHealth() },
  { fn: 'verifyCredentials', target: 'own email', allow: 'everyone', call: (f) => verifyCredentials(f.users.therapistB.email, FIXTURE_PASSWORD, new Date()) },

  // Client records.
  { fn: 'getClientProfile', target: 'client A', allow: ['therapistA', 'supervisorOfA', 'admin', 'clientA'], call: (f) => getClientProfile(f.clients.a) },
  { fn: 'getClientProfile', target: 'client B', allow: ['therapistB', 'admin', 'clientB'], call: (f) => getClientProfile(f.clients.b) },
  { fn: 'getClientProfile', target: "supervisor A's own client", allow: ['supervisorOfA', 'admin'], call: (f) => getClientProfile(f.clients.supervisorOwn) },
  { fn: 'getClientProfile', target: 'other org client', allow: ['otherOrgUser'], call: (f) => getClientProfile(f.clients.other) },
  { fn: 'updateClientProfile', target: 'client A', allow: ['therapistA'], call: async (f) => updateClientProfile(await profileEdit(f.clients.a)()) },
  { fn: 'updateClientProfile', target: "supervisor A's own client", allow: ['supervisorOfA'], call: async (f) => updateClientProfile(await profileEdit(f.clients.supervisorOwn)()) },
  { fn: 'updateClientProfile', target: 'other org client', allow: [], call: async (f) => updateClientProfile(await profileEdit(f.clients.other)()) },
  { fn: 'createClient', target: 'own caseload', allow: clinicians, call: () => createClient({ displayName: 'New Person', pronouns: '', dateOfBirth: '', intakeDate: '2026-02-01' }) },

  // Caseloads and team.
  { fn: 'listCaseload', target: 'own', allow: clinicians, call: () => listCaseload() },
  { fn: 'listCaseload', target: "therapist A's", allow: ['therapistA', 'supervisorOfA', 'admin'], call: (f) => listCaseload({ clinicianId: f.users.therapistA.id }) },
  { fn: 'listCaseload', target: "therapist B's", allow: ['therapistB', 'admin'], call: (f) => listCaseload({ clinicianId: f.users.therapistB.id }) },
  { fn: 'listCaseload', target: "other org therapist's", allow: ['otherOrgUser'], call: (f) => listCaseload({ clinicianId: f.users.otherOrgTherapist.id }) },
  { fn: 'listCaseload', target: "client A's user id", allow: [], call: (f) => listCaseload({ clinicianId: f.users.clientA.id }) },
  { fn: 'listTeam', target: 'own organisation', allow: ['supervisorOfA', 'supervisorOfNobody', 'admin', 'otherOrgUser'], call: () => listTeam() },

  // Administration.
  { fn: 'listUsers', target: 'own organisation', allow: ['admin', 'otherOrgUser'], call: () => listUsers() },

  // Portal.
  { fn: 'getPortalHome', target: 'own record', allow: ['clientA', 'clientB'], call: () => getPortalHome() },

  // Check-ins (portal): only the client, only their own sessions.
  { fn: 'getCheckIn', target: 'own record', allow: ['clientA', 'clientB'], call: () => getCheckIn() },
  { fn: 'saveBeforeCheckIn', target: "client A's session (draft)", allow: ['clientA'], call: () => saveBeforeCheckIn({ therapySessionId: sx.upcomingA, intent: 'draft', goals: [{ goalId: sx.goalsA[0], progress: 4, clarity: null }] }) },
  { fn: 'saveBeforeCheckIn', target: "client B's session (draft)", allow: ['clientB'], call: () => saveBeforeCheckIn({ therapySessionId: sx.upcomingB, intent: 'draft', goals: [] }) },
  { fn: 'saveAfterCheckIn', target: "client A's started session (draft)", allow: ['clientA'], call: () => saveAfterCheckIn({ therapySessionId: sx.startedA, intent: 'draft', srs: [9, null, null, null] }) },
  { fn: 'getObjectiveWeek', target: 'own record', allow: ['clientA', 'clientB'], call: () => getObjectiveWeek() },
  { fn: 'tickObjective', target: "client A's step", allow: ['clientA'], call: () => tickObjective({ objectiveId: sx.objectiveA, doneOn: today(), note: '', submissionKey: crypto.randomUUID() }) },
  { fn: 'tickObjective', target: "client B's step", allow: ['clientB'], call: () => tickObjective({ objectiveId: sx.objectiveB, doneOn: today(), note: '', submissionKey: crypto.randomUUID() }) },
  { fn: 'retractObjectiveTick', target: "client A's tick", allow: ['clientA'], call: async (f) => retractObjectiveTick({ tickId: await addTick(f.orgA, f.clients.a, sx.goalsA[0]!, sx.objectiveA, today()) }) },
  { fn: 'getMyProgress', target: 'own record', allow: ['clientA', 'clientB'], call: () => getMyProgress() },

  // Therapy sessions, ratings, GAS (staff): the treating clinician writes, their supervisor reads.
  { fn: 'listTherapySessions', target: 'client A', allow: ['therapistA', 'supervisorOfA'], call: (f) => listTherapySessions(f.clients.a) },
  { fn: 'listTherapySessions', target: 'client B', allow: ['therapistB'], call: (f) => listTherapySessions(f.clients.b) },
  { fn: 'listTherapySessions', target: "supervisor A's own client", allow: ['supervisorOfA'], call: (f) => listTherapySessions(f.clients.supervisorOwn) },
  { fn: 'listTherapySessions', target: 'other org client', allow: [], call: (f) => listTherapySessions(f.clients.other) },
  { fn: 'getTherapySession', target: "client A's session", allow: ['therapistA', 'supervisorOfA'], call: () => getTherapySession(sx.startedA) },
  { fn: 'getTherapySession', target: "supervisor A's own client's session", allow: ['supervisorOfA'], call: () => getTherapySession(sx.supervisorOwnUpcoming) },
  { fn: 'scheduleTherapySession', target: 'client A', allow: ['therapistA'], call: (f) => scheduleTherapySession({ clientId: f.clients.a, scheduledAt: '2026-01-20T10:00', durationMinutes: 50 }) },
  { fn: 'scheduleTherapySession', target: 'other org client', allow: [], call: (f) => scheduleTherapySession({ clientId: f.clients.other, scheduledAt: '2026-01-20T10:00', durationMinutes: 50 }) },
  {
    fn: 'recordTherapySession',
    target: "client A's session",
    allow: ['therapistA'],
    call: async () => recordTherapySession({ therapySessionId: sx.startedA, version: await sessionVersion(sx.startedA), scheduledAt: (await getScheduledLocal(sx.startedA)), durationMinutes: 50, status: 'attended', privateNote: 'Went well.' }),
  },
  { fn: 'saveTherapistRatings', target: "client A's started session", allow: ['therapistA'], call: () => saveTherapistRatings({ therapySessionId: sx.startedA, ratings: [{ goalId: sx.goalsA[0], progress: 5 }] }) },
  { fn: 'saveGasScale', target: "client A's goal", allow: ['therapistA'], call: () => saveGasScale({ goalId: sx.goalsA[1], ...gasLevels }) },
  { fn: 'rateGas', target: "client A's goal at a started session", allow: ['therapistA'], call: () => rateGas({ therapySessionId: sx.startedA, goalId: sx.goalsA[0], level: 0 }) },
  { fn: 'getClientProgress', target: 'client A', allow: ['therapistA', 'supervisorOfA'], call: (f) => getClientProgress(f.clients.a) },
  { fn: 'getClientProgress', target: 'client B', allow: ['therapistB'], call: (f) => getClientProgress(f.clients.b) },

  // Flags: seen by the treating clinician and their supervisor, acknowledged by the clinician.
  { fn: 'getClientFlagSummary', target: 'client A', allow: ['therapistA', 'supervisorOfA'], call: (f) => getClientFlagSummary(f.clients.a) },
  { fn: 'getClientFlagSummary', target: 'client B', allow: ['therapistB'], call: (f) => getClientFlagSummary(f.clients.b) },
  { fn: 'acknowledgeFlag', target: "a flag of client A", allow: ['therapistA'], call: async (f) => acknowledgeFlag({ flagId: await addFlag(f.orgA, f.clients.a), note: 'Talked it through in session.' }) },
  { fn: 'acknowledgeFlag', target: "a flag of supervisor A's own client", allow: ['supervisorOfA'], call: async (f) => acknowledgeFlag({ flagId: await addFlag(f.orgA, f.clients.supervisorOwn), note: 'Seen and discussed.' }) },
];

async function getScheduledLocal(therapySessionId: string): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ at: therapySessions.scheduledAt }).from(therapySessions).where(eq(therapySessions.id, therapySessionId));
  const { instantToWallTime } = await import('@/lib/domain/therapy-sessions');
  return instantToWallTime(row!.at, 'Europe/London');
}

/** Modules in lib/data that are plumbing for the functions above, not functions people call. */
const INFRASTRUCTURE_MODULES = new Set(['access-facts', 'audit', 'context', 'pagination', 'portal-access', 'principals', 'therapy-session-access', 'flag-raising', 'flag-upkeep']);

let fixture: Fixture;

beforeAll(async () => {
  fixture = await createFixture('matrix');
  sx = await addSessionsSetup(fixture);
});

async function auditCount(actorUserId: string, outcome: 'allowed' | 'denied'): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.actorUserId, actorUserId), eq(auditEvents.outcome, outcome)));
  return row?.n ?? 0;
}

async function outcomeOf(call: () => Promise<unknown>): Promise<{ ok: true } | { ok: false; error: AppError }> {
  try {
    await call();
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error };
    throw error;
  }
}

describe.each(MATRIX)('$fn on $target', (row) => {
  test.each(ACTORS)('%s', async (actor) => {
    actAs(fixture, actor);
    const allowed = row.allow === 'everyone' || row.allow.includes(actor);
    const userId = actor === 'anonymous' ? null : fixture.users[actor].id;
    const before = userId && row.allow !== 'everyone' ? { allowed: await auditCount(userId, 'allowed'), denied: await auditCount(userId, 'denied') } : null;

    const outcome = await outcomeOf(() => row.call(fixture));

    if (allowed) {
      expect(outcome, `${actor} should be allowed`).toEqual({ ok: true });
      if (before && userId) expect(await auditCount(userId, 'allowed')).toBeGreaterThan(before.allowed);
      return;
    }
    expect(outcome.ok, `${actor} must be refused`).toBe(false);
    if (outcome.ok) return;
    if (actor === 'anonymous') {
      expect(outcome.error.code).toBe('unauthenticated');
      return;
    }
    // Foreign or forbidden looks exactly like missing.
    expect(outcome.error.code).toBe('not-found');
    expect(outcome.error.message).toBe(NOT_FOUND_MESSAGE);
    if (before && userId) {
      expect(await auditCount(userId, 'denied'), 'a denial is audited').toBe(before.denied + 1);
      expect(await auditCount(userId, 'allowed'), 'nothing allowed is recorded').toBe(before.allowed);
    }
  });
});

test('a record that does not exist gives the same answer as one you may not see', async () => {
  actAs(fixture, 'therapistA');
  const missing = await outcomeOf(() => getClientProfile('00000000-0000-4000-8000-000000000000'));
  const foreign = await outcomeOf(() => getClientProfile(fixture.clients.other));
  const malformed = await outcomeOf(() => getClientProfile('not-a-uuid'));
  expect(missing).toEqual(foreign);
  expect(malformed).toEqual(foreign);
});

test('every data-access function has a row in the matrix', async () => {
  const folder = path.join(process.cwd(), 'lib', 'data');
  const covered = new Set(MATRIX.map((row) => row.fn));
  const missing: string[] = [];
  for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
    const name = file.replace(/\.ts$/, '');
    if (INFRASTRUCTURE_MODULES.has(name)) continue;
    const exports = (await import(/* @vite-ignore */ path.join(folder, file))) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(exports)) {
      if (typeof value === 'function' && !covered.has(exported)) missing.push(`${name}.${exported}`);
    }
  }
  expect(missing, 'add these to the authorisation matrix').toEqual([]);
});
