import { expect, expectAccessible, fieldError, test } from './support/fixtures';

test('a therapist adds a client and finds them by search', async ({ page, signInAs }) => {
  await signInAs('therapistA');
  await page.getByRole('link', { name: 'Add a client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a client' })).toBeVisible();
  await expectAccessible(page, 'add client form');

  // Bad input first: errors next to the fields, nothing added.
  await page.getByLabel('Name').fill('<script>alert(1)</script>');
  await page.getByLabel('Intake date').fill('2999-01-01');
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(fieldError(page, "Name can't contain < or >.")).toBeVisible();
  await expect(fieldError(page, "Intake date can't be in the future.")).toBeVisible();
  await expectAccessible(page, 'add client form with errors');

  await page.getByLabel('Name').fill('Wren Castellano');
  await page.getByLabel('Pronouns').fill('she/her');
  await page.getByLabel('Intake date').fill('2026-11-20');
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wren Castellano' })).toBeVisible();
  await expect(page.getByText('Client added to your caseload.')).toBeVisible();
  await expectAccessible(page, 'client record');

  await page.getByRole('link', { name: 'Caseload' }).click();
  await page.getByLabel('Search by name').fill('castel');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('table').getByRole('rowheader').getByRole('link')).toHaveText(['Wren Castellano']);
  await expectAccessible(page, 'caseload search');

  await page.getByLabel('Search by name').fill('nobody-by-this-name');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { name: 'No clients match “nobody-by-this-name”' })).toBeVisible();
});

test('a therapist discharges a client with a reason, and can open the record again', async ({ page, signInAs }) => {
  await signInAs('therapistA');
  await page.getByRole('link', { name: 'Add a client' }).click();
  await page.getByLabel('Name').fill('Ellis Farrow');
  await page.getByLabel('Intake date').fill('2026-06-01');
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ellis Farrow' })).toBeVisible();

  // Discharge is out of the way on the profile, behind its own disclosure.
  await expect(page.getByRole('button', { name: 'Discharge Ellis Farrow' })).toBeHidden();
  await page.getByText('Discharge Ellis Farrow…').click();

  // No reason: an error next to the field, and the client stays active.
  await page.getByRole('button', { name: 'Discharge Ellis Farrow' }).click();
  await expect(fieldError(page, 'Say why, in a few words: it stays on the record.')).toBeVisible();
  await expect(page.getByLabel('Reason for discharge')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'discharge with no reason');

  await page.getByLabel('Reason for discharge').fill('Goals met; planned ending.');
  await page.getByRole('button', { name: 'Discharge Ellis Farrow' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Discharged' })).toBeVisible();
  await expect(page.getByText(/Discharged .* by Sam Whitfield: “Goals met; planned ending.”/)).toBeVisible();
  await expectAccessible(page, 'discharged client');

  await page.getByLabel('Reason for re-opening').fill('Back for a few more sessions.');
  await page.getByRole('button', { name: 'Re-open the record' }).click();
  await expect(page.getByText(/Re-opened .* by Sam Whitfield: “Back for a few more sessions.”/)).toBeVisible();
  await expect(page.getByText('Discharge Ellis Farrow…')).toBeVisible();
});

test('a stale edit of a client profile is refused and the newer values are shown', async ({
  browser,
  page,
  signInAs,
}) => {
  await signInAs('therapistA');
  // Opening a client lands on their goals; the profile is a tab away.
  await page.getByRole('link', { name: 'Maya Thompson' }).click();
  await page.waitForURL(/\/clients\/[^/]+\/plan$/);
  await expect(page.getByRole('link', { name: 'Goals and plan' })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page, 'client opened on goals and plan');
  await page.getByRole('navigation', { name: 'Client record' }).getByRole('link', { name: 'Profile' }).click();
  await page.waitForURL(/\/clients\/[^/]+$/);
  const recordUrl = page.url();

  // The same therapist in a second window loads the same record before the first one saves.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto('/sign-in');
  await otherPage.getByLabel('Email').fill('sam.whitfield@riverside.example');
  await otherPage.getByLabel('Password').fill('accord-demo-2026');
  await otherPage.getByRole('button', { name: 'Sign in' }).click();
  await otherPage.waitForURL(/\/caseload/);
  await otherPage.goto(recordUrl);
  await expect(otherPage.getByRole('heading', { level: 1, name: 'Maya Thompson' })).toBeVisible();

  await page.getByLabel('Pronouns').fill('they/them');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();

  await otherPage.getByLabel('Name').fill('Maya T. Overwritten');
  await otherPage.getByRole('button', { name: 'Save profile' }).click();
  await expect(otherPage.getByRole('main').getByRole('alert')).toContainText('Not saved: this profile changed');
  await expect(otherPage.getByRole('main').getByRole('alert')).toContainText('Name: Maya T. Overwritten');
  await expect(otherPage.getByLabel('Pronouns')).toHaveValue('they/them');
  await expect(otherPage.getByLabel('Name')).toHaveValue('Maya Thompson');
  await expectAccessible(otherPage, 'stale edit conflict');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Maya Thompson' })).toBeVisible();
  await other.close();
});
