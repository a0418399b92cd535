import type { Page } from '@playwright/test';
import { expect, expectAccessible, PEOPLE, readFixture, signIn, test } from './support/fixtures';

/**
 * A check-in that loses nothing on a phone with a bad connection (issue 10, ADR 10): answers are
 * kept as the client goes — closing the page loses nothing — and answers given offline are sent
 * when the connection returns, for the therapist to see. A step ticked offline arrives too.
 */

const GRACE = 'grace.liu@riverside.example';
const OFFLINE = "You're offline — your answers are kept on this phone and will be sent when you're back online";

const goalScale = (page: Page, question: RegExp) => page.getByRole('radiogroup', { name: question });
const phq9Item = (page: Page, item: number) =>
  page
    .getByRole('region', { name: 'How you have been feeling (PHQ-9)' })
    .getByRole('radiogroup', { name: new RegExp(`^${item}\\. `) });
const status = (page: Page) =>
  page.getByRole('region', { name: /^Before your session on/ }).getByTestId('draft-status');

test('answers are kept as the client goes, and given offline they are sent when back online', async ({ browser }) => {
  test.setTimeout(300_000);
  const { draftsJourney: journey } = readFixture();
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  let client = await phone.newPage();
  await signIn(client, journey.clientEmail);

  // Part of the check-in, saved a few seconds after the last answer.
  await client.goto('/portal/check-in');
  await expect(client.getByRole('heading', { name: /^Before your session on/ })).toBeVisible();
  await goalScale(client, /^How close are you to reaching this goal\?/)
    .getByText('6', { exact: true })
    .click();
  await phq9Item(client, 1).getByText('Several days', { exact: true }).click();
  await expect(status(client)).toHaveText('Saved');
  await expectAccessible(client, 'check-in, answers saved as a draft');

  // One more answer, and the page is closed at once, before the draft is saved: the phone kept it.
  await goalScale(client, /^How clear is this goal to you\?/)
    .getByText('4', { exact: true })
    .click();
  await client.close();
  client = await phone.newPage();
  await client.goto('/portal/check-in');
  await expect(
    goalScale(client, /^How close are you to reaching this goal\?/).getByRole('radio', { name: /^6/ }),
  ).toBeChecked();
  await expect(phq9Item(client, 1).getByRole('radio', { name: 'Several days' })).toBeChecked();
  await expect(goalScale(client, /^How clear is this goal to you\?/).getByRole('radio', { name: /^4/ })).toBeChecked();
  // Put back from the phone, and sent.
  await expect(status(client)).toHaveText('Saved');

  // Offline: the answers stay on the phone, and the client is told so.
  await phone.setOffline(true);
  await phq9Item(client, 2).getByText('More than half the days', { exact: true }).click();
  await expect(status(client)).toHaveText(OFFLINE);
  await expectAccessible(client, 'check-in offline');
  // "Save for later" offline keeps them too, instead of failing.
  await client.getByRole('button', { name: 'Save for later' }).click();
  await expect(status(client)).toHaveText(OFFLINE);

  // Back online: sent, and saved.
  await phone.setOffline(false);
  await expect(status(client)).toHaveText('Saved');
  await expectAccessible(client, 'check-in saved after coming back online');

  // The therapist sees the answers (a draft, not sent yet).
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, GRACE);
  await staff.goto(`/clients/${journey.clientId}/sessions/${journey.therapySessionId}`);
  const ratings = staff.getByRole('table', { name: 'Progress and clarity ratings at this session' });
  await expect(ratings.getByRole('row', { name: new RegExp(journey.goalWording) })).toContainText('6 (draft)');
  await expect(ratings.getByRole('row', { name: new RegExp(journey.goalWording) })).toContainText('4 of 5');
  const phq9 = staff.getByRole('heading', { name: /^PHQ-9: unfinished, 2 of 9 answered · draft, not sent yet$/ });
  await expect(phq9).toBeVisible();
  await expectAccessible(staff, 'session page with the client draft');
  await staff.context().close();

  await phone.close();
});

test('offline answers survive a sign-out; another person on the same phone never sends them; the same person signing in does', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const { draftsJourney: journey } = readFixture();
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  const kept = () => page.evaluate(() => Object.keys(localStorage).filter((name) => name.startsWith('accord.drafts.')));
  await signIn(page, journey.clientEmail);
  await page.goto('/portal/check-in');
  await phone.setOffline(true);
  await phq9Item(page, 3).getByText('Nearly every day', { exact: true }).click();
  await expect(status(page)).toHaveText(OFFLINE);
  const [entry, ...others] = await kept();
  expect(others).toEqual([]);
  // Stored encrypted: none of the answer's words or numbers are readable on the phone.
  expect(await page.evaluate((name) => localStorage.getItem(name), entry!)).not.toMatch(/phq9|Nearly|"3"/);

  // Signed out while offline (an idle time-out); someone else signs in on the same phone.
  await phone.clearCookies();
  await phone.setOffline(false);
  await signIn(page, PEOPLE.clientB);
  await page.goto('/portal/check-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Check in' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Nearly every day', checked: true })).toHaveCount(0);
  expect(await kept()).toEqual([entry]); // not sent under their name (it would have been refused and deleted)
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/sign-in/);

  // The same person signs in again: the answer is sent, and the phone's copy deleted.
  await signIn(page, journey.clientEmail);
  await expect(
    page.getByRole('status').filter({ hasText: 'Check-in answers kept on this phone were sent and saved.' }),
  ).toBeVisible();
  await expectAccessible(page, 'portal home after kept answers were sent');
  expect(await kept()).toEqual([]);
  await page.goto('/portal/check-in');
  await expect(phq9Item(page, 3).getByRole('radio', { name: 'Nearly every day' })).toBeChecked();
  await phone.close();
});

test('a step ticked off offline arrives when back online, once', async ({ browser }) => {
  test.setTimeout(300_000);
  const { draftsJourney: journey } = readFixture();
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const client = await phone.newPage();
  await signIn(client, journey.clientEmail);
  // A step ticked off offline arrives when back online, once.
  await client.goto('/portal/steps');
  await expect(client.getByText('0 of 3 done this week')).toBeVisible();
  await phone.setOffline(true);
  await client.getByLabel('Note').fill('To the corner shop');
  await client.getByRole('button', { name: 'Mark as done' }).click();
  // Pressed twice before it could be sent: still one tick.
  await client.getByRole('button', { name: 'Mark as done' }).click();
  await expect(
    client.getByText("You're offline — this is kept on this phone and will be sent when you're back online"),
  ).toBeVisible();
  await expectAccessible(client, 'steps, a tick kept offline');
  await phone.setOffline(false);
  await expect(client.getByText('Sent. Well done, that is marked as done.')).toBeVisible();
  await expect(client.getByText('1 of 3 done this week')).toBeVisible();
  await expect(client.getByText('To the corner shop')).toBeVisible();
  await client.reload();
  await expect(client.getByText('1 of 3 done this week')).toBeVisible();
  await expectAccessible(client, 'steps after the offline tick arrived');
  await phone.close();
});

test('after-session answers (SRS) given offline are kept, sent when back online, and the therapist sees them', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const { draftsJourney: journey } = readFixture();
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const client = await phone.newPage();
  const kept = () =>
    client.evaluate(() => Object.keys(localStorage).filter((name) => name.startsWith('accord.drafts.')));
  const srs = client.getByRole('region', { name: /^How did your session on .* feel\?$/ });
  const srsStatus = srs.getByTestId('draft-status');
  await signIn(client, journey.after.clientEmail);
  await client.goto('/portal/check-in');
  await expect(srs).toBeVisible();

  // Offline: the answers stay on the phone, and the client is told so.
  await phone.setOffline(true);
  await srs.getByLabel('Relationship').fill('7.5');
  await srs.getByLabel('Goals and topics').fill('8');
  await expect(srsStatus).toHaveText(OFFLINE);
  expect(await kept()).toHaveLength(1);
  await expectAccessible(client, 'after-session check-in offline');
  // "Save for later" offline keeps them too, instead of failing.
  await srs.getByRole('button', { name: 'Save for later' }).click();
  await expect(srsStatus).toHaveText(OFFLINE);

  // Back online: sent as a draft, saved, and the phone's copy deleted.
  await phone.setOffline(false);
  await expect(srsStatus).toHaveText('Saved');
  await expectAccessible(client, 'after-session check-in saved after coming back online');
  expect(await kept()).toEqual([]);
  await client.reload();
  await expect(srs.getByLabel('Relationship')).toHaveValue('7.5');
  await expect(srs.getByLabel('Goals and topics')).toHaveValue('8');

  // The therapist sees the answers (a draft, not sent yet).
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, GRACE);
  await staff.goto(`/clients/${journey.after.clientId}/sessions/${journey.after.therapySessionId}`);
  await expect(
    staff.getByRole('heading', { name: /^SRS: unfinished, 2 of 4 answered · draft, not sent yet$/ }),
  ).toBeVisible();
  await staff.getByText('Answers', { exact: true }).click();
  await expect(staff.getByText('Relationship: 7.5')).toBeVisible();
  await expect(staff.getByText('Goals and topics: 8.0')).toBeVisible();
  await expectAccessible(staff, 'session page with the client SRS draft');
  await staff.context().close();
  await phone.close();
});
