import type { Page } from '@playwright/test';
import { expect, expectErrorSummary, PEOPLE, readFixture, signIn, test } from './support/fixtures';

/**
 * A refused submit, on every kind of form (issue 17): every problem is marked in one round, and
 * focus moves to the error summary at the top, which links to each field. Refused submits
 * change nothing, so these run on the journey's own client (Fern Forms) and on empty forms.
 */

const GRACE = 'grace.liu@riverside.example';

// Each test visits several pages and runs axe on each refused form: give them room on a slow machine.
test.describe.configure({ timeout: 240_000 });

async function refuse(page: Page, button: string, context: string): Promise<string[]> {
  await page.getByRole('button', { name: button, exact: true }).click();
  return expectErrorSummary(page, context);
}

test('the check-in marks an empty clarity, an empty ORS item and an out-of-range ORS mark in one round', async ({
  page,
}) => {
  const { formsJourney: journey } = readFixture();
  await signIn(page, journey.clientEmail);
  await page.goto('/portal/check-in');
  await page
    .getByRole('radiogroup', { name: /^How close are you to reaching this goal\?/ })
    .getByText('6', { exact: true })
    .click();
  const ors = page.getByRole('region', { name: 'How have things been this past week?' });
  const orsFields = ors.getByRole('spinbutton');
  await orsFields.nth(0).fill('5');
  await orsFields.nth(1).fill('12');
  await orsFields.nth(2).fill('4');
  const problems = await refuse(page, 'Send to Grace Liu', 'check-in');
  expect(problems).toEqual(
    expect.arrayContaining([
      'Choose how clear this goal is, or save for later.',
      'Enter a number from 0.0 to 10.0.',
      'Answer this question, or save for later and come back to it.',
    ]),
  );
  // The link takes the keyboard to the question.
  await page.getByRole('link', { name: 'Choose how clear this goal is, or save for later.' }).click();
  await expect(
    page
      .getByRole('radiogroup', { name: /^How clear is this goal to you\?/ })
      .getByRole('radio')
      .first(),
  ).toBeFocused();
});

test('sign-in and the account forms', async ({ page }) => {
  await page.goto('/sign-in');
  expect(await refuse(page, 'Sign in', 'sign-in')).toEqual(['Enter your email address.', 'Enter your password.']);
  await signIn(page, PEOPLE.therapistB);
  await page.goto('/account');
  expect((await refuse(page, 'Change password', 'change password')).length).toBeGreaterThanOrEqual(2);
});

test('a therapist’s forms: client, profile, goal, session and goal attainment levels', async ({ page }) => {
  const { formsJourney: journey } = readFixture();
  await signIn(page, GRACE);
  await page.goto('/clients/new');
  await refuse(page, 'Add client', 'new client');

  await page.goto(`/clients/${journey.clientId}`);
  await page.getByLabel('Name', { exact: true }).fill('');
  await refuse(page, 'Save profile', 'client profile');

  await page.goto(`/clients/${journey.clientId}/goals/new`);
  await refuse(page, 'Propose this goal', 'new goal');

  await page.goto(`/clients/${journey.clientId}/sessions`);
  // The form comes filled in (a suggested time, 50 minutes): empty both to be refused.
  await page.getByLabel('Date and time').fill('');
  await page.getByLabel('Length in minutes').fill('');
  expect((await refuse(page, 'Book session', 'book a session')).length).toBe(2);

  await page.goto(`/clients/${journey.clientId}/sessions/${journey.pastSessionId}`);
  await page.getByText('Describe the five levels').click();
  expect((await refuse(page, 'Save levels', 'goal attainment levels')).length).toBe(5);
});

test('an administrator’s forms: staff invitation and settings', async ({ page }) => {
  await signIn(page, PEOPLE.otherOrgAdmin);
  await page.goto('/admin/invitations');
  await refuse(page, 'Send invitation', 'staff invitation');
  await page.goto('/admin/settings');
  await page.getByLabel('Minimum goals per plan').fill('0');
  await page.getByLabel('Review cadence (days)').fill('soon');
  expect((await refuse(page, 'Save settings', 'settings')).length).toBe(2);
});
