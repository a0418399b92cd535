import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, PEOPLE, readFixture, signIn, test } from './support/fixtures';

/*
 * Issue 17: every page says the right thing at once, and meets WCAG 2.2 AA on a desktop and on
 * a 360 px phone: one <main> on the 404 page, headings in order, links in text underlined,
 * a focus ring of at least 2 px and 3:1 on every interactive element, 0–10 boxes of at least
 * 44 × 44 px, and plain words for clients (no SMART counts, version numbers, clinical factor
 * names or ISO dates).
 */

const SHOTS = '/tmp/ux-shots';
const PHONE = { width: 360, height: 780 };
fs.mkdirSync(SHOTS, { recursive: true });

/** Headings never skip a level (h1, then h2, h3 …) and the page starts with one h1. */
async function expectHeadingsInOrder(page: Page, context: string): Promise<void> {
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) =>
      headings
        .filter((h) => (h as HTMLElement).offsetParent !== null || h.closest('details') !== null)
        .map((h) => Number(h.tagName.slice(1))),
    );
  expect(levels[0], `first heading on ${context}`).toBe(1);
  const skips = levels.flatMap((level, index) =>
    index > 0 && level > levels[index - 1]! + 1 ? [`h${levels[index - 1]} → h${level}`] : [],
  );
  expect(skips, `heading order on ${context}`).toEqual([]);
}

/** Every link inside running text (a paragraph or list item in main) is underlined. */
async function expectLinksInTextUnderlined(page: Page, context: string): Promise<void> {
  const plain = await page
    .locator('main p a, main li > p a, main dd a')
    .evaluateAll((links) =>
      links
        .filter((a) => !getComputedStyle(a).textDecorationLine.includes('underline'))
        .map((a) => a.textContent?.trim()),
    );
  expect(plain, `links in text without an underline on ${context}`).toEqual([]);
}

/** What a client must never read in the portal. */
async function expectPlainWords(page: Page, context: string): Promise<void> {
  const text = await page.getByRole('main').innerText();
  for (const pattern of [/SMART/, /\bVersion \d/i, /\d{4}-\d{2}-\d{2}/, /Predisposing|Precipitating|Perpetuating/]) {
    expect(text, `${pattern} on ${context}`).not.toMatch(pattern);
  }
}

/** Contrast ratio of two CSS colours (rgb()/rgba()). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

test('the 404 page has one main landmark and no axe violations, for staff and in the portal', async ({ page }) => {
  // Signed out, every unknown address asks for a sign-in first; signed in, it is the 404 page.
  await signIn(page, PEOPLE.therapistA);
  for (const path of ['/no-such-page', '/clients/00000000-0000-4000-8000-000000000000']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'We could not find that page' })).toBeVisible();
    await expect(page.locator('main')).toHaveCount(1);
    await expectAccessible(page, `404 at ${path}`);
  }
  await page.screenshot({ path: `${SHOTS}/404-staff.png`, fullPage: true });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, PEOPLE.clientA);
  await page.goto('/portal/goals/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'We could not find that page' })).toBeVisible();
  await expect(page.locator('main')).toHaveCount(1);
  await expectAccessible(page, '404 in the portal');
});

test('the focus ring is at least 2 px and 3:1 against white on buttons, links and fields', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(PEOPLE.therapistA);
  // Keyboard focus, so :focus-visible applies: each element in turn up to the Sign in button.
  const seen: string[] = [];
  for (let i = 0; i < 6 && !seen.includes('BUTTON'); i += 1) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      // Buttons fade their colours in (Tailwind's transition includes outline-color): read the ring once it has settled.
      for (const animation of element.getAnimations()) animation.finish();
      const style = getComputedStyle(element);
      return {
        tag: element.tagName,
        width: parseFloat(style.outlineWidth),
        style: style.outlineStyle,
        color: style.outlineColor,
      };
    });
    seen.push(ring.tag);
    expect(ring.style, `${ring.tag} outline`).toBe('solid');
    expect(ring.width, `${ring.tag} outline width`).toBeGreaterThanOrEqual(2);
    expect(contrast(ring.color, 'rgb(255, 255, 255)'), `${ring.tag} outline contrast`).toBeGreaterThanOrEqual(3);
  }
  expect(seen).toContain('BUTTON');
});

test('the client portal on a 360 px phone: plain words, headings in order, 44 px rating boxes, no axe violations', async ({
  browser,
}) => {
  test.setTimeout(300_000); // a dozen pages, each checked by axe, on a shared 2-core machine
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  try {
    await signIn(page, PEOPLE.clientA);
    for (const [path, name] of [
      ['/portal', 'portal home'],
      ['/portal/goals', 'portal goals'],
      ['/portal/plan', 'portal plan'],
      ['/portal/progress', 'portal progress'],
      ['/portal/steps', 'portal steps'],
      ['/portal/brainstorm', 'portal brainstorm'],
      ['/portal/goals/new', 'suggest a goal'],
    ] as const) {
      await page.goto(path);
      await expectAccessible(page, `${name} at 360 px`);
      await expectHeadingsInOrder(page, name);
      await expectLinksInTextUnderlined(page, name);
      await expectPlainWords(page, name);
      await page.screenshot({ path: `${SHOTS}/phone-${name.replace(/ /g, '-')}.png`, fullPage: true });
    }

    // A goal, its history opened, and the "suggest a change" form.
    await page.goto('/portal/goals');
    await page.locator('main article :is(h2, h3) a').first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your goal' })).toBeVisible();
    await page
      .locator('details summary')
      .filter({ hasText: /How this goal/ })
      .click();
    await expectAccessible(page, 'portal goal at 360 px');
    await expectHeadingsInOrder(page, 'portal goal');
    await expectPlainWords(page, 'portal goal');
    // One badge for where the goal stands: never "Agreed" beside "You both agree".
    await expect(page.getByText('You both agree', { exact: true })).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/phone-portal-goal.png`, fullPage: true });
    const suggest = page.getByRole('link', { name: 'Suggest a change' });
    if ((await suggest.count()) > 0) {
      await suggest.click();
      await expect(page.getByRole('heading', { level: 1, name: 'Suggest a change' })).toBeVisible();
      await expectAccessible(page, 'suggest a change at 360 px');
      await expectHeadingsInOrder(page, 'suggest a change');
    }

    // Jordan's check-in is open: every 0–10 box is at least 44 × 44 px, wrapping onto two rows.
    await page.goto('/portal/check-in');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, 'check-in at 360 px');
    const ratingGroup = page
      .getByRole('radiogroup')
      .filter({ has: page.getByRole('radio', { name: /^10\b/ }) })
      .first();
    await expect(ratingGroup).toBeVisible();
    const boxes = await ratingGroup
      .locator('label > span')
      .evaluateAll((spans) =>
        spans
          .map((s) => s.getBoundingClientRect())
          .map((r) => ({ width: r.width, height: r.height, top: Math.round(r.top) })),
      );
    expect(boxes).toHaveLength(11);
    for (const box of boxes) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    expect(new Set(boxes.map((box) => box.top)).size).toBe(2);
    await page.screenshot({ path: `${SHOTS}/phone-check-in.png`, fullPage: true });
  } finally {
    await context.close();
  }
});

test('the client with nothing to check in, and an admin’s person page: links in text are underlined', async ({
  page,
}) => {
  await signIn(page, 'robin.ashdown@e2e.example');
  await page.goto('/portal/check-in');
  await expectAccessible(page, 'nothing to check in');
  await expectLinksInTextUnderlined(page, 'nothing to check in');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, PEOPLE.admin);
  await page.goto(`/admin/people/${readFixture().userIdsByEmail[PEOPLE.clientA]}`);
  const link = page.getByRole('main').getByRole('link', { name: 'Jordan Ellis' });
  await expect(link).toBeVisible();
  expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toContain('underline');
  await expectAccessible(page, 'admin person page');
  await expectLinksInTextUnderlined(page, 'admin person page');
});

test('screenshots of the changed staff pages, desktop and phone, each accessible', async ({ browser }) => {
  test.setTimeout(300_000);
  for (const [label, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', PHONE],
  ] as const) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    try {
      await signIn(page, PEOPLE.supervisorOfA);
      await expect(page).toHaveURL(/\/team$/);
      await expect(page.getByTestId('team-risk-flags')).toBeVisible();
      await expectAccessible(page, `team landing (${label})`);
      await expectHeadingsInOrder(page, 'team landing');
      await page.screenshot({ path: `${SHOTS}/${label}-team.png`, fullPage: true });

      const hannah = readFixture().clientIdsByName['Hannah Schmidt'];
      await page.goto(`/clients/${hannah}/plan`);
      await expectAccessible(page, `client plan (${label})`);
      await page.screenshot({ path: `${SHOTS}/${label}-client-plan.png`, fullPage: true });
      await page.goto(`/clients/${hannah}/sessions`);
      // Charts first, then the list of sessions.
      const progressTop = (await page.getByRole('heading', { level: 2, name: 'Progress', exact: true }).boundingBox())!
        .y;
      const sessionsTop = (await page.getByRole('heading', { level: 2, name: 'Sessions', exact: true }).boundingBox())!
        .y;
      expect(progressTop).toBeLessThan(sessionsTop);
      await expectAccessible(page, `client sessions (${label})`);
      await page.screenshot({ path: `${SHOTS}/${label}-client-sessions.png`, fullPage: true });
    } finally {
      await context.close();
    }
  }
});
