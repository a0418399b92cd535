import { expect, expectAccessible, test } from './support/fixtures';

/**
 * Issue 14: every page names its icons, and the icons answer (no favicon 404 on every page),
 * to a signed-out visitor too.
 */
test('the sign-in page links a favicon and an app icon, and each answers with an image', async ({ page, request }) => {
  await page.goto('/sign-in');
  await expectAccessible(page);
  const icons = await page
    .locator('link[rel="icon"], link[rel="apple-touch-icon"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const types: string[] = [];
  for (const href of ['/favicon.ico', ...icons]) {
    const response = await request.get(href, { maxRedirects: 0 });
    expect(response.status(), href).toBe(200);
    types.push(response.headers()['content-type'] ?? '');
  }
  expect(types.some((type) => type.includes('image/x-icon'))).toBe(true);
  expect(types.some((type) => type.includes('image/svg+xml'))).toBe(true);
  expect(types.some((type) => type.includes('image/png'))).toBe(true);
});
