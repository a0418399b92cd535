import { expect, expectAccessible, readFixture, test } from './support/fixtures';
import { reminderMail } from './support/mail';
import { DEMO_PASSWORD } from '../lib/demo/demo-people';

/*
 * Reminders (issue 13): the job queue in the web process emails Rowan Reminder, who has a
 * session in 3 days, that the check-in is open. The link leads through sign-in to that
 * check-in; the unsubscribe link works without signing in, and a tampered one changes nothing.
 */

test('the check-in-open email leads to the check-in; its unsubscribe link works without signing in', async ({
  page,
}) => {
  const { clientEmail, therapySessionId } = readFixture().remindersJourney;
  const mail = await reminderMail(clientEmail, 'Your check-in is open');
  expect(mail.text).toContain('You have a check-in waiting before your session on');
  for (const clinical of [/goal/i, /score/i, /PHQ/i, /risk/i, /Rowan/])
    expect(`${mail.subject}\n${mail.text}\n${mail.html ?? ''}`).not.toMatch(clinical);
  expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

  // The link, signed out: sign in first, then straight to that check-in.
  const checkInLink = mail.text.match(/https?:\/\/\S+\/portal\/check-in\?session=\S+/)![0];
  expect(checkInLink).toContain(therapySessionId);
  await page.goto(checkInLink);
  await expect(page).toHaveURL(/\/sign-in/);
  await expectAccessible(page, 'sign-in from a reminder');
  await page.getByLabel('Email').fill(clientEmail);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(
    (url) => url.pathname === '/portal/check-in' && url.searchParams.get('session') === therapySessionId,
  );
  await expect(page.getByRole('heading', { name: /^Before your session on/ })).toBeVisible();
  await expectAccessible(page, 'the check-in from a reminder');

  // Signed out again: a tampered link says so and changes nothing.
  await page.context().clearCookies();
  const unsubscribeLink = mail.text.match(/Stop these emails: (\S+)/)![1]!;
  await page.goto(unsubscribeLink.replace('check-in-open', 'session'));
  await expect(page.getByRole('alert').filter({ hasText: 'This unsubscribe link is not valid' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop these emails' })).toHaveCount(0);
  await expectAccessible(page, 'a tampered unsubscribe link');

  // The real one: opening it changes nothing until the button is pressed.
  await page.goto(unsubscribeLink);
  await expect(page.getByText('when a check-in opens before a session')).toBeVisible();
  await expectAccessible(page, 'the unsubscribe page');
  await page.getByRole('button', { name: 'Stop these emails' }).click();
  await expect(
    page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: 'you will not get these emails any more' }),
  ).toBeVisible();

  // Signed in, the portal shows that kind off and the tampered link's kind still on.
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(clientEmail);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.goto('/portal/reminders');
  await expect(page.getByLabel('When a check-in opens before a session')).not.toBeChecked();
  await expect(page.getByLabel('Session reminder with a calendar file')).toBeChecked();
  await expect(page.getByLabel('A weekly nudge to tick off steps')).not.toBeChecked();
  await expectAccessible(page, 'reminder choices');
});

test('the admin sees the reminder went out (never its content); the therapist sees when on the client page', async ({
  page,
}) => {
  const { clientEmail } = readFixture().remindersJourney;
  await reminderMail(clientEmail, 'Your check-in is open');
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('admin@riverside.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  // Newest first, 25 a page: the demo clinic's reminders went out at the same start.
  const row = page
    .getByRole('row')
    .filter({ hasText: clientEmail })
    .filter({ hasText: 'When a check-in opens before a session' });
  for (let n = 1; n <= 8; n++) {
    await page.goto(`/admin/emails?page=${n}`);
    if ((await row.count()) > 0) break;
  }
  await expect(row.getByText('Sent', { exact: true })).toBeVisible();
  await expect(page.getByText('You have a check-in waiting')).toHaveCount(0);
  await expectAccessible(page, 'emails sent');

  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('grace.liu@riverside.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.goto('/caseload');
  const href = (await page.getByRole('link', { name: 'Rowan Reminder' }).first().getAttribute('href')) ?? '';
  // The client's profile page (the caseload links to their goals).
  await page.goto(`/clients/${/\/clients\/([0-9a-f-]{36})/.exec(href)![1]}`);
  await expect(page.getByTestId('last-reminder')).toContainText('Last reminder emailed');
  await expectAccessible(page, 'client page with the last reminder');
});
