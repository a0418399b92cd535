import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, expectAccessible, PEOPLE, readFixture, signIn, test } from './support/fixtures';

const SHOTS = '/tmp/dashboards-shots';

test('a supervisor reads the team dashboard, filters a caseload to flagged clients, opens a plan and its charts, exports the CSV', async ({
  page,
}) => {
  // A supervisor lands on the team page, open risk flags across the team first.
  await signIn(page, PEOPLE.supervisorOfA);
  await expect(page).toHaveURL(/\/team$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your team' })).toBeVisible();
  await expect(page.getByTestId('team-risk-flags').getByRole('link', { name: 'Hannah Schmidt' })).toBeVisible();

  // The team at a glance, one row per supervisee and the total, and the trend.
  const summary = page.getByRole('region', { name: 'Your team at a glance' });
  for (const figure of [
    'Goal clarity',
    'Consensus',
    'Set from the start',
    'Rated regularly',
    'SMART goals',
    'Progress',
    'Open risk flags',
    'Alliance',
  ]) {
    await expect(summary.getByRole('term').filter({ hasText: figure })).toBeVisible();
  }
  const table = page.getByRole('table', { name: /Your supervisees/ });
  await expect(table.getByRole('rowheader')).toHaveText(['Aisha Rahman', 'Sam Whitfield', 'Tom Becker', 'Team total']);
  await expect(page.getByRole('heading', { name: 'Sessions with every goal rated' })).toBeVisible();
  await page.getByText('Show as a table').first().click();
  await expect(
    page.getByRole('table', { name: /Sessions with every goal rated, by month/ }).getByRole('row'),
  ).toHaveCount(13);
  // The current month is not over: marked "so far" and left out of the trend the summary describes.
  const rated = page.getByRole('figure', { name: 'Sessions with every goal rated' });
  await expect(
    page
      .getByRole('table', { name: /Sessions with every goal rated, by month/ })
      .getByRole('row')
      .last()
      .getByRole('rowheader'),
  ).toHaveText(/ \(so far\)$/);
  await expect(rated.locator('p').first()).not.toContainText(/^From .* to .*\.$/);
  await expectAccessible(page, 'team dashboard');
  await page.screenshot({ path: `${SHOTS}/e2e-team.png`, fullPage: true });

  // The team table as CSV: the supervisees and the total, figures only.
  const teamDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: /Download CSV/ }).click();
  const teamRows = parse<Record<string, string>>(fs.readFileSync(await (await teamDownload).path(), 'utf8'), {
    bom: true,
    columns: true,
  });
  expect(teamRows.map((row) => row.clinician)).toEqual(['Aisha Rahman', 'Sam Whitfield', 'Tom Becker', 'Team total']);
  expect(Number(teamRows[3]!.clients)).toBeGreaterThanOrEqual(27);

  // Drill down to a therapist's caseload, read-only, and filter to clients with open flags.
  await table.getByRole('link', { name: 'Sam Whitfield' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Whitfield’s caseload' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add a client' })).toHaveCount(0);
  await expectAccessible(page, 'supervisee caseload dashboard');
  await page
    .getByRole('navigation', { name: 'Show clients' })
    .getByRole('link', { name: /Open flags/ })
    .click();
  await expect(page).toHaveURL(/filter=flagged/);
  await expect(page.getByRole('link', { name: /Open flags/ })).toHaveAttribute('aria-current', 'page');
  const rows = page.getByRole('table', { name: /Sam Whitfield’s clients/ }).getByRole('row');
  const clientRows = rows.filter({ has: page.getByRole('rowheader') });
  const flagged = await clientRows.count();
  expect(flagged).toBeGreaterThan(0);
  for (let i = 0; i < flagged; i += 1) await expect(clientRows.nth(i).getByRole('cell').first()).not.toHaveText('None');
  await expectAccessible(page, 'caseload filtered to open flags');
  await page.screenshot({ path: `${SHOTS}/e2e-caseload-flagged.png`, fullPage: true });

  // The filtered view as CSV: the same clients, no free text.
  const names = await clientRows.getByRole('rowheader').getByRole('link').allTextContents();
  const caseloadDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: /Download CSV/ }).click();
  const download = await caseloadDownload;
  expect(download.suggestedFilename()).toMatch(/^accord-caseload-sam-whitfield-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvRows = parse<Record<string, string>>(fs.readFileSync(await download.path(), 'utf8'), {
    bom: true,
    columns: true,
  });
  expect(csvRows.map((row) => row.client)).toEqual(names);
  for (const row of csvRows) {
    const open = [
      'open_risk_flags',
      'open_not_on_track_flags',
      'open_alliance_flags',
      'open_perspectives_differ_flags',
      'open_check_in_overdue_flags',
    ].reduce((sum, key) => sum + Number(row[key]), 0);
    expect(open).toBeGreaterThan(0);
  }

  // Into one client's plan and progress charts: read-only for the supervisor.
  const firstClient = names[0]!;
  await clientRows
    .first()
    .getByRole('link', { name: /open the plan/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: firstClient })).toBeVisible();
  await expect(page.getByText('You are viewing this plan as the supervisor of the treating clinician.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add a goal' })).toHaveCount(0);
  await expectAccessible(page, 'client plan as supervisor');
  await page.getByRole('link', { name: 'Sessions and progress' }).click();
  await expect(page.getByText('It is read-only for you.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Progress', exact: true })).toBeVisible();
  await expect(page.locator('svg[data-chart]').first()).toBeVisible();
  await expectAccessible(page, 'client charts as supervisor');
});

test('a therapist sorts and searches their caseload dashboard; a stranger’s caseload is not found', async ({
  page,
}) => {
  await signIn(page, PEOPLE.therapistB);
  await expect(page.getByRole('heading', { level: 1, name: 'Your caseload' })).toBeVisible();
  const table = page.getByRole('table', { name: /Your clients/ });
  await expect(table.getByRole('rowheader').first()).toBeVisible();
  await expectAccessible(page, 'caseload dashboard');
  await page.screenshot({ path: `${SHOTS}/e2e-caseload.png`, fullPage: true });

  await table.getByRole('link', { name: /^Goal clarity/ }).click();
  await expect(page).toHaveURL(/sort=clarity/);
  await expect(table.getByRole('columnheader', { name: /Goal clarity/ })).toHaveAttribute('aria-sort', 'ascending');
  await table.getByRole('link', { name: /^Goal clarity/ }).click();
  await expect(table.getByRole('columnheader', { name: /Goal clarity/ })).toHaveAttribute('aria-sort', 'descending');
  await expectAccessible(page, 'caseload sorted by clarity');

  await page.getByLabel('Search by name').fill('poppy');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(table.getByRole('rowheader')).toHaveText([/Poppy Harris/]);
  await expect(page).toHaveURL(/q=poppy/);
  await expect(page).toHaveURL(/sort=clarity/);

  // Poppy's plan review is overdue, so she is under "Review due" too; the search is kept.
  await page
    .getByRole('navigation', { name: 'Show clients' })
    .getByRole('link', { name: /Review due/ })
    .click();
  await expect(page).toHaveURL(/filter=review-due/);
  await expect(table.getByRole('rowheader')).toHaveText([/Poppy Harris/]);
  await expect(table.getByText('Review overdue')).toBeVisible();
  await expectAccessible(page, 'caseload filtered and searched');

  // Another therapist's caseload, and its export, are simply not there.
  const therapistA = readFixture().userIdsByEmail[PEOPLE.therapistA]!;
  expect((await page.request.get(`/team/${therapistA}`)).status()).toBe(404);
  expect((await page.request.get(`/team/${therapistA}/export`)).status()).toBe(404);
});
