import { expect, expectAccessible, fieldError, PEOPLE, signIn, test, type Person } from './support/fixtures';

test('a signed-out visitor to the root is sent to sign in', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in to set and track goals together' })).toBeVisible();
  await expectAccessible(page, 'sign-in');
});

const homes: [Person, RegExp, string][] = [
  ['therapistA', /\/caseload$/, 'Your caseload'],
  ['supervisorOfA', /\/team$/, 'Your team'],
  ['admin', /\/admin$/, 'People'],
  ['clientA', /\/portal$/, 'Hello, Jordan'],
];

for (const [person, url, heading] of homes) {
  test(`${person} signs in and lands on their home`, async ({ page }) => {
    await signIn(page, PEOPLE[person]);
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page, `${person} home`);
  });
}

test('a supervisor lands on the team page, with team risk first and their own caseload one click away', async ({
  page,
}) => {
  await signIn(page, PEOPLE.supervisorOfA);
  await expect(page).toHaveURL(/\/team$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your team' })).toBeVisible();
  // Hannah Schmidt (Aisha Rahman's client) has an open risk flag: it is the first thing on the page.
  const risk = page.getByTestId('team-risk-flags');
  await expect(
    risk.getByRole('heading', { level: 2, name: /^Open risk flags across your team \(\d+\)$/ }),
  ).toBeVisible();
  const hannah = risk.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Hannah Schmidt' }) });
  await expect(hannah).toContainText('Aisha Rahman’s client');
  await expect(hannah).toContainText('PHQ-9 item 9 answered');
  const supervisees = page.getByRole('table').getByRole('rowheader');
  await expect(supervisees).toHaveText(['Aisha Rahman', 'Sam Whitfield', 'Tom Becker', 'Team total']);
  await expectAccessible(page, 'team');

  // The risk links straight to the client, where the flag is at the top.
  await hannah.getByRole('link', { name: 'Hannah Schmidt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hannah Schmidt' })).toBeVisible();
  await expect(page.getByTestId('client-flags-banner')).toContainText('PHQ-9 item 9 answered');
  await expectAccessible(page, 'flagged client from the team page');

  // Their own caseload is one click away.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Caseload' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your caseload' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await page.getByRole('link', { name: 'Sam Whitfield' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Whitfield’s caseload' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Jordan Ellis' })).toBeVisible();
  await expectAccessible(page, 'supervisee caseload');
  // A client opens on goals and plan, read-only for the supervisor; the profile too.
  await page.getByRole('link', { name: 'Jordan Ellis' }).click();
  await expect(
    page.getByText('You are viewing this plan as the supervisor of the treating clinician.', { exact: false }),
  ).toBeVisible();
  await page.getByRole('navigation', { name: 'Client record' }).getByRole('link', { name: 'Profile' }).click();
  await expect(page.getByText('It is read-only for you')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save profile' })).toHaveCount(0);
  await expectAccessible(page, 'client record as supervisor');
});

test('a wrong password gets one plain message and keeps the email', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(PEOPLE.therapistB);
  await page.getByLabel('Password').fill('definitely-wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'That email and password do not match an active account.',
  );
  await expect(page.getByLabel('Email')).toHaveValue(PEOPLE.therapistB);
  await expectAccessible(page, 'sign-in with error');
});

test('an empty sign-in form shows an error next to each field', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(fieldError(page, 'Enter your email address.')).toBeVisible();
  await expect(fieldError(page, 'Enter your password.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, PEOPLE.therapistB);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/caseload');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('after signing in you land on the page that asked for it', async ({ page }) => {
  // A supervisor's home is the team page; asking for their caseload first lands there instead.
  await page.goto('/caseload');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcaseload$/);
  await page.getByLabel('Email').fill(PEOPLE.supervisorOfA);
  await page.getByLabel('Password').fill('accord-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/caseload$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your caseload' })).toBeVisible();
});
