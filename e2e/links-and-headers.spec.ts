import { type APIRequestContext, type Page } from '@playwright/test';
import { isReminder, linkFromLatestMail, mailLog } from './support/mail';
import { baseURL } from './support/run-config';
import { expect, expectAccessible, PEOPLE, readFixture, signIn, test } from './support/fixtures';

/**
 * ADR 13: links in emails never come from request headers, an administrator never gets a link
 * into a client's account, and every response carries a nonce'd Content-Security-Policy.
 */

interface CapturedPost {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** Lets the browser build the "forgot password" server-action request, and captures it instead of sending it. */
async function captureForgotPasswordPost(page: Page, email: string): Promise<CapturedPost> {
  let captured: CapturedPost | undefined;
  await page.route('**/forgot-password', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.continue();
    captured = {
      url: request.url(),
      headers: await request.allHeaders(),
      body: request.postDataBuffer() ?? Buffer.alloc(0),
    };
    await route.abort();
  });
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect.poll(() => captured !== undefined, { message: 'the forgot-password request' }).toBe(true);
  await page.unroute('**/forgot-password');
  return captured!;
}

/** Sends the captured request again as a script would, with the headers an attacker chooses. */
async function replayWithHeaders(request: APIRequestContext, post: CapturedPost, forged: Record<string, string>) {
  const keep = Object.fromEntries(
    Object.entries(post.headers).filter(
      ([name]) => !['host', 'origin', 'referer', 'content-length', 'cookie'].includes(name.toLowerCase()),
    ),
  );
  return request.post(post.url, { headers: { ...keep, ...forged }, data: post.body, maxRedirects: 0 });
}

test('a forgot-password request with a forged Host or X-Forwarded-Host mails a link to APP_URL', async ({
  page,
  request,
}) => {
  const cases: { email: string; forged: Record<string, string> }[] = [
    { email: 'jonah.price@riverside.example', forged: { host: 'evil.example', origin: 'http://evil.example' } },
    {
      email: 'miguel.santos@riverside.example',
      forged: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', origin: 'https://evil.example' },
    },
  ];
  for (const { email, forged } of cases) {
    const post = await captureForgotPasswordPost(page, email);
    expect(post.headers['next-action'], 'a server-action request').toBeTruthy();
    const sentAt = new Date();
    const response = await replayWithHeaders(request, post, forged);
    expect(response.status(), `the forged request for ${email} was accepted and handled`).toBe(200);
    const link = await linkFromLatestMail(email, sentAt);
    expect(link).toMatch(new RegExp(`^${baseURL}/reset-password/[A-Za-z0-9_-]{43}$`));
    expect(mailLog().filter((mail) => mail.text.includes('evil.example'))).toEqual([]);
  }
});

test('an administrator cannot obtain a link into a client’s account', async ({ page }) => {
  const fixture = readFixture();
  const clientUserId = fixture.userIdsByEmail[PEOPLE.clientA]!;
  const staffUserId = fixture.userIdsByEmail['tom.becker@riverside.example']!;
  await signIn(page, PEOPLE.admin);

  // The client's person page offers no reset link, and says how a client gets back in.
  await page.goto(`/admin/people/${clientUserId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan Ellis' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send a password reset link' })).toHaveCount(0);
  await expect(page.getByText('Clients choose a new password themselves with “Forgot your password?”')).toBeVisible();
  await expectAccessible(page, 'a client’s person page for an admin');

  // Replaying the staff form with the client's id is refused, and nothing is sent to the client.
  const since = new Date();
  await page.goto(`/admin/people/${staffUserId}`);
  await page
    .locator('input[type=hidden][name=userId]')
    .first()
    .evaluate((input, id) => ((input as HTMLInputElement).value = id), clientUserId);
  await page.getByRole('button', { name: 'Send a password reset link' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'We could not find that record.' })).toBeVisible();
  await expect(page.getByLabel(/^Link for/)).toHaveCount(0);
  expect(
    mailLog().filter((mail) => mail.to === PEOPLE.clientA && new Date(mail.at) >= since && !isReminder(mail)),
  ).toEqual([]);
  await expectAccessible(page, 'person page after a refused reset');

  // The same form for the staff member still works: the link goes to their inbox, not the page.
  await page.reload();
  const sentAt = new Date();
  await page.getByRole('button', { name: 'Send a password reset link' }).click();
  await expect(page.getByText('We emailed a password reset link to tom.becker@riverside.example.')).toBeVisible();
  expect(await linkFromLatestMail('tom.becker@riverside.example', sentAt)).toMatch(
    new RegExp(`^${baseURL}/reset-password/`),
  );
});

test('every page gets a fresh nonce in its Content-Security-Policy, and no HSTS over plain http', async ({ page }) => {
  const first = await page.request.get('/sign-in');
  const second = await page.request.get('/sign-in');
  const policy = first.headers()['content-security-policy'] ?? '';
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  expect(policy).not.toContain('unsafe-eval');
  expect(second.headers()['content-security-policy']).not.toContain(nonce!);
  // Next puts the nonce on every script it renders.
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  // APP_URL is http:// here: no Strict-Transport-Security.
  expect(first.headers()['strict-transport-security']).toBeUndefined();

  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
