import { expect, expectAccessible, PEOPLE, readFixture, signIn, test } from './support/fixtures';
import { oneLine, pdfText } from './support/pdf-text';

/*
 * Issue 12: a signed care plan on paper and as a PDF made from the same page, and the client's
 * own copy of their record from the portal on a phone. The PDFs are read back as text: the
 * client's goal wording and both signers' names must be in the file itself.
 */

test('the therapist prints a signed version of the plan and downloads it as a PDF', async ({ page }) => {
  // Two pages checked with axe and a PDF made by the server's own Chromium, on a shared machine.
  test.setTimeout(180_000);
  const jordan = readFixture().clientIdsByName['Jordan Ellis']!;
  await signIn(page, PEOPLE.therapistA);
  await page.goto(`/clients/${jordan}/plan`);
  await page.getByRole('link', { name: 'Print or download the plan (PDF)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Care plan: Jordan Ellis' })).toBeVisible();
  // Jordan's goal was re-worded after signing: the current plan waits for Jordan again.
  await expect(page.getByText('Not yet signed by both the client and the therapist')).toBeVisible();
  await expectAccessible(page);

  await page.getByText(/^Signed versions \(\d+\)$/).click();
  await page.getByRole('link', { name: /^Version 1, signed / }).click();
  await expect(page.getByText(/^Signed version 1, signed by the client and the therapist on /)).toBeVisible();
  await expect(page.getByText('Therapist: Sam Whitfield')).toBeVisible();
  await expectAccessible(page);
  const wording = oneLine(await page.locator('.print-doc .wording').first().innerText());
  const hash = /Plan hash\s+([0-9a-f]{64})/.exec(await page.locator('.print-doc .doc-head').innerText())?.[1];
  expect(hash).toBeDefined();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download PDF' }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe('care-plan-jordan-ellis-v1.pdf');
  const text = await pdfText(pdf);
  expect(text).toContain(wording);
  expect(text).toContain('Client: Jordan Ellis');
  expect(text).toContain('Therapist: Sam Whitfield');
  // A 64-character hash may wrap across lines on paper.
  expect(text.replace(/\s/g, '')).toContain(hash!);
  expect(text).toContain('Page 1 of');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the client downloads their own record, and sees what it leaves out', async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, PEOPLE.clientA);
    await page.goto('/portal/plan');
    await page.getByRole('link', { name: 'Download my record' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Download my record' })).toBeVisible();
    await expect(page.getByText('Your therapist’s private notes about sessions.')).toBeVisible();
    // The FHIR copy is its own download (/portal/record/fhir); only its link is checked here.
    await expect(page.getByRole('link', { name: 'Download for another health service (FHIR)' })).toHaveAttribute(
      'href',
      '/portal/record/fhir',
    );
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download my record (PDF)' }).click();
    const text = await pdfText(await download);
    expect(text).toContain('My record: Jordan Ellis');
    expect(text).toContain('Your goals');
    expect(text).toContain('Plans you signed');
    expect(text).toContain('Your therapist’s private notes about sessions.');

    await page.goto('/portal/plan/print');
    await expect(page.getByRole('heading', { level: 1, name: 'Your care plan' })).toBeVisible();
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
