import { beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '@/db/client';
import { countStatements, type CountedQuery } from '@/db/query-counter';
import { sequentialScansIn as sequentialScans } from '@/db/query-plans';
import { getCaseloadDashboard, exportCaseloadDashboard } from '@/lib/data/caseload-dashboard';
import { acknowledgeFlag } from '@/lib/data/flags';
import { exportTeamDashboard, getTeamDashboard } from '@/lib/data/team-dashboard';
import { refreshClinicianMetrics } from '@/lib/rollups/clinician-metrics';
import { addBulkCaseload, addClinician } from './dashboard-fixtures';
import { actAs, actAsUser, createFixture, type Fixture } from './fixtures';
import { addFlag } from './sessions-fixtures';

/*
 * The dashboards' cost does not grow with the caseload: the same number of statements (at
 * most 6, counting the session check and the audit insert) for 10 clients as for 100, and for
 * a team of 2 therapists as for 10; and no statement needs a sequential scan (each is
 * EXPLAINed with sequential scans switched off: a plan that still has one has no index to use).
 */

const BUDGET = 6;
let f: Fixture;

beforeAll(async () => {
  f = await createFixture('dash-queries');
});

/** Runs a dashboard render twice (the first settles any upkeep) and returns the second's statements. */
async function statementsOf(render: () => Promise<unknown>): Promise<CountedQuery[]> {
  await render();
  const { queries } = await countStatements(render);
  return queries;
}

/** EXPLAIN each statement with sequential scans off; returns the tables still scanned sequentially. */
async function sequentialScansIn(queries: CountedQuery[]): Promise<string[]> {
  return sequentialScans(await getDb(), queries);
}

test('the check itself sees a sequential scan where no index can serve', async () => {
  expect(
    await sequentialScansIn([
      { sql: 'select count(*) from audit_events where action = $1', params: ['caseload-dashboard.view'] },
    ]),
  ).toEqual(['audit_events in: select count(*) from audit_events where action = $1']);
});

describe('caseload dashboard', () => {
  test('the same statements for 10 clients as for 100, at most 6, none scanning a table sequentially', async () => {
    const clinician = await addClinician(f.orgA, 'therapist', 'Casey Caseload', f.users.supervisorOfA.id);
    await addBulkCaseload(f.orgA, clinician, 10, { namePrefix: 'Ten' });
    const asClinician = {
      id: clinician,
      organizationId: f.orgA,
      role: 'therapist' as const,
      email: 'casey@dash.example',
    };
    actAsUser(asClinician);
    const small = await statementsOf(() => getCaseloadDashboard());
    expect((await getCaseloadDashboard()).page.total).toBe(10);

    await addBulkCaseload(f.orgA, clinician, 90, { namePrefix: 'Hundred' });
    const large = await statementsOf(() => getCaseloadDashboard());
    expect((await getCaseloadDashboard()).page.total).toBe(100);
    expect(large.length).toBe(small.length);
    expect(large.length).toBeLessThanOrEqual(BUDGET);
    // Session check, the clinician, flag upkeep, the rows, the audit insert.
    expect(large.map((q) => q.sql.trim().split(/\s+/)[0]!.toLowerCase())).toEqual([
      'select',
      'select',
      'with',
      'with',
      'insert',
    ]);

    // Filters, sorts, search and a later page cost the same.
    for (const query of [
      { filter: 'flagged' },
      { sort: 'clarity', dir: 'desc' },
      { q: 'hundred 05' },
      { page: '3' },
      { sort: 'next-session' },
    ]) {
      expect((await statementsOf(() => getCaseloadDashboard(query))).length, JSON.stringify(query)).toBe(small.length);
    }
    // The supervisor's drill-down too.
    actAs(f, 'supervisorOfA');
    expect((await statementsOf(() => getCaseloadDashboard({ clinicianId: clinician }))).length).toBe(small.length);

    actAsUser(asClinician);
    expect(await sequentialScansIn(large)).toEqual([]);
    expect(
      await sequentialScansIn(
        await statementsOf(() => getCaseloadDashboard({ filter: 'review-due', sort: 'progress', q: 'ten' })),
      ),
    ).toEqual([]);
    expect(await sequentialScansIn(await statementsOf(() => exportCaseloadDashboard({ filter: 'flagged' })))).toEqual(
      [],
    );
  });
});

describe('team and organisation dashboards', () => {
  test('a supervisor with 2 therapists and with 10: the same statements, at most 6, no sequential scan', async () => {
    const supervisor = await addClinician(f.orgA, 'supervisor', 'Sasha Supervisor');
    const asSupervisor = {
      id: supervisor,
      organizationId: f.orgA,
      role: 'supervisor' as const,
      email: 'sasha@dash.example',
    };
    for (let i = 0; i < 2; i += 1)
      await addBulkCaseload(f.orgA, await addClinician(f.orgA, 'therapist', `Team Two ${i}`, supervisor), 5, {
        namePrefix: `T2-${i}`,
      });
    actAsUser(asSupervisor);
    const two = await statementsOf(() => getTeamDashboard());
    expect((await getTeamDashboard()).rows).toHaveLength(2);

    for (let i = 0; i < 8; i += 1)
      await addBulkCaseload(f.orgA, await addClinician(f.orgA, 'therapist', `Team Ten ${i}`, supervisor), 12, {
        namePrefix: `T10-${i}`,
      });
    const ten = await statementsOf(() => getTeamDashboard());
    const dashboard = await getTeamDashboard();
    expect(dashboard.rows).toHaveLength(10);
    expect(dashboard.total.clients).toBe(2 * 5 + 8 * 12);
    expect(ten.length).toBe(two.length);
    expect(ten.length).toBeLessThanOrEqual(BUDGET);
    expect(await sequentialScansIn(ten)).toEqual([]);
    expect(await sequentialScansIn(await statementsOf(() => exportTeamDashboard()))).toEqual([]);
  });

  test("an admin's organisation view costs the same as the organisation grows, with no sequential scan", async () => {
    actAs(f, 'admin');
    const before = await statementsOf(() => getTeamDashboard());
    await addBulkCaseload(f.orgA, await addClinician(f.orgA, 'therapist', 'Org Growth'), 40, { namePrefix: 'Org' });
    const after = await statementsOf(() => getTeamDashboard());
    expect(after.length).toBe(before.length);
    expect(after.length).toBeLessThanOrEqual(BUDGET);
    expect(await sequentialScansIn(after)).toEqual([]);
  });
});

describe("the team rows' open-flag counts (ADR 0016)", () => {
  test('acknowledging a flag recounts its clinician by index: three rollup statements, none scanning a table', async () => {
    const flagId = await addFlag(f.orgA, f.clients.a, 'risk');
    actAs(f, 'therapistA');
    const { queries } = await countStatements(() => acknowledgeFlag({ flagId, note: 'Spoke with the client.' }));
    // The client's rollup row lock, the clinician's row lock, the recount.
    const rollup = queries.filter((query) => /client_metrics|clinician_metrics/.test(query.sql));
    expect(rollup).toHaveLength(3);
    expect(await sequentialScansIn(rollup)).toEqual([]);
  });

  test("a clinician's full refresh (sums and counts, as after a reassignment) scans no table sequentially", async () => {
    const db = await getDb();
    const { queries } = await countStatements(() =>
      db.transaction((tx) => refreshClinicianMetrics(tx, f.orgA, { clientIds: [f.clients.a] })),
    );
    const rollup = queries.filter((query) => /clinician_metrics|clinician_monthly_metrics/.test(query.sql));
    expect(rollup).toHaveLength(4);
    expect(await sequentialScansIn(rollup)).toEqual([]);
  });
});
