import { expect, expectAccessible, PEOPLE, signIn, test } from './support/fixtures';

// Signing out ends the sign-in on the server: a copy of the session cookie taken before
// (a shared computer, a stolen cookie) is refused afterwards by pages, exports and actions.
test('after signing out, a copy of the old session cookie opens no page, no export and no action', async ({
  browser,
  page,
}) => {
  // Two browsers, two sign-ins and five axe checks: more than the default minute on a busy machine.
  test.slow();
  await signIn(page, PEOPLE.supervisorOfB);
  await expect(page.getByRole('heading', { level: 1, name: 'Your team' })).toBeVisible();
  // Signing in also marked this browser as a trusted device of the account (ADR 0012), out of scripts' reach.
  const device = (await page.context().cookies()).find((cookie) => cookie.name === 'accord-device');
  expect(device?.httpOnly).toBe(true);
  expect(device!.expires * 1000 - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);

  // The copy: another browser with the same cookies, its account form already on screen.
  const copy = await browser.newContext();
  await copy.addCookies(await page.context().cookies());
  const replay = await copy.newPage();
  await replay.goto('/account');
  await expect(replay.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expectAccessible(replay, 'account in the copied session');
  const name = await replay.getByLabel('Your name').inputValue();
  const exportBefore = await copy.request.get('/caseload/export', { maxRedirects: 0 });
  expect(exportBefore.status()).toBe(200);
  expect(exportBefore.headers()['content-type']).toContain('text/csv');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expectAccessible(page, 'signed out');

  // An action: the form rendered before sign-out is sent after it. It is refused and changes nothing.
  await replay.getByLabel('Your name').fill('Replayed After Sign-out');
  await replay.getByRole('button', { name: 'Save name' }).click();
  await expect(replay).toHaveURL(/\/sign-in/);
  await expect(replay.getByRole('heading', { name: 'Sign in to set and track goals together' })).toBeVisible();

  // A page.
  await replay.goto('/caseload');
  await expect(replay).toHaveURL(/\/sign-in/);
  await expect(replay.getByRole('heading', { level: 1, name: 'Your caseload' })).toHaveCount(0);
  await expectAccessible(replay, 'sign-in after replaying a page');

  // An export: sent to sign in, never the CSV.
  const exportAfter = await copy.request.get('/caseload/export', { maxRedirects: 0 });
  expect(exportAfter.status()).toBe(303);
  expect(exportAfter.headers()['location']).toMatch(/\/sign-in$/);
  expect(await exportAfter.text()).not.toContain(',');
  await copy.close();

  // Signing in again works, and the replayed action changed nothing.
  await signIn(page, PEOPLE.supervisorOfB);
  await page.goto('/account');
  await expect(page.getByLabel('Your name')).toHaveValue(name);
  await expectAccessible(page, 'account after signing in again');
});
