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
import { getBrainstorm, saveBrainstormAnswers } from '@/lib/data/brainstorm';
import { getCarePlan, signPlan } from '@/lib/data/care-plan';
import { saveFormulation } from '@/lib/data/formulation';
import { changeGoalStatus, commentOnGoal, createGoal, getGoal, respondToGoal, reviseGoal, setGoalFocus } from '@/lib/data/goals';
import { getPortalHome } from '@/lib/data/portal';
import { listTeam } from '@/lib/data/team';
import { listUsers } from '@/lib/data/users';
import { AppError, NOT_FOUND_MESSAGE } from '@/lib/errors';
import { ACTORS, actAs, createFixture, FIXTURE_PASSWORD, type Actor, type Fixture } from './fixtures';
import { actorName, agreeToEverything, createGoalAs, currentPlanHash, currentVersionNumber, goalInput } from './goal-fixtures';
import { formulations } from '@/db/schema';

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

  // Goals, plans, formulation and brainstorm (issue 4). Admins never see goal text.
  { fn: 'getCarePlan', target: 'client A', allow: ['therapistA', 'supervisorOfA', 'clientA'], call: (f) => getCarePlan(f.clients.a) },
  { fn: 'getCarePlan', target: 'client B', allow: ['therapistB', 'clientB'], call: (f) => getCarePlan(f.clients.b) },
  { fn: 'getCarePlan', target: "supervisor A's own client", allow: ['supervisorOfA'], call: (f) => getCarePlan(f.clients.supervisorOwn) },
  { fn: 'getCarePlan', target: 'other org client', allow: [], call: (f) => getCarePlan(f.clients.other) },
  { fn: 'getCarePlan', target: 'own plan (portal)', allow: ['clientA', 'clientB'], call: () => getCarePlan() },
  { fn: 'getGoal', target: "client A's goal", allow: ['therapistA', 'supervisorOfA', 'clientA'], call: () => getGoal(matrixGoals.a) },
  { fn: 'getGoal', target: "client B's goal", allow: ['therapistB', 'clientB'], call: () => getGoal(matrixGoals.b) },
  { fn: 'createGoal', target: 'client A', allow: ['therapistA', 'clientA'], call: (f) => createGoal(goalInput({ clientId: f.clients.a, wording: 'Walk to the park twice a week' })) },
  { fn: 'createGoal', target: 'client B', allow: ['therapistB', 'clientB'], call: (f) => createGoal(goalInput({ clientId: f.clients.b })) },
  { fn: 'createGoal', target: 'own plan (portal)', allow: ['clientA', 'clientB'], call: () => createGoal(goalInput()) },
  { fn: 'createGoal', target: 'other org client', allow: [], call: (f) => createGoal(goalInput({ clientId: f.clients.other })) },
  { fn: 'reviseGoal', target: "client A's goal", allow: ['therapistA', 'clientA'], call: async () => reviseGoal(goalInput({ goalId: matrixGoals.a, expectedVersion: await currentVersionNumber(matrixGoals.a), wording: `Go to bed by 11pm, ${await actorName()}` })) },
  { fn: 'reviseGoal', target: "client B's goal", allow: ['therapistB', 'clientB'], call: async () => reviseGoal(goalInput({ goalId: matrixGoals.b, expectedVersion: await currentVersionNumber(matrixGoals.b), wording: `Go to bed by 11pm, ${await actorName()}` })) },
  { fn: 'respondToGoal', target: "client A's goal", allow: ['therapistA', 'clientA'], call: async () => respondToGoal({ goalId: matrixGoals.a, versionNumber: await currentVersionNumber(matrixGoals.a), position: 'wants-changes', comment: 'Could it be 11:30?' }) },
  { fn: 'respondToGoal', target: "client B's goal", allow: ['therapistB', 'clientB'], call: async () => respondToGoal({ goalId: matrixGoals.b, versionNumber: await currentVersionNumber(matrixGoals.b), position: 'agree' }) },
  { fn: 'changeGoalStatus', target: "client A's goal", allow: ['therapistA'], call: () => changeGoalStatus({ goalId: matrixGoals.toReject, target: 'rejected', reason: 'We agreed to focus on sleep first' }) },
  { fn: 'setGoalFocus', target: "client A's goal", allow: ['clientA'], call: () => setGoalFocus({ goalId: matrixGoals.a, focus: 'true' }) },
  { fn: 'setGoalFocus', target: "client B's goal", allow: ['clientB'], call: () => setGoalFocus({ goalId: matrixGoals.b, focus: 'true' }) },
  { fn: 'commentOnGoal', target: "client A's goal", allow: ['supervisorOfA'], call: () => commentOnGoal({ goalId: matrixGoals.a, versionNumber: 1, body: 'Consider a smaller first step.' }) },
  { fn: 'commentOnGoal', target: "supervisor A's own client's goal", allow: [], call: () => commentOnGoal({ goalId: matrixGoals.supervisorOwn, versionNumber: 1, body: 'A comment' }) },
  {
    fn: 'signPlan',
    target: "client A's plan (the client, the therapist, then the supervisor co-signs)",
    allow: ['clientA', 'therapistA', 'supervisorOfA'],
    call: async (f) => {
      await agreeToEverything(f, f.clients.a, { client: 'clientA', therapist: 'therapistA' });
      return signPlan({ clientId: f.clients.a, planHash: await currentPlanHash(f.clients.a), typedName: await actorName() });
    },
  },
  {
    fn: 'signPlan',
    target: "client B's plan",
    allow: ['clientB', 'therapistB'],
    call: async (f) => {
      await agreeToEverything(f, f.clients.b, { client: 'clientB', therapist: 'therapistB' });
      return signPlan({ clientId: f.clients.b, planHash: await currentPlanHash(f.clients.b), typedName: await actorName() });
    },
  },
  { fn: 'saveFormulation', target: 'client A', allow: ['therapistA'], call: async (f) => saveFormulation({ clientId: f.clients.a, version: await formulationVersion(f.clients.a), presenting: 'Low mood and poor sleep', sharedWithClient: '' }) },
  { fn: 'saveFormulation', target: "supervisor A's own client", allow: ['supervisorOfA'], call: async (f) => saveFormulation({ clientId: f.clients.supervisorOwn, version: await formulationVersion(f.clients.supervisorOwn), presenting: 'Worry' }) },
  { fn: 'getBrainstorm', target: 'client A', allow: ['therapistA', 'supervisorOfA', 'clientA'], call: (f) => getBrainstorm(f.clients.a) },
  { fn: 'getBrainstorm', target: 'own answers (portal)', allow: ['clientA', 'clientB'], call: () => getBrainstorm() },
  { fn: 'saveBrainstormAnswers', target: 'own answers (portal)', allow: ['clientA', 'clientB'], call: async () => saveBrainstormAnswers({ changes: `Sleep better (${await actorName()})` }) },
];

/** Goals the goal rows act on, made before the matrix runs. */
const matrixGoals = { a: '', b: '', toReject: '', supervisorOwn: '' };

async function formulationVersion(clientId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ version: formulations.version }).from(formulations).where(eq(formulations.clientId, clientId));
  return row?.version ?? 0;
}

/** Modules in lib/data that are plumbing for the functions above, not functions people call. */
const INFRASTRUCTURE_MODULES = new Set(['access-facts', 'audit', 'context', 'goal-records', 'pagination', 'plan-records', 'portal-access', 'principals']);

let fixture: Fixture;

beforeAll(async () => {
  fixture = await createFixture('matrix');
  // Client A's plan: two goals, one from each side, both agreed, so it can be signed with a reason.
  matrixGoals.a = await createGoalAs(fixture, 'therapistA', fixture.clients.a);
  await createGoalAs(fixture, 'clientA', fixture.clients.a, { wording: 'Call my sister every Sunday' });
  await agreeToEverything(fixture, fixture.clients.a, { client: 'clientA', therapist: 'therapistA' });
  matrixGoals.toReject = await createGoalAs(fixture, 'therapistA', fixture.clients.a, { wording: 'Run a 5k by the summer' });
  matrixGoals.b = await createGoalAs(fixture, 'therapistB', fixture.clients.b);
  matrixGoals.supervisorOwn = await createGoalAs(fixture, 'supervisorOfA', fixture.clients.supervisorOwn);
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
