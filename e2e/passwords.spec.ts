import path from 'node:path';
import { isReminder, linkFromLatestMail, mailLog } from './support/mail';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, fieldError, signIn, test } from './support/fixtures';

const SHOTS = '/tmp/people-shots';

/**
 * Puts the demo password back for the signed-in person: later journeys share the demo clinic and
 * sign in as the same people with the demo password.
 */
async function restoreDemoPassword(page: Page, current: string): Promise<void> {
  await page.goto('/account');
  await page.getByLabel('Current password').fill(current);
  await page.getByLabel('New password').fill(DEMO_PASSWORD);
  await page.getByLabel('Type it again').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password is changed.')).toBeVisible();
}
const DEMO_PASSWORD = 'accord-demo-2026';

test('forgot password: the link from the email sets a new password, once', async ({ browser, page }) => {
  const email = 'grace.liu@riverside.example';
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
  await expectAccessible(page, 'forgot password');

  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(fieldError(page, 'Enter your email address.')).toBeVisible();

  // An unknown email gets exactly the same answer, and no email.
  const before = mailLog().filter((m) => !isReminder(m)).length;
  await page.getByLabel('Email').fill('nobody-here@riverside.example');
  await page.getByRole('button', { name: 'Send me a link' }).click();
  const answer = page.getByRole('status').filter({ hasText: 'If an account uses that email address' });
  await expect(answer).toBeVisible();
  const unknownAnswer = await answer.textContent();
  expect(mailLog().filter((m) => m.to === 'nobody-here@riverside.example')).toHaveLength(0);

  const requestedAt = new Date();
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(email.toUpperCase());
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(answer).toBeVisible();
  expect(await answer.textContent()).toBe(unknownAnswer);
  await expectAccessible(page, 'forgot password sent');
  const link = await linkFromLatestMail(email, requestedAt);
  expect(mailLog().filter((m) => !isReminder(m)).length).toBe(before + 1);

  // Grace is signed in elsewhere; the reset will end that sign-in.
  const elsewhere = await browser.newContext();
  const oldDevice = await elsewhere.newPage();
  await signIn(oldDevice, email);

  await page.goto(new URL(link).pathname);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await expectAccessible(page, 'reset password');
  await page.getByLabel('New password').fill(email);
  await page.getByLabel('Type it again').fill(email);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(fieldError(page, 'Your password can’t be your email address.')).toBeVisible();
  await expectAccessible(page, 'reset password with error');
  await page.screenshot({ path: path.join(SHOTS, 'reset-password-error.png'), fullPage: true });

  await page.getByLabel('New password').fill('violet canyon ferry');
  await page.getByLabel('Type it again').fill('violet canyon ferry');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await page.waitForURL(/\/caseload$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your caseload' })).toBeVisible();

  await oldDevice.goto('/caseload');
  await expect(oldDevice).toHaveURL(/\/sign-in/);
  await elsewhere.close();

  // The link worked once; the old password no longer does.
  const other = await browser.newContext();
  const visitor = await other.newPage();
  await visitor.goto(new URL(link).pathname);
  await expect(visitor.getByRole('heading', { name: 'This link has already been used' })).toBeVisible();
  await expectAccessible(visitor, 'used reset link');
  await visitor.goto('/sign-in');
  await visitor.getByLabel('Email').fill(email);
  await visitor.getByLabel('Password').fill(DEMO_PASSWORD);
  await visitor.getByRole('button', { name: 'Sign in' }).click();
  await expect(visitor.getByRole('main').getByRole('alert')).toContainText(
    'That email and password do not match an active account.',
  );
  await signIn(visitor, email, 'violet canyon ferry');
  await expect(visitor).toHaveURL(/\/caseload$/);
  await restoreDemoPassword(visitor, 'violet canyon ferry');
  await other.close();
});

test('changing the password keeps this browser signed in and ends the others; "sign out of all devices" ends every one', async ({
  browser,
  page,
}) => {
  const email = 'aisha.rahman@riverside.example';
  await signIn(page, email);
  const elsewhere = await browser.newContext();
  const otherDevice = await elsewhere.newPage();
  await signIn(otherDevice, email);

  await page.getByRole('link', { name: /Your account/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expectAccessible(page, 'account');
  await page.screenshot({ path: path.join(SHOTS, 'account-staff.png'), fullPage: true });

  await page.getByLabel('Current password').fill('not my password');
  await page.getByLabel('New password').fill('marble orchard kite');
  await page.getByLabel('Type it again').fill('marble orchard kite');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(fieldError(page, 'That is not your current password.')).toBeVisible();
  await expectAccessible(page, 'account with error');

  await page.getByLabel('Current password').fill(DEMO_PASSWORD);
  await page.getByLabel('New password').fill('marble orchard kite');
  await page.getByLabel('Type it again').fill('marble orchard kite');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password is changed.')).toBeVisible();
  await page.goto('/caseload');
  await expect(page.getByRole('heading', { level: 1, name: 'Your caseload' })).toBeVisible();

  await otherDevice.goto('/caseload');
  await expect(otherDevice).toHaveURL(/\/sign-in/);
  await signIn(otherDevice, email, 'marble orchard kite');

  await page.goto('/account');
  await page.getByRole('button', { name: 'Sign out of all devices' }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=everywhere/);
  await expect(page.getByText('You have been signed out on every device.')).toBeVisible();
  await otherDevice.goto('/caseload');
  await expect(otherDevice).toHaveURL(/\/sign-in/);
  await elsewhere.close();

  await signIn(page, email, 'marble orchard kite');
  await restoreDemoPassword(page, 'marble orchard kite');
});

test('a client’s account page sits in the portal, phone-sized', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'hannah.schmidt@client.example');
  await page.getByRole('link', { name: /Your account/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await page.getByLabel('Your name').fill('');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(fieldError(page, 'Enter your name.')).toBeVisible();
  await page.getByLabel('Your name').fill('Hannah S.');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Your name is saved.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Your account: Hannah S.' })).toBeVisible();
  await expectAccessible(page, 'client account');
  await page.screenshot({ path: path.join(SHOTS, 'account-client-phone.png'), fullPage: true });
});
