import { expect, expectAccessible, PEOPLE, signIn, test, type Person } from './support/fixtures';

test('a signed-out visitor to the root is sent to sign in', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in to set and track goals together' })).toBeVisible();
  await expectAccessible(page, 'sign-in');
});

const homes: [Person, RegExp, string][] = [
  ['therapistA', /\/caseload$/, 'Your caseload'],
  ['supervisorOfA', /\/caseload$/, 'Your caseload'],
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

test('a supervisor also has a Team page listing their supervisees', async ({ page }) => {
  await signIn(page, PEOPLE.supervisorOfA);
  await page.getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your team' })).toBeVisible();
  const supervisees = page.getByRole('table').getByRole('rowheader');
  await expect(supervisees).toHaveText(['Aisha Rahman', 'Sam Whitfield', 'Tom Becker', 'Team total']);
  await expectAccessible(page, 'team');
  await page.getByRole('link', { name: 'Sam Whitfield' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Whitfield’s caseload' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Jordan Ellis' })).toBeVisible();
  await expectAccessible(page, 'supervisee caseload');
  await page.getByRole('link', { name: 'Jordan Ellis' }).click();
  await expect(page.getByText('It is read-only for you')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save profile' })).toHaveCount(0);
  await expectAccessible(page, 'client record as supervisor');
});

test('a wrong password gets one plain message and keeps the email', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(PEOPLE.therapistB);
  await page.getByLabel('Password').fill('definitely-wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('That email and password do not match an active account.');
  await expect(page.getByLabel('Email')).toHaveValue(PEOPLE.therapistB);
  await expectAccessible(page, 'sign-in with error');
});

test('an empty sign-in form shows an error next to each field', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your email address.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
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
  await page.goto('/team');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fteam$/);
  await page.getByLabel('Email').fill(PEOPLE.supervisorOfA);
  await page.getByLabel('Password').fill('accord-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/team$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your team' })).toBeVisible();
});
