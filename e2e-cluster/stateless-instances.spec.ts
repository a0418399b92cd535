import type { BrowserContext, Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../lib/demo/demo-people';
import { expect, expectAccessible, readFixture, test } from '../e2e/support/fixtures';
import { clusterAddresses } from './run-config';

/**
 * Stateless instances (issue 16, ADR 0021): whatever instance a request lands on, it answers the
 * same. A person signs in on one instance, and the forms that instance renders are posted to the
 * other (a goal edit, a check-in, signing out), as a round-robin balancer with no sticky sessions
 * would send them. Once signed out, a copy of the old cookie is refused by every instance.
 */

const GRACE = 'grace.liu@riverside.example';
const NEW_WORDING = 'Walk to the shop and back four times a week';

/**
 * Every server-action POST of a page rendered by one instance goes to the next instance instead,
 * with the Host the browser used (what a balancer in front of both passes on). Returns the
 * instances that answered them.
 */
async function postActionsToTheOtherInstance(context: BrowserContext, urls: string[]): Promise<string[]> {
  const answeredBy: string[] = [];
  for (const [index, from] of urls.entries()) {
    const to = urls[(index + 1) % urls.length]!;
    await context.route(`${from}/**`, async (route) => {
      const request = route.request();
      if (request.method() !== 'POST' || !request.headers()['next-action']) return route.continue();
      const target = new URL(request.url());
      target.port = new URL(to).port;
      answeredBy.push(to);
      await route.continue({
        url: target.toString(),
        headers: { ...request.headers(), 'x-forwarded-host': new URL(from).host },
      });
    });
  }
  return answeredBy;
}

async function signInAt(page: Page, origin: string, email: string): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

test('the balancer alternates between the instances, with no sticky sessions', async ({ request }) => {
  const { balancerUrl, instances } = clusterAddresses();
  const answeredBy: string[] = [];
  for (let i = 0; i < 6; i++) {
    const response = await request.get(`${balancerUrl}/api/health`);
    expect(response.status()).toBe(200);
    answeredBy.push(response.headers()['x-accord-instance'] ?? 'none');
  }
  expect(new Set(answeredBy)).toEqual(new Set(instances.map((instance) => instance.name)));
  for (let i = 1; i < answeredBy.length; i++) expect(answeredBy[i]).not.toBe(answeredBy[i - 1]);
});

test('signed in on one instance, acting on the other: a check-in and a goal edit saved; after sign-out both refuse the old cookie', async ({
  browser,
}) => {
  const { balancerUrl, instances } = clusterAddresses();
  const [first, second] = instances.map((instance) => instance.url) as [string, string];
  const { draftsJourney: journey } = readFixture();

  // The client signs in on the second instance; the check-in it renders is saved by the first.
  const phone = await browser.newContext();
  const client = await phone.newPage();
  await signInAt(client, second, journey.clientEmail);
  const clientActions = await postActionsToTheOtherInstance(phone, [first, second]);
  await client.goto(`${second}/portal/check-in`);
  const checkIn = client.getByRole('region', { name: /^Before your session on/ });
  await expect(checkIn).toBeVisible();
  await expectAccessible(client, 'check-in rendered by the second instance');
  await client
    .getByRole('radiogroup', { name: /^How close are you to reaching this goal\?/ })
    .getByText('6', { exact: true })
    .click();
  // The answer is saved as a draft a moment later, by a server action.
  await expect(checkIn.getByTestId('draft-status')).toHaveText('Saved');
  expect(clientActions.length).toBeGreaterThan(0);
  expect(new Set(clientActions)).toEqual(new Set([first]));
  await phone.close();

  // The therapist signs in on the first instance and sees the saved answer there.
  const desk = await browser.newContext();
  const staff = await desk.newPage();
  await signInAt(staff, first, GRACE);
  const staffActions = await postActionsToTheOtherInstance(desk, [first, second]);
  await staff.goto(`${first}/clients/${journey.clientId}/sessions/${journey.therapySessionId}`);
  const ratings = staff.getByRole('table', { name: 'Progress and clarity ratings at this session' });
  await expect(ratings.getByRole('row', { name: new RegExp(journey.goalWording) })).toContainText('6 (draft)');

  // A goal edit rendered by the first instance, saved by the second.
  await staff.goto(`${first}/clients/${journey.clientId}/plan`);
  await staff.getByRole('link', { name: journey.goalWording, exact: true }).click();
  await staff.getByRole('link', { name: 'Revise the wording' }).click();
  await expect(staff).toHaveURL(new RegExp(`^${first}/clients/${journey.clientId}/goals/[0-9a-f-]+/edit$`));
  const goalId = new URL(staff.url()).pathname.split('/')[4]!;
  await expectAccessible(staff, 'goal edit rendered by the first instance');
  await staff.getByLabel('Goal, in the client’s own words').fill(NEW_WORDING);
  await staff.getByRole('button', { name: 'Save new version' }).click();
  await expect(staff.getByText('New version saved.', { exact: false })).toBeVisible();
  expect(new Set(staffActions)).toEqual(new Set([second]));
  // Both instances, and the balancer, read the new version.
  for (const origin of [first, second, balancerUrl]) {
    await staff.goto(`${origin}/clients/${journey.clientId}/goals/${goalId}`);
    await expect(staff.getByRole('heading', { level: 1, name: NEW_WORDING })).toBeVisible();
  }

  // A copy of the cookie works on every instance before signing out…
  const copied = await desk.cookies();
  const replay = await browser.newContext();
  await replay.addCookies(copied);
  for (const origin of [first, second]) {
    const exported = await replay.request.get(`${origin}/caseload/export`, { maxRedirects: 0 });
    expect(exported.status(), `export on ${origin} before signing out`).toBe(200);
  }

  // …signing out on a page the second instance rendered, sent to the first…
  await staff.goto(`${second}/caseload`);
  await staff.getByRole('button', { name: 'Sign out' }).click();
  await expect(staff).toHaveURL(/\/sign-in/);
  expect(staffActions.at(-1)).toBe(first);

  // …and afterwards the copy is refused by both instances and through the balancer.
  for (const origin of [first, second, balancerUrl]) {
    const exported = await replay.request.get(`${origin}/caseload/export`, { maxRedirects: 0 });
    expect(exported.status(), `export on ${origin} after signing out`).toBe(303);
    expect(exported.headers()['location']).toMatch(/\/sign-in$/);
    const page = await replay.newPage();
    await page.goto(`${origin}/caseload`);
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole('heading', { level: 1, name: 'Your caseload' })).toHaveCount(0);
    await page.close();
  }
  await replay.close();
  await desk.close();
});
