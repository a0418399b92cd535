import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, expectAccessible, fieldError, PEOPLE, signIn, test } from './support/fixtures';
import { linkFromLatestMail } from './support/mail';

const SHOTS = '/tmp/people-shots';

test('an admin deactivates a therapist, whose open browser is refused at once; reactivating lets them back', async ({
  browser,
  page,
}) => {
  const therapistEmail = 'jonah.price@riverside.example';
  const therapistContext = await browser.newContext();
  const therapist = await therapistContext.newPage();
  await signIn(therapist, therapistEmail);
  await expect(therapist.getByRole('heading', { level: 1, name: 'Your caseload' })).toBeVisible();

  await signIn(page, PEOPLE.admin);
  await page.getByLabel('Search by name or email').fill('jonah');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('link', { name: 'Jonah Price' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jonah Price' })).toBeVisible();
  await expect(page.getByText('Supervised by Miguel Santos.')).toBeVisible();
  await expectAccessible(page, 'person page');
  await page.screenshot({ path: path.join(SHOTS, 'admin-person.png'), fullPage: true });

  await page.getByRole('button', { name: 'Deactivate account' }).click();
  await expect(page.getByText('Account deactivated. They were signed out everywhere')).toBeVisible();
  await expect(page.getByText('Deactivated', { exact: true })).toBeVisible();

  // The therapist's open browser is refused on its next request.
  await therapist.goto('/caseload');
  await expect(therapist).toHaveURL(/\/sign-in/);
  await therapist.getByLabel('Email').fill(therapistEmail);
  await therapist.getByLabel('Password').fill('accord-demo-2026');
  await therapist.getByRole('button', { name: 'Sign in' }).click();
  await expect(therapist.getByRole('main').getByRole('alert')).toContainText(
    'That email and password do not match an active account.',
  );

  await page.getByRole('button', { name: 'Reactivate account' }).click();
  await expect(page.getByText('Account reactivated.')).toBeVisible();
  await expectAccessible(page, 'person page after reactivation');
  await signIn(therapist, therapistEmail);
  await expect(therapist).toHaveURL(/\/caseload$/);
  await therapistContext.close();

  // An admin cannot deactivate themselves.
  await page.goto('/admin');
  await page.getByRole('link', { name: 'Priya Natarajan', exact: true }).click();
  await expect(page.getByText('Another administrator can deactivate your account if needed.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Deactivate account' })).toHaveCount(0);
});

test('an admin sends a password reset link from a person’s page', async ({ page }) => {
  await signIn(page, PEOPLE.admin);
  await page.goto('/admin?q=tom');
  await page.getByRole('link', { name: 'Tom Becker' }).click();
  const sentAt = new Date();
  await page.getByRole('button', { name: 'Send a password reset link' }).click();
  // The e2e server delivers mail to its outbox, so the link goes to Tom, not to the page.
  await expect(page.getByText('We emailed a password reset link to tom.becker@riverside.example.')).toBeVisible();
  expect(await linkFromLatestMail('tom.becker@riverside.example', sentAt)).toMatch(
    /\/reset-password\/[A-Za-z0-9_-]{43}$/,
  );
  await expectAccessible(page, 'person page with reset link sent');
});

test('supervision: assign, change and end', async ({ page }) => {
  await signIn(page, PEOPLE.admin);
  await page.getByRole('link', { name: 'Supervision' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Supervision' })).toBeVisible();
  await expectAccessible(page, 'supervision');
  const row = page.getByRole('row', { name: /Tom Becker/ });
  await expect(row.getByRole('cell').nth(0)).toContainText('Dana Okafor');

  await row.getByLabel('Supervisor for Tom Becker').selectOption({ label: 'Dana Okafor' });
  await row.getByRole('button', { name: 'Change supervisor for Tom Becker' }).click();
  await expect(fieldError(row, 'This is already their supervisor.')).toBeVisible();
  await expectAccessible(page, 'supervision with error');

  await row.getByLabel('Supervisor for Tom Becker').selectOption({ label: 'Miguel Santos' });
  await row.getByRole('button', { name: 'Change supervisor for Tom Becker' }).click();
  await expect(row.getByRole('cell').nth(0)).toContainText('Miguel Santos');
  await page.screenshot({ path: path.join(SHOTS, 'admin-supervision.png'), fullPage: true });

  // Dana no longer sees Tom on her team; Miguel does.
  await row.getByRole('button', { name: 'End supervision of Tom Becker' }).click();
  await expect(row.getByRole('cell').nth(0)).toHaveText('None');
  await row.getByLabel('Supervisor for Tom Becker').selectOption({ label: 'Dana Okafor' });
  await row.getByRole('button', { name: 'Assign supervisor for Tom Becker' }).click();
  await expect(row.getByRole('cell').nth(0)).toContainText('Dana Okafor');
});

test('organisation settings: bad input changes nothing; good input is saved', async ({ page }) => {
  // The other organisation's admin: changing the demo clinic's settings would change what the
  // other journeys see (ORS on, three goals a plan).
  await signIn(page, PEOPLE.otherOrgAdmin);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expectAccessible(page, 'settings');

  await page.getByLabel('Minimum goals per plan').fill('0');
  await page.getByLabel('Review cadence (days)').fill('soon');
  await page.getByLabel('Contact 1 name').fill('Crisis line');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(fieldError(page, 'Minimum goals per plan must be between 1 and 10.')).toBeVisible();
  await expect(fieldError(page, 'Review cadence must be a whole number.')).toBeVisible();
  await expect(fieldError(page, 'Give this contact a phone number, or clear the row.')).toBeVisible();
  await expect(page.getByText('Some details need attention. Nothing was saved.')).toBeVisible();
  await expectAccessible(page, 'settings with errors');
  await page.reload();
  await expect(page.getByLabel('Minimum goals per plan')).toHaveValue('3');

  await page.getByLabel('Minimum goals per plan').fill('4');
  await page.getByLabel('Review cadence (days)').fill('60');
  await page.getByLabel('Outcome Rating Scale (ORS) is licensed').uncheck();
  await page.getByLabel('Contact 1 name').fill('Riverside out-of-hours line');
  await page.getByLabel('Contact 1 phone').fill('+44 20 7946 0999');
  await page.getByLabel('Contact 1 hours').fill('Evenings and weekends');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Minimum goals per plan')).toHaveValue('4');
  await expect(page.getByLabel('Review cadence (days)')).toHaveValue('60');
  await expect(page.getByLabel('Outcome Rating Scale (ORS) is licensed')).not.toBeChecked();
  await expect(page.getByLabel('Contact 1 phone')).toHaveValue('+44 20 7946 0999');
  await page.screenshot({ path: path.join(SHOTS, 'admin-settings.png'), fullPage: true });
});

test('an admin reassigns a client and the history keeps the old assignment', async ({ page }) => {
  await signIn(page, PEOPLE.admin);
  await page.goto('/team');
  await page.getByRole('link', { name: 'Sam Whitfield' }).click();
  await page.getByRole('link', { name: 'Daniel Osei' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Daniel Osei' })).toBeVisible();
  await page.getByRole('button', { name: 'Reassign client' }).click();
  await expect(fieldError(page, 'Choose the clinician who will take over.')).toBeVisible();
  await expect(fieldError(page, 'Say why the client is moving.')).toBeVisible();
  await expectAccessible(page, 'reassign with errors');

  await page.getByLabel('New clinician').selectOption({ label: 'Aisha Rahman (therapist)' });
  await page.getByLabel('Reason').fill('Sam is reducing his hours');
  await page.getByRole('button', { name: 'Reassign client' }).click();
  await expect(page.getByText('Client reassigned.')).toBeVisible();
  await expect(page.getByText('Clinician: Aisha Rahman')).toBeVisible();
  const history = page.locator('section', { has: page.getByRole('heading', { name: 'Assignment history' }) });
  await expect(history.getByText('Reason: Sam is reducing his hours')).toBeVisible();
  await expect(history.getByText('Sam Whitfield')).toBeVisible();
  await expectAccessible(page, 'client record after reassignment');
  // The client record shows admins profile and assignments only, never goals or scores.
  await expect(
    page.getByText('You are viewing this record as an administrator: profile and assignments only.'),
  ).toBeVisible();
});

test('the audit log filters by person, outcome and date, and exports CSV with formulas neutralised', async ({
  browser,
  page,
}) => {
  // A person whose name would run as a formula in a spreadsheet.
  const therapistContext = await browser.newContext();
  const therapist = await therapistContext.newPage();
  await signIn(therapist, 'lena.kowalski@riverside.example');
  await therapist.goto('/account');
  await therapist.getByLabel('Your name').fill('=HYPERLINK("http://evil.example","Lena")');
  await therapist.getByRole('button', { name: 'Save name' }).click();
  await expect(therapist.getByText('Your name is saved.')).toBeVisible();
  // A refused attempt, recorded in the log under that name.
  const refused = await therapist.request.get('/admin/audit/export');
  expect(refused.status()).toBe(404);
  await therapistContext.close();

  await signIn(page, PEOPLE.admin);
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expectAccessible(page, 'audit log');

  await page.getByLabel('Person (name or email)').fill('lena.kowalski@riverside.example');
  await page.getByLabel('Outcome').selectOption('denied');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('row', { name: /HYPERLINK.*audit\.export/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Allowed/ })).toHaveCount(0);
  await expectAccessible(page, 'audit log filtered');
  await page.screenshot({ path: path.join(SHOTS, 'admin-audit.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const rows: string[][] = parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  expect(rows[0]).toEqual([
    'time_utc',
    'time_local (Europe/London)',
    'actor',
    'actor_role',
    'action',
    'outcome',
    'entity_type',
    'entity_id',
    'entity_name',
    'details',
  ]);
  expect(rows.length).toBeGreaterThan(1);
  for (const row of rows.slice(1)) {
    expect(row[2]).toBe('\'=HYPERLINK("http://evil.example","Lena")');
    expect(row[5]).toBe('denied');
  }

  // Bad filters: errors next to the fields, and no export of the wrong thing.
  await page.goto('/admin/audit?person=nobody-at-all&from=2026-02-30&to=2026-01-01');
  await expect(page.getByText('No one in your organisation matches “nobody-at-all”.')).toBeVisible();
  await expect(page.getByText('From date is not a real date.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveCount(0);
  await expectAccessible(page, 'audit log with filter errors');
});
