import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../lib/demo/demo-people';
import type { E2eFixture } from './prepare-database';
import { fixtureFile } from './run-config';

/** The demo clinic's people the journeys use (see lib/demo/demo-people.ts). */
export const PEOPLE = {
  admin: 'admin@riverside.example',
  supervisorOfA: 'dana.okafor@riverside.example',
  supervisorOfB: 'miguel.santos@riverside.example',
  supervisorOfNobody: 'noor.idle@e2e.example',
  therapistA: 'sam.whitfield@riverside.example',
  therapistB: 'lena.kowalski@riverside.example',
  clientA: 'jordan.ellis@client.example',
  clientB: 'poppy.harris@client.example',
  otherOrgAdmin: 'olu.admin@elsewhere.example',
} as const;
export type Person = keyof typeof PEOPLE;

export function readFixture(): E2eFixture {
  return JSON.parse(fs.readFileSync(fixtureFile, 'utf8')) as E2eFixture;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** WCAG 2.2 A/AA rules; every page a journey visits is checked. */
export async function expectAccessible(page: Page, context = page.url()): Promise<void> {
  // Next streams a page's metadata: after a soft navigation (a server action's redirect) the
  // <title> can arrive a moment after the content. Wait for it rather than report it missing.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

/** A field's own error message, next to it (the error summary at the top of the form lists it too). */
export function fieldError(scope: Page | Locator, message: string): Locator {
  return scope.locator('[id$="-error"]').filter({ hasText: message });
}

/**
 * After a refused submit: focus is on the error summary ("There is a problem") at the top, it
 * lists every field error on the page at once, each as a link to its field whose own message is
 * the same, and the page passes axe in that state. Returns the summary's link texts.
 */
export async function expectErrorSummary(page: Page, context: string): Promise<string[]> {
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
  await expect(summary).toBeFocused();
  const links = summary.getByRole('link');
  const texts = await links.allTextContents();
  expect(texts.length, `problems listed on ${context}`).toBeGreaterThan(0);
  expect(texts.length, `every field error on ${context} is in the summary`).toBe(
    await page.locator('[id$="-error"]').count(),
  );
  for (const link of await links.all()) {
    const target = (await link.getAttribute('href'))!.slice(1);
    await expect(page.locator(`[id="${target}"]`)).toHaveCount(1);
    await expect(page.locator(`[id="${target}-error"]`)).toContainText((await link.textContent())!);
  }
  await expectAccessible(page, `${context}, refused`);
  return texts;
}

/** A `securitypolicyviolation` the browser reported: the blocked address and the directive. */
interface CspViolation {
  page: string;
  blocked: string;
  directive: string;
}

/**
 * Every page of every browser context a test opens reports Content-Security-Policy violations
 * to the test, which then fails (ADR 13): a script or style the policy blocks is a broken page
 * in production even when the journey still passes.
 */
async function watchCsp(context: BrowserContext, violations: CspViolation[]): Promise<void> {
  await context.exposeBinding('__accordCspViolation', (_source, violation: CspViolation) => {
    violations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __accordCspViolation: (v: CspViolation) => Promise<void> })
        .__accordCspViolation;
      void report({ page: location.href, blocked: event.blockedURI, directive: event.effectiveDirective });
    });
  });
}

export const test = base.extend<{ signInAs: (person: Person) => Promise<void>; cspViolations: CspViolation[] }>({
  // Playwright's fixture callback is conventionally named `use`; it is not a React hook.
  cspViolations: [
    async ({ context, browser }, provide) => {
      const violations: CspViolation[] = [];
      await watchCsp(context, violations);
      // Contexts a test opens itself (a second device, a phone) are watched too.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const opened = await newContext(...args);
        await watchCsp(opened, violations);
        return opened;
      };
      try {
        await provide(violations);
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, 'Content-Security-Policy violations reported by the browser').toEqual([]);
    },
    { auto: true },
  ],
  signInAs: async ({ page }, provide) => {
    await provide((person) => signIn(page, PEOPLE[person]));
  },
});

export { expect };
