import path from 'node:path';
import { linkFromLatestMail } from './support/mail';
import { baseURL } from './support/run-config';
import { expect, expectAccessible, fieldError, PEOPLE, signIn, test } from './support/fixtures';

const SHOTS = '/tmp/people-shots';
const NEW_PASSWORD = 'harbour lantern pebble';

test('a therapist invites a client, who sets a password, accepts the consent and lands in the portal', async ({
  browser,
  page,
}) => {
  await signIn(page, PEOPLE.therapistA);
  await page.getByRole('link', { name: 'Chloe Martin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chloe Martin' })).toBeVisible();
  // A client opens on goals and plan; the portal invitation is on the profile.
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  const portal = page.locator('section', { has: page.getByRole('heading', { name: 'Portal', exact: true }) });

  // Bad input first: an error next to the field, nothing sent.
  await page.getByLabel('Chloe Martin’s email').fill('not an email');
  await page.getByRole('button', { name: 'Invite to the portal' }).click();
  await expect(fieldError(page, 'Enter an email address like name@example.com.')).toBeVisible();
  await page.getByLabel('Chloe Martin’s email').fill(PEOPLE.therapistB);
  await page.getByRole('button', { name: 'Invite to the portal' }).click();
  await expect(fieldError(page, 'That email address already belongs to an account.')).toBeVisible();
  await expectAccessible(page, 'client record with invitation errors');

  const invitedAt = new Date();
  await page.getByLabel('Chloe Martin’s email').fill('Chloe.Martin@Client.example');
  await page.getByRole('button', { name: 'Invite to the portal' }).click();
  // The link goes to the client's inbox only (the test server's mail outbox), never to the page (ADR 13).
  await expect(page.getByText('We emailed an invitation to chloe.martin@client.example.')).toBeVisible();
  await expect(page.getByLabel('Link for chloe.martin@client.example')).toHaveCount(0);
  await expectAccessible(page, 'client record with invitation sent');
  await page.screenshot({ path: path.join(SHOTS, 'client-record-invitation-link.png'), fullPage: true });
  const shownLink = await linkFromLatestMail('chloe.martin@client.example', invitedAt);
  expect(shownLink).toMatch(new RegExp(`^${baseURL}/invite/[A-Za-z0-9_-]{43}$`));
  await page.reload();
  await expect(portal.getByText('Invited as')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resend invitation to chloe.martin@client.example' })).toBeVisible();

  // The client opens the link on their own phone.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const client = await phone.newPage();
  await client.goto(new URL(shownLink).pathname);
  await expect(client.getByRole('heading', { level: 1, name: 'Welcome, Chloe Martin' })).toBeVisible();
  await expectAccessible(client, 'invitation page');
  await client.screenshot({ path: path.join(SHOTS, 'invite-phone.png'), fullPage: true });

  await client.getByLabel('Choose a password').fill('short');
  await client.getByLabel('Type it again').fill('different');
  await client.getByRole('button', { name: 'Set password and continue' }).click();
  await expect(fieldError(client, 'Your password needs at least 12 characters.')).toBeVisible();
  await expect(fieldError(client, 'The two passwords are not the same.')).toBeVisible();
  await client.getByLabel('Choose a password').fill('qwerty123456');
  await client.getByLabel('Type it again').fill('qwerty123456');
  await client.getByRole('button', { name: 'Set password and continue' }).click();
  await expect(fieldError(client, 'That password is on a list of commonly used passwords.')).toBeVisible();
  await expectAccessible(client, 'invitation page with errors');

  await client.getByLabel('Choose a password').fill(NEW_PASSWORD);
  await client.getByLabel('Type it again').fill(NEW_PASSWORD);
  await client.getByRole('button', { name: 'Set password and continue' }).click();

  // Nothing in the portal opens before the consent.
  await client.waitForURL(/\/portal\/consent$/);
  await expect(client.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
  await expect(
    client.getByText('your therapist, and by your therapist’s clinical supervisor', { exact: false }),
  ).toBeVisible();
  await expect(client.getByText('Nobody watches your answers as you send them.', { exact: false })).toBeVisible();
  await expect(client.getByText('Samaritans')).toBeVisible();
  await expectAccessible(client, 'consent page');
  await client.screenshot({ path: path.join(SHOTS, 'consent-phone.png'), fullPage: true });
  await client.goto('/portal');
  await expect(client).toHaveURL(/\/portal\/consent$/);
  await client.goto('/account');
  await expect(client).toHaveURL(/\/portal\/consent$/);

  await client.getByRole('button', { name: 'Agree and continue' }).click();
  await expect(fieldError(client, 'Tick the box to say you have read this and agree.')).toBeVisible();
  await expectAccessible(client, 'consent page with error');
  await client.getByLabel('I have read this and I agree').check();
  await client.getByRole('button', { name: 'Agree and continue' }).click();
  await client.waitForURL(/\/portal$/);
  await expect(client.getByRole('heading', { level: 1, name: 'Hello, Chloe' })).toBeVisible();
  await expectAccessible(client, 'portal home after consent');

  // The link worked once.
  await client.goto(new URL(shownLink).pathname);
  await expect(client.getByText('You are signed in as Chloe Martin')).toBeVisible();
  await expectAccessible(client, 'invitation opened while signed in');
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(new URL(shownLink).pathname);
  await expect(strangerPage.getByRole('heading', { name: 'This link has already been used' })).toBeVisible();
  await expectAccessible(strangerPage, 'used invitation link');
  await strangerPage.goto(`${new URL(shownLink).pathname.slice(0, -2)}xx`);
  await expect(strangerPage.getByRole('heading', { name: 'This link doesn’t work' })).toBeVisible();
  await stranger.close();

  // The therapist's record now shows the client on the portal.
  await page.reload();
  await expect(page.getByText('This client has signed up to the portal.')).toBeVisible();
  await phone.close();
});

test('an admin invites a colleague, and can resend or revoke a waiting invitation', async ({ page }) => {
  await signIn(page, PEOPLE.admin);
  await page.getByRole('link', { name: 'Invitations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invitations' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Tess Okonkwo/ })).toBeVisible();
  await expectAccessible(page, 'invitations');

  await page.getByLabel('Name').fill('<b>Bold</b>');
  await page.getByLabel('Email').fill('');
  await page.getByRole('button', { name: 'Send invitation', exact: true }).click();
  await expect(fieldError(page, "Name can't contain < or >.")).toBeVisible();
  await expect(fieldError(page, 'Enter their email address.')).toBeVisible();
  await expectAccessible(page, 'invitations with errors');

  await page.getByLabel('Name').fill('Rowan Ellery');
  await page.getByLabel('Email').fill('rowan.ellery@riverside.example');
  await page.getByLabel('Role').selectOption('supervisor');
  const invitedAt = new Date();
  await page.getByRole('button', { name: 'Send invitation', exact: true }).click();
  await expect(page.getByText('We emailed an invitation to rowan.ellery@riverside.example.')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'admin-invitations.png'), fullPage: true });
  const firstLink = await linkFromLatestMail('rowan.ellery@riverside.example', invitedAt);

  // Resending makes a new link; the first one stops working.
  await page.reload();
  const row = page.getByRole('row', { name: /Rowan Ellery/ });
  const resentAt = new Date();
  await row.getByRole('button', { name: 'Resend invitation to rowan.ellery@riverside.example' }).click();
  await expect(row.getByText('We emailed a new invitation to rowan.ellery@riverside.example.')).toBeVisible();
  const secondLink = await linkFromLatestMail('rowan.ellery@riverside.example', resentAt);
  expect(secondLink).not.toBe(firstLink);

  const visitor = await page.context().browser()!.newContext();
  const visit = await visitor.newPage();
  await visit.goto(new URL(firstLink).pathname);
  await expect(visit.getByRole('heading', { name: 'This link doesn’t work' })).toBeVisible();
  await visit.goto(new URL(secondLink).pathname);
  await expect(visit.getByRole('heading', { level: 1, name: 'Welcome, Rowan Ellery' })).toBeVisible();

  await page.reload();
  await page
    .getByRole('row', { name: /Rowan Ellery/ })
    .getByRole('button', { name: 'Revoke invitation to rowan.ellery@riverside.example' })
    .click();
  // Revoked invitations leave the waiting list.
  await expect(page.getByRole('row', { name: /Rowan Ellery/ })).toHaveCount(0);
  await visit.reload();
  await expect(visit.getByRole('heading', { name: 'This link has been withdrawn' })).toBeVisible();
  await expectAccessible(visit, 'revoked invitation');
  await visitor.close();
});
