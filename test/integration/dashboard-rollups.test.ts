import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { getDb } from '@/db/client';
import { caseloadAssignments, clientMetrics, clients, flags, goals, organizations } from '@/db/schema';
import { seedDemoClinic } from '@/lib/demo/demo-clinic';
import { signPlan } from '@/lib/data/care-plan';
import { saveAfterCheckIn, saveBeforeCheckIn } from '@/lib/data/check-ins';
import { createClient } from '@/lib/data/clients';
import { escalateOverdueRiskFlags } from '@/lib/data/internal/flag-upkeep';
import { acknowledgeFlag } from '@/lib/data/flags';
import { changeGoalStatus, createGoal, respondToGoal, reviseGoal, setGoalFocus } from '@/lib/data/goals';
import { updateOrganizationSettings } from '@/lib/data/organization';
import { reassignClient } from '@/lib/data/reassignment';
import { getTeamDashboard } from '@/lib/data/team-dashboard';
import {
  getTherapySession,
  recordTherapySession,
  saveTherapistRatings,
  scheduleTherapySession,
} from '@/lib/data/therapy-sessions';
import { refreshClientMetrics, WHOLE_ORGANIZATION } from '@/lib/rollups/client-metrics';
import { refreshClinicianMetrics } from '@/lib/rollups/clinician-metrics';
import { addBulkCaseload, addClinician } from './dashboard-fixtures';
import { actAs, actAsUser, createFixture, type Fixture } from './fixtures';
import { actorName, currentPlanHash, goalInput } from './goal-fixtures';
import { expectRollupsInStep, expectSameFigures, rawPooledFigures } from './rollup-facts';
import { addFlag, addSessionsSetup, type SessionsFixture } from './sessions-fixtures';

vi.mock('@/lib/mail', () => ({
  mailTransport: () => 'log',
  sendMail: vi.fn(() => Promise.resolve({ delivered: 'log' })),
}));

/*
 * The rollups the dashboards read are kept exactly equal to the raw definitions: after every
 * kind of write a person can make, every client's stored rollup is compared with a fresh
 * computation from the rows; team figures from the rollups are compared with the metric
 * definitions over the pooled raw rows; and the demo clinic is checked whole.
 */

let f: Fixture;
let sx: SessionsFixture;

beforeAll(async () => {
  f = await createFixture('rollups');
  sx = await addSessionsSetup(f);
  // The fixtures above were inserted directly, as a migration from older data would be.
  const db = await getDb();
  await refreshClientMetrics(db, f.orgA, WHOLE_ORGANIZATION);
  await refreshClientMetrics(db, f.orgB, WHOLE_ORGANIZATION);
});

async function activeGoalsOf(clientId: string) {
  const db = await getDb();
  return db
    .select()
    .from(goals)
    .where(and(eq(goals.clientId, clientId), eq(goals.lifecycleStatus, 'active')));
}

async function goalRow(goalId: string) {
  const db = await getDb();
  const [row] = await db.select().from(goals).where(eq(goals.id, goalId));
  return row!;
}

const SETTINGS = {
  name: 'Rollup Clinic',
  timeZone: 'Europe/London',
  minimumGoalsPerPlan: '3',
  reviewCadenceDays: '90',
  phq9AtIntake: 'on',
  phq9EveryNthSession: '4',
  gad7AtIntake: 'on',
  gad7EveryNthSession: '4',
  orsLicensed: 'on',
  srsLicensed: 'on',
};

test('after every kind of write, every rollup equals a fresh computation from the rows', async () => {
  const inStep = (after: string) => expectRollupsInStep(f.orgA, after);
  await inStep('fixtures');

  actAs(f, 'therapistA');
  const { id: newClient } = await createClient({
    displayName: 'Rowan Rollup',
    pronouns: '',
    dateOfBirth: '',
    intakeDate: '2026-01-10',
  });
  await inStep('createClient');
  const db = await getDb();
  expect((await db.select().from(clientMetrics).where(eq(clientMetrics.clientId, newClient)))[0]).toMatchObject({
    planGoals: 0,
    planStatus: 'none',
  });

  // Goals: proposed by each side, changes asked for, re-worded, agreed.
  const fromTherapist = (
    await createGoal(goalInput({ clientId: f.clients.a, wording: 'Walk for 20 minutes at lunchtime on workdays' }))
  ).id;
  await inStep('createGoal (therapist)');
  actAs(f, 'clientA');
  const fromClient = (await createGoal(goalInput({ wording: 'Call my sister every Sunday evening' }))).id;
  await inStep('createGoal (client)');
  await respondToGoal({
    goalId: fromTherapist,
    versionNumber: 1,
    position: 'wants-changes',
    comment: 'Could it be three days to start with?',
  });
  await inStep('respondToGoal (wants changes)');
  actAs(f, 'therapistA');
  await reviseGoal({
    ...goalInput({ wording: 'Walk for 20 minutes at lunchtime three days a week' }),
    goalId: fromTherapist,
    expectedVersion: 1,
    changeNote: 'Three days to start with.',
  });
  await inStep('reviseGoal');
  actAs(f, 'clientA');
  await respondToGoal({ goalId: fromTherapist, versionNumber: 2, position: 'agree' });
  await inStep('respondToGoal (client agrees)');
  actAs(f, 'therapistA');
  await respondToGoal({ goalId: fromClient, versionNumber: 1, position: 'agree' });
  await inStep('respondToGoal (therapist agrees)');

  // The plan: client signs, therapist completes it, the supervisor co-signs.
  actAs(f, 'clientA');
  await signPlan({ planHash: await currentPlanHash(f.clients.a), typedName: await actorName() });
  await inStep('signPlan (client)');
  actAs(f, 'therapistA');
  await signPlan({ clientId: f.clients.a, planHash: await currentPlanHash(f.clients.a), typedName: await actorName() });
  await inStep('signPlan (therapist, completes)');
  expect((await db.select().from(clientMetrics).where(eq(clientMetrics.clientId, f.clients.a)))[0]!.planStatus).toBe(
    'signed',
  );
  actAs(f, 'supervisorOfA');
  await signPlan({ clientId: f.clients.a, planHash: await currentPlanHash(f.clients.a), typedName: await actorName() });
  await inStep('signPlan (supervisor co-signs)');

  actAs(f, 'clientA');
  await setGoalFocus({ goalId: fromClient, focus: true });
  await inStep('setGoalFocus');

  // Check-ins: a draft, then sent with a PHQ-9 answer that raises a risk flag; then the SRS.
  const active = await activeGoalsOf(f.clients.a);
  expect(active.length).toBe(4);
  await saveBeforeCheckIn({
    therapySessionId: sx.startedA,
    intent: 'draft',
    goals: active.map((g) => ({ goalId: g.id, progress: 3, clarity: null })),
  });
  await inStep('saveBeforeCheckIn (draft)');
  await saveBeforeCheckIn({
    therapySessionId: sx.startedA,
    intent: 'submit',
    goals: active.map((g, i) => ({ goalId: g.id, progress: 3 + i, clarity: 2 + (i % 3) })),
    phq9: [1, 1, 0, 2, 0, 1, 0, 0, 1],
    gad7: [1, 1, 1, 0, 0, 1, 0],
    ors: [6, 5.5, 7, 6.2],
  });
  await inStep('saveBeforeCheckIn (sent)');
  await saveAfterCheckIn({ therapySessionId: sx.startedA, intent: 'submit', srs: [9, 8.5, 9, 9.2] });
  await inStep('saveAfterCheckIn');

  // The therapist records the session, rates, acknowledges the risk flag, books the next one.
  actAs(f, 'therapistA');
  const started = await getTherapySession(sx.startedA);
  await recordTherapySession({
    therapySessionId: sx.startedA,
    version: started.version,
    scheduledAt: started.scheduledAtLocal,
    durationMinutes: 50,
    status: 'attended',
    privateNote: 'Went well.',
  });
  await inStep('recordTherapySession (attended)');
  const afterRecord = (await db.select().from(clientMetrics).where(eq(clientMetrics.clientId, f.clients.a)))[0]!;
  // The plan was signed after this session started, so it had no active goals to rate: not counted either way.
  expect(afterRecord).toMatchObject({
    attendedSessions: 1,
    ratedRegularlyNumerator: 0,
    ratedRegularlyDenominator: 0,
    latestSrs: 35.7,
    measuredGoals: 0,
  });
  expect(afterRecord).toMatchObject({ clarityCount: 4, claritySum: 2 + 3 + 4 + 2 });
  await saveTherapistRatings({
    therapySessionId: sx.startedA,
    ratings: active.map((g) => ({ goalId: g.id, progress: 7 })),
  });
  await inStep('saveTherapistRatings');
  const [risk] = await db
    .select()
    .from(flags)
    .where(and(eq(flags.clientId, f.clients.a), eq(flags.kind, 'risk')));
  await acknowledgeFlag({ flagId: risk!.id, note: 'Spoke with the client; safety plan reviewed.' });
  await inStep('acknowledgeFlag');
  await scheduleTherapySession({ clientId: f.clients.a, scheduledAt: '2027-01-12T10:00', durationMinutes: 50 });
  await inStep('scheduleTherapySession');
  const upcoming = await getTherapySession(sx.upcomingA);
  await recordTherapySession({
    therapySessionId: sx.upcomingA,
    version: upcoming.version,
    scheduledAt: upcoming.scheduledAtLocal,
    durationMinutes: 50,
    status: 'cancelled',
    privateNote: null,
  });
  await inStep('recordTherapySession (cancelled)');

  // Status changes: on hold, then completed.
  await changeGoalStatus({ goalId: fromClient, target: 'on-hold', reason: 'Sister is travelling for a month.' });
  await inStep('changeGoalStatus (on hold)');
  expect((await db.select().from(clientMetrics).where(eq(clientMetrics.clientId, f.clients.a)))[0]!.planStatus).toBe(
    'needs-re-consent',
  );
  await changeGoalStatus({
    goalId: fromTherapist,
    target: 'completed',
    reason: 'Walking most days now.',
    achievementStatus: 'achieved',
  });
  await inStep('changeGoalStatus (completed)');
  expect((await goalRow(fromTherapist)).lifecycleStatus).toBe('completed');

  // Reassignment, the organisation's time zone (months move), and flag upkeep.
  actAs(f, 'admin');
  await reassignClient({
    clientId: f.clients.a,
    clinicianId: f.users.therapistB.id,
    reason: 'Therapist A is going on leave.',
  });
  await inStep('reassignClient');
  const londonMonths = await db.select().from(clientMetrics).where(eq(clientMetrics.organizationId, f.orgA));
  await updateOrganizationSettings({ ...SETTINGS, timeZone: 'Pacific/Auckland' });
  await inStep('updateOrganizationSettings (time zone)');
  expect((await db.select().from(organizations).where(eq(organizations.id, f.orgA)))[0]!.timeZone).toBe(
    'Pacific/Auckland',
  );
  expect((await db.select().from(clientMetrics).where(eq(clientMetrics.organizationId, f.orgA))).length).toBe(
    londonMonths.length,
  );
  await escalateOverdueRiskFlags(new Date(Date.now() + 2 * 24 * 3600_000));
  await inStep('flag upkeep');
  // The writes above raised flags of these kinds (each compared with the stored counts as it was raised).
  const kinds = await db.select({ kind: flags.kind }).from(flags).where(eq(flags.organizationId, f.orgA));
  expect(new Set(kinds.map((row) => row.kind))).toEqual(
    new Set(['risk', 'alliance', 'perspectives-differ', 'check-in-overdue']),
  );
  await updateOrganizationSettings(SETTINGS);
  await inStep('updateOrganizationSettings (back)');
});

test('open flags per clinician stay in step: two acknowledgements at once, a reassignment, archiving by a script', async () => {
  const inStep = (after: string) => expectRollupsInStep(f.orgA, after);
  const db = await getDb();
  // Therapist B's clients (client A was reassigned to them above): open risk flags on both, an alliance flag.
  actAs(f, 'admin');
  const rowOfB = async () =>
    (await getTeamDashboard()).rows.find((row) => row.clinician.id === f.users.therapistB.id)!.figures.flags;
  const before = await rowOfB();
  expect(before).toMatchObject({ risk: 0, clientsWithRisk: 0 });
  const onA = await addFlag(f.orgA, f.clients.a, 'risk');
  const onB = await addFlag(f.orgA, f.clients.b, 'risk');
  await addFlag(f.orgA, f.clients.b, 'alliance');
  await inStep('flags raised');
  const raised = (await getTeamDashboard()).total.flags;
  expect(await rowOfB()).toMatchObject({ risk: 2, clientsWithRisk: 2, alliance: before.alliance + 1 });

  // Two acknowledgements for one clinician at once: each locks the clinician's row, the second counts after the first.
  actAs(f, 'therapistB');
  await Promise.all([
    acknowledgeFlag({ flagId: onA, note: 'Checked in by phone.' }),
    acknowledgeFlag({ flagId: onB, note: 'Safety plan reviewed.' }),
  ]);
  await inStep('two acknowledgements at once');
  actAs(f, 'admin');
  expect((await getTeamDashboard()).total.flags).toMatchObject({
    risk: raised.risk - 2,
    clientsWithRisk: raised.clientsWithRisk - 2,
    alliance: raised.alliance,
  });
  expect(await rowOfB()).toMatchObject({ risk: 0, clientsWithRisk: 0, alliance: before.alliance + 1 });

  // A reassignment moves the client's open flags to the new clinician's counts.
  await reassignClient({ clientId: f.clients.b, clinicianId: f.users.therapistA.id, reason: 'Back from leave.' });
  await inStep('reassignClient (open flags move)');
  expect(await rowOfB()).toMatchObject({ alliance: before.alliance });

  // Archiving has no write in the app: a script that archives (or restores) a client refreshes its clinician.
  await db.update(clients).set({ archivedAt: new Date() }).where(eq(clients.id, f.clients.b));
  await db.transaction((tx) => refreshClinicianMetrics(tx, f.orgA, { clientIds: [f.clients.b] }));
  await inStep('client archived');
  await db.update(clients).set({ archivedAt: null }).where(eq(clients.id, f.clients.b));
  await db.transaction((tx) => refreshClinicianMetrics(tx, f.orgA, { clientIds: [f.clients.b] }));
  await inStep('client restored');
  expect((await getTeamDashboard()).total.flags).toMatchObject({ alliance: raised.alliance });
  // And back to therapist B (the next test relies on it).
  await reassignClient({ clientId: f.clients.b, clinicianId: f.users.therapistB.id, reason: 'Leave extended.' });
  await inStep('reassignClient (back)');
  expect(await rowOfB()).toMatchObject({ alliance: before.alliance + 1 });
});

test('a refused write leaves the rollups as they were', async () => {
  actAs(f, 'therapistB');
  const before = await (await getDb()).select().from(clientMetrics).where(eq(clientMetrics.clientId, f.clients.b));
  await expect(createGoal(goalInput({ clientId: f.clients.b, wording: '' }))).rejects.toMatchObject({
    code: 'invalid',
  });
  actAs(f, 'therapistA');
  await expect(createGoal(goalInput({ clientId: f.clients.b, wording: 'Not my client' }))).rejects.toMatchObject({
    code: 'not-found',
  });
  expect(await (await getDb()).select().from(clientMetrics).where(eq(clientMetrics.clientId, f.clients.b))).toEqual(
    before,
  );
  await expectRollupsInStep(f.orgA, 'refused writes');
});

describe('team figures from the rollups equal the metric definitions over the pooled raw rows', () => {
  test("a supervisor's team, each therapist, and the organisation", async () => {
    const therapists = [
      await addClinician(f.orgA, 'therapist', 'Pool One', f.users.supervisorOfA.id),
      await addClinician(f.orgA, 'therapist', 'Pool Two', f.users.supervisorOfA.id),
    ];
    await addBulkCaseload(f.orgA, therapists[0]!, 7, { namePrefix: 'Pool One' });
    await addBulkCaseload(f.orgA, therapists[1]!, 11, { namePrefix: 'Pool Two' });
    const db = await getDb();
    const clientsOf = async (clinicianIds: string[]) =>
      (
        await db
          .select({
            clientId: caseloadAssignments.clientId,
            clinicianId: caseloadAssignments.clinicianId,
            endedAt: caseloadAssignments.endedAt,
          })
          .from(caseloadAssignments)
          .where(eq(caseloadAssignments.organizationId, f.orgA))
      )
        .filter((a) => a.endedAt === null && clinicianIds.includes(a.clinicianId))
        .map((a) => a.clientId);

    actAs(f, 'supervisorOfA');
    const team = await getTeamDashboard();
    const teamIds = [f.users.therapistA.id, ...therapists];
    expect(team.rows.map((row) => row.clinician.id).sort()).toEqual([...teamIds].sort());
    expectSameFigures(team.total, await rawPooledFigures(f.orgA, await clientsOf(teamIds)));
    for (const row of team.rows)
      expectSameFigures(row.figures, await rawPooledFigures(f.orgA, await clientsOf([row.clinician.id])));
    expect(team.total.progress.measuredGoals).toBeGreaterThan(0);
    expect(team.total.ratedRegularly.denominator).toBeGreaterThan(0);

    actAs(f, 'admin');
    const organisation = await getTeamDashboard();
    const everyClinician = organisation.rows.map((row) => row.clinician.id);
    expectSameFigures(organisation.total, await rawPooledFigures(f.orgA, await clientsOf(everyClinician)));
  });
});

describe('the demo clinic', () => {
  test('every demo client has a rollup equal to its rows, and the team dashboards pool them exactly', async () => {
    const db = await getDb();
    await seedDemoClinic(db);
    const [demo] = await db.select().from(organizations).where(eq(organizations.name, 'Riverside Therapy Collective'));
    expect(await expectRollupsInStep(demo!.id, 'demo seed')).toBe(60);

    const [dana] = await db
      .select()
      .from((await import('@/db/schema')).users)
      .where(eq((await import('@/db/schema')).users.email, 'dana.okafor@riverside.example'));
    actAsUser({ id: dana!.id, organizationId: demo!.id, role: 'supervisor', email: dana!.email });
    const team = await getTeamDashboard();
    const assignments = await db
      .select()
      .from(caseloadAssignments)
      .where(eq(caseloadAssignments.organizationId, demo!.id));
    const teamClients = assignments
      .filter((a) => a.endedAt === null && team.rows.some((row) => row.clinician.id === a.clinicianId))
      .map((a) => a.clientId);
    expect(teamClients).toHaveLength(27);
    expectSameFigures(team.total, await rawPooledFigures(demo!.id, teamClients));

    // The demo tells varied stories: not everything agreed, rated or on track.
    const { total } = team;
    for (const rate of [
      total.consensus,
      total.setFromStart,
      total.ratedRegularly,
      total.smart,
      total.progress.reliableImprovement,
    ]) {
      expect(rate.value).toBeGreaterThan(0.3);
      expect(rate.value).toBeLessThan(1);
    }
    expect(total.clarity.mean).toBeGreaterThan(2);
    expect(total.clarity.mean).toBeLessThan(5);
    expect(total.flags).toMatchObject({ risk: 1, clientsWithRisk: 1 });
    expect(total.flags.notOnTrack).toBeGreaterThan(0);
    expect(team.trend.filter((month) => month.attendedSessions > 0).length).toBeGreaterThanOrEqual(10);

    const [miguel] = await db
      .select()
      .from((await import('@/db/schema')).users)
      .where(eq((await import('@/db/schema')).users.email, 'miguel.santos@riverside.example'));
    actAsUser({ id: miguel!.id, organizationId: demo!.id, role: 'supervisor', email: miguel!.email });
    const otherTeam = await getTeamDashboard();
    expect(otherTeam.total.flags).toMatchObject({ risk: 1, clientsWithRisk: 1, alliance: 0 });
    expect((await getTeamDashboard()).rows.map((row) => row.clinician.name)).toEqual([
      'Grace Liu',
      'Jonah Price',
      'Lena Kowalski',
    ]);
    actAsUser({ id: dana!.id, organizationId: demo!.id, role: 'supervisor', email: dana!.email });

    const { getCaseloadDashboard } = await import('@/lib/data/caseload-dashboard');
    const sam = team.rows.find((row) => row.clinician.name === 'Sam Whitfield')!;
    const caseload = await getCaseloadDashboard({ clinicianId: sam.clinician.id });
    expect(caseload.page.total).toBe(9);
    expect(caseload.filterCounts['no-agreed-goal']).toBeGreaterThan(0);
    expect(caseload.filterCounts['review-due']).toBeGreaterThan(0);
    expect(new Set(caseload.page.rows.map((row) => row.plan.status))).toEqual(
      new Set(['signed', 'needs-re-consent', 'unsigned', 'none']),
    );
    expect(caseload.page.rows.filter((row) => row.series.length >= 2).length).toBeGreaterThanOrEqual(5);
  });
});
