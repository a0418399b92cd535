import { expect, expectAccessible, test } from './support/fixtures';

/**
 * Issue 14: every page names its icons, and the icons answer (no favicon 404 on every page),
 * to a signed-out visitor too.
 */
test('the sign-in page links a favicon and an app icon, and each answers with an image', async ({ page, request }) => {
  await page.goto('/sign-in');
  await expectAccessible(page);
  const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
  const apple = await page.locator('link[rel="apple-touch-icon"]').first().getAttribute('href');
  expect(icon).toBeTruthy();
  expect(apple).toBeTruthy();
  for (const [path, type] of [
    ['/favicon.ico', 'image/x-icon'],
    [icon!, 'image/svg+xml'],
    [apple!, 'image/png'],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain(type);
  }
});
