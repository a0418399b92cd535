import { parse } from 'csv-parse/sync';
import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, clients, flags, goals, goalVersions, therapySessions } from '@/db/schema';
import { listCaseload } from '@/lib/data/caseload';
import { exportCaseloadDashboard, getCaseloadDashboard } from '@/lib/data/caseload-dashboard';
import { exportTeamDashboard, getTeamDashboard } from '@/lib/data/team-dashboard';
import { PAGE_SIZE } from '@/lib/data/internal/pagination';
import { AppError } from '@/lib/errors';
import { refreshClientMetrics, WHOLE_ORGANIZATION } from '@/lib/rollups/client-metrics';
import { addBulkCaseload, addClinician } from './dashboard-fixtures';
import { addGoal } from './sessions-fixtures';
import { actAs, createFixture, type Actor, type Fixture } from './fixtures';

/*
 * What the dashboards show and to whom: sorting (risk first), filters, search and pages on the
 * caseload; per-therapist and team figures; exports that hold exactly the permitted rows with
 * the filters applied, no free text, and no spreadsheet formulas.
 */

let f: Fixture;
let bulk: string[];
const SECRET = {
  note: 'SECRET private note text',
  reason: 'SECRET flag reason',
  ack: 'SECRET acknowledgement',
  wording: 'SECRET goal wording',
};

beforeAll(async () => {
  f = await createFixture('dashboards');
  const db = await getDb();
  // Therapist A: client A, 30 generated clients (more than a page), and one whose name is a formula.
  bulk = await addBulkCaseload(f.orgA, f.users.therapistA.id, 30, { namePrefix: 'Avery', flagEvery: 6 });
  const [formula] = await db
    .insert(clients)
    .values({ organizationId: f.orgA, displayName: '=HYPERLINK("http://evil.example")', intakeDate: '2026-01-02' })
    .returning();
  const { caseloadAssignments } = await import('@/db/schema');
  await db
    .insert(caseloadAssignments)
    .values({ organizationId: f.orgA, clientId: formula!.id, clinicianId: f.users.therapistA.id });
  // Free text that must never reach a dashboard or an export.
  const [goal] = await db.select().from(goals).where(eq(goals.clientId, bulk[1]!));
  await db.update(goalVersions).set({ wording: SECRET.wording }).where(eq(goalVersions.id, goal!.currentVersionId!));
  await db.update(therapySessions).set({ privateNote: SECRET.note }).where(eq(therapySessions.clientId, bulk[1]!));
  await db.insert(flags).values({
    organizationId: f.orgA,
    clientId: bulk[1]!,
    kind: 'alliance',
    reason: SECRET.reason,
    data: {},
    dedupeKey: 'secret',
    acknowledgedAt: new Date(),
    acknowledgementNote: SECRET.ack,
  });
  // Client A has a goal still being agreed: a plan with no review date yet.
  await addGoal(f.orgA, f.clients.a, f.users.therapistA.id, 'Walk to work on Mondays', { status: 'proposed' });
  // Therapist B (not supervised by supervisor A) has clients of their own.
  await addBulkCaseload(f.orgA, f.users.therapistB.id, 4, { namePrefix: 'Blake' });
  await refreshClientMetrics(db, f.orgA, WHOLE_ORGANIZATION);
});

async function refused(call: () => Promise<unknown>): Promise<AppError> {
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('the caseload dashboard', () => {
  test('every client, risk first, then other open flags, a page at a time', async () => {
    actAs(f, 'therapistA');
    const first = await getCaseloadDashboard();
    expect(first.page.total).toBe(32);
    expect(first.page.rows).toHaveLength(PAGE_SIZE);
    expect(first.readOnly).toBe(false);
    expect(first.page.rows[0]!.displayName).toBe('Avery 001');
    expect(first.page.rows[0]!.flags).toMatchObject({ risk: 1, total: 1 });
    const flaggedFirst = first.page.rows.map((row) => row.flags.total > 0);
    expect(flaggedFirst).toEqual([...flaggedFirst].sort((a, b) => Number(b) - Number(a)));
    // Then overdue reviews, then everyone else (a client with no plan is not "overdue").
    const unflagged = first.page.rows.filter((row) => row.flags.total === 0).map((row) => row.plan.reviewOverdue);
    expect(unflagged).toContain(true);
    expect(unflagged).toEqual([...unflagged].sort((a, b) => Number(b) - Number(a)));
    const second = await getCaseloadDashboard({ page: '2' });
    expect(second.page.rows).toHaveLength(32 - PAGE_SIZE);
    const names = [...first.page.rows, ...second.page.rows].map((row) => row.id);
    expect(new Set(names).size).toBe(32);
  });

  test('a row shows the rollup figures, the sparkline, sessions and plan status', async () => {
    actAs(f, 'therapistA');
    const { page } = await getCaseloadDashboard({ q: 'Avery 004' });
    const row = page.rows[0]!;
    expect(row).toMatchObject({
      displayName: 'Avery 004',
      consensus: { numerator: 2, denominator: 3 },
      attendedSessions: 4,
      hasAgreedGoal: true,
      plan: { status: 'needs-re-consent' },
      flags: { total: 0 },
    });
    expect(row.clarity.count).toBe(2);
    expect(row.series.length).toBeGreaterThan(1);
    expect(row.nextSessionAt).not.toBeNull();
    expect(new Date(row.nextSessionAt!).getTime()).toBeGreaterThan(Date.now());
    expect(row.lastSessionAt).not.toBeNull();
  });

  test('filters: open flags, no agreed goal yet, review due; each with its count', async () => {
    actAs(f, 'therapistA');
    const all = await getCaseloadDashboard();
    const flagged = await getCaseloadDashboard({ filter: 'flagged' });
    expect(flagged.page.total).toBe(all.filterCounts.flagged);
    expect(flagged.page.rows.every((row) => row.flags.total > 0)).toBe(true);
    expect(flagged.page.total).toBe(5); // clients 1, 7, 13, 19, 25
    const noAgreed = await getCaseloadDashboard({ filter: 'no-agreed-goal' });
    expect(noAgreed.page.rows.map((row) => row.displayName).sort()).toEqual(
      ['=HYPERLINK("http://evil.example")', 'Alex Client'].sort(),
    );
    const reviewDue = await getCaseloadDashboard({ filter: 'review-due' });
    expect(reviewDue.page.total).toBe(all.filterCounts['review-due']);
    expect(reviewDue.page.rows.every((row) => row.plan.reviewDue)).toBe(true);
    expect(reviewDue.page.rows.length).toBeGreaterThan(0);
    expect(reviewDue.page.rows.some((row) => row.plan.reviewOverdue)).toBe(true);
  });

  test('search and sorting; unknown filters and sorts fall back to the default view', async () => {
    actAs(f, 'therapistA');
    expect(
      (await getCaseloadDashboard({ q: 'avery 01', sort: 'name' })).page.rows.map((row) => row.displayName),
    ).toEqual(Array.from({ length: 10 }, (_, i) => `Avery ${String(i + 10).padStart(3, '0')}`).sort());
    expect((await getCaseloadDashboard({ q: '%' })).page.total).toBe(0);
    const byClarity = (await getCaseloadDashboard({ sort: 'clarity', q: 'avery' })).page.rows.map(
      (row) => row.clarity.mean,
    );
    const defined = byClarity.filter((value): value is number => value !== null);
    expect(defined).toEqual([...defined].sort((a, b) => a - b));
    const byNameDesc = (await getCaseloadDashboard({ sort: 'name', dir: 'desc', q: 'avery' })).page.rows.map(
      (row) => row.displayName,
    );
    expect(byNameDesc[0]).toBe('Avery 030');
    const odd = await getCaseloadDashboard({ filter: '<script>', sort: 'drop table', dir: 'sideways', page: '-4' });
    expect(odd.query).toMatchObject({ filter: 'all', sort: 'attention' });
    expect(odd.page.page).toBe(1);
    expect(odd.page.total).toBe(32);
  });

  test('every render is audited once, without the search text', async () => {
    actAs(f, 'therapistA');
    await getCaseloadDashboard({ q: 'Avery 002', filter: 'flagged' });
    const db = await getDb();
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, f.users.therapistA.id), eq(auditEvents.action, 'caseload-dashboard.view')))
      .orderBy(desc(auditEvents.at))
      .limit(1);
    expect(event).toMatchObject({ outcome: 'allowed', entityId: f.users.therapistA.id });
    expect(JSON.stringify(event!.details)).not.toContain('Avery');
  });

  test('who may see whose dashboard', async () => {
    const cases: [Actor, boolean][] = [
      ['therapistA', true],
      ['supervisorOfA', true],
      ['therapistB', false],
      ['supervisorOfNobody', false],
      ['admin', false],
      ['otherOrgUser', false],
      ['clientA', false],
    ];
    for (const [actor, allowed] of cases) {
      actAs(f, actor);
      if (allowed) {
        const dashboard = await getCaseloadDashboard({ clinicianId: f.users.therapistA.id });
        expect(dashboard.page.total, actor).toBe(32);
        expect(dashboard.readOnly, actor).toBe(actor !== 'therapistA');
      } else {
        expect((await refused(() => getCaseloadDashboard({ clinicianId: f.users.therapistA.id }))).code, actor).toBe(
          'not-found',
        );
        expect((await refused(() => exportCaseloadDashboard({ clinicianId: f.users.therapistA.id }))).code, actor).toBe(
          'not-found',
        );
      }
    }
    actAs(f, 'supervisorOfA');
    for (const clinicianId of [
      'not-a-uuid',
      f.users.therapistB.id,
      f.users.otherOrgTherapist.id,
      f.users.clientA.id,
      '00000000-0000-4000-8000-000000000000',
    ]) {
      expect((await refused(() => getCaseloadDashboard({ clinicianId }))).code).toBe('not-found');
    }
    // Admins keep the profile-only caseload: names and dates, no scores, no flags.
    actAs(f, 'admin');
    const profileOnly = await listCaseload({ clinicianId: f.users.therapistA.id });
    expect(profileOnly.page.total).toBe(32);
    expect(Object.keys(profileOnly.page.rows[0]!).sort()).toEqual([
      'displayName',
      'hasPortalAccount',
      'id',
      'intakeDate',
      'pronouns',
      'status',
    ]);
  });
});

describe('the team dashboard', () => {
  test('a supervisor sees their supervisees only; the total is theirs', async () => {
    actAs(f, 'supervisorOfA');
    const team = await getTeamDashboard();
    expect(team.scope).toBe('team');
    expect(team.rows.map((row) => row.clinician.id)).toEqual([f.users.therapistA.id]);
    expect(team.total.clients).toBe(32);
    expect(team.total.flags.risk).toBe(1);
    expect(team.total.flags.clientsWithRisk).toBe(1);
    expect(team.trend).toHaveLength(12);
    expect(team.trend.reduce((sum, month) => sum + month.attendedSessions, 0)).toBe(30 * 4);

    actAs(f, 'supervisorOfNobody');
    const empty = await getTeamDashboard();
    expect(empty.rows).toEqual([]);
    expect(empty.total).toMatchObject({ clients: 0, clarity: { mean: null, count: 0 }, consensus: { value: null } });
  });

  test('an admin sees every clinician of the organisation, as aggregates', async () => {
    actAs(f, 'admin');
    const organisation = await getTeamDashboard();
    expect(organisation.scope).toBe('organisation');
    const ids = organisation.rows.map((row) => row.clinician.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        f.users.therapistA.id,
        f.users.therapistB.id,
        f.users.supervisorOfA.id,
        f.users.supervisorOfNobody.id,
      ]),
    );
    expect(ids).not.toContain(f.users.otherOrgTherapist.id);
    expect(organisation.total.clients).toBe(32 + 1 + 4 + 1);
    expect(organisation.rows.find((row) => row.clinician.id === f.users.therapistA.id)!.clinician.supervisorName).toBe(
      'SupervisorOfA',
    );
  });

  test('therapists and clients have no team dashboard', async () => {
    for (const actor of ['therapistA', 'clientA', 'anonymous'] as const) {
      actAs(f, actor);
      expect((await refused(() => getTeamDashboard())).code).toBe(
        actor === 'anonymous' ? 'unauthenticated' : 'not-found',
      );
      expect((await refused(() => exportTeamDashboard())).code).toBe(
        actor === 'anonymous' ? 'unauthenticated' : 'not-found',
      );
    }
  });
});

describe('exports', () => {
  test('the caseload export: every row the filter selects (all pages), in screen order, no free text, formulas neutralised', async () => {
    actAs(f, 'therapistA');
    const all = await exportCaseloadDashboard();
    const rows = parse<Record<string, string>>(all.csv, { bom: true, columns: true });
    expect(rows).toHaveLength(32);
    expect(all.rows).toBe(32);
    const onScreen = [
      ...(await getCaseloadDashboard()).page.rows,
      ...(await getCaseloadDashboard({ page: '2' })).page.rows,
    ].map((row) => row.displayName);
    expect(rows.map((row) => (row.client ?? '').replace(/^'/, ''))).toEqual(onScreen);
    expect(rows.find((row) => row.client?.includes('HYPERLINK'))!.client).toBe(`'=HYPERLINK("http://evil.example")`);
    for (const secret of Object.values(SECRET)) expect(all.csv).not.toContain(secret);
    expect(rows.find((row) => row.client === 'Avery 001')).toMatchObject({
      open_risk_flags: '1',
      plan_goals: '3',
      agreed_goals: '2',
      attended_sessions: '4',
    });

    const flagged = parse<Record<string, string>>((await exportCaseloadDashboard({ filter: 'flagged' })).csv, {
      bom: true,
      columns: true,
    });
    expect(flagged.map((row) => row.client).sort()).toEqual([
      'Avery 001',
      'Avery 007',
      'Avery 013',
      'Avery 019',
      'Avery 025',
    ]);
    const searched = parse<Record<string, string>>((await exportCaseloadDashboard({ q: 'Avery 02' })).csv, {
      bom: true,
      columns: true,
    });
    expect(searched).toHaveLength(10);

    const db = await getDb();
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.actorUserId, f.users.therapistA.id), eq(auditEvents.action, 'caseload-dashboard.export')),
      )
      .orderBy(desc(auditEvents.at))
      .limit(1);
    expect(event).toMatchObject({ outcome: 'allowed', details: { rows: 10, filter: 'all', search: true } });
  });

  test("a supervisor's drill-down export holds only that supervisee's clients", async () => {
    actAs(f, 'supervisorOfA');
    const rows = parse<Record<string, string>>(
      (await exportCaseloadDashboard({ clinicianId: f.users.therapistA.id })).csv,
      { bom: true, columns: true },
    );
    expect(rows).toHaveLength(32);
    expect(rows.some((row) => row.client?.startsWith('Blake'))).toBe(false);
  });

  test('the team export: one row per clinician and the total, aggregates only', async () => {
    actAs(f, 'supervisorOfA');
    const team = parse<Record<string, string>>((await exportTeamDashboard()).csv, { bom: true, columns: true });
    expect(team.map((row) => row.clinician)).toEqual(['TherapistA', 'Team total']);
    expect(team[1]).toMatchObject({ clients: '32', open_risk_flags: '1' });
    actAs(f, 'admin');
    const organisation = parse<Record<string, string>>((await exportTeamDashboard()).csv, { bom: true, columns: true });
    expect(organisation[organisation.length - 1]!.clinician).toBe('Organisation total');
    expect(organisation.some((row) => row.clinician === 'TherapistB')).toBe(true);
    const csv = (await exportTeamDashboard()).csv;
    for (const secret of Object.values(SECRET)) expect(csv).not.toContain(secret);
    expect(csv).not.toContain('Avery');
  });

  test('a supervisor who adds a therapist sees them on the next render', async () => {
    const newcomer = await addClinician(f.orgA, 'therapist', 'Newcomer Therapist', f.users.supervisorOfA.id);
    await addBulkCaseload(f.orgA, newcomer, 3, { namePrefix: 'Newcomer' });
    actAs(f, 'supervisorOfA');
    const team = await getTeamDashboard();
    expect(team.rows.map((row) => row.clinician.name)).toEqual(['Newcomer Therapist', 'TherapistA']);
    expect(team.total.clients).toBe(35);
  });
});

describe("the supervisor's landing: open risk flags across the team", () => {
  test('lists every open risk flag on supervisees’ clients and the supervisor’s own, newest first; nothing else', async () => {
    const db = await getDb();
    // The supervisor's own caseload: one client, with a risk flag (addBulkCaseload flags the first).
    const [own] = await addBulkCaseload(f.orgA, f.users.supervisorOfA.id, 1, { namePrefix: 'Sage Own' });
    // An acknowledged risk flag on a team client is not listed.
    await db.insert(flags).values({
      organizationId: f.orgA,
      clientId: bulk[2]!,
      kind: 'risk',
      reason: 'Acknowledged risk.',
      data: {},
      dedupeKey: 'ack-risk',
      acknowledgedAt: new Date(),
      acknowledgementNote: 'Called; safe.',
    });
    const newest = new Date(Date.now() + 60_000);
    await db.insert(flags).values({
      organizationId: f.orgA,
      clientId: f.clients.a,
      kind: 'risk',
      reason: 'PHQ-9 item 9 answered 2.',
      data: {},
      dedupeKey: 'newest-risk',
      raisedAt: newest,
    });

    actAs(f, 'supervisorOfA');
    const team = await getTeamDashboard();
    expect(team.openRisk).not.toBeNull();
    const listed = team.openRisk!.map((flag) => [flag.client.id, flag.clinician.name, flag.clinician.isYou]);
    expect(listed[0]).toEqual([f.clients.a, 'TherapistA', false]);
    expect(listed).toEqual(
      expect.arrayContaining([
        [bulk[0], 'TherapistA', false],
        [own, 'SupervisorOfA', true],
      ]),
    );
    // Newest first; each with its reason; therapist B's clients (not supervised) are not there.
    // The fourth: the newcomer therapist's first client (added in the test before).
    expect(team.openRisk).toHaveLength(4);
    expect(team.openRisk!.filter((flag) => flag.clinician.name === 'Newcomer Therapist')).toHaveLength(1);
    expect(team.openRisk![0]!.reason).toBe('PHQ-9 item 9 answered 2.');
    expect(team.openRisk!.some((flag) => flag.client.name.startsWith('Blake'))).toBe(false);

    // The organisation view stays aggregate: no client names.
    actAs(f, 'admin');
    expect((await getTeamDashboard()).openRisk).toBeNull();
    actAs(f, 'supervisorOfNobody');
    expect((await getTeamDashboard()).openRisk).toEqual([]);
  });
});
