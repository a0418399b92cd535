import fs from 'node:fs';
import type { Bundle, CarePlan, Goal, Patient, Provenance } from '@medplum/fhirtypes';
import { unresolvedReferences } from '../lib/fhir/references';
import { expect, expectAccessible, readFixture, signIn, test } from './support/fixtures';

/*
 * Records that leave (issue 12): the therapist downloads the FHIR R4 record of a client with a
 * signed plan from the client's page; the client's own copy from the portal holds no flags.
 */

const ofType = <T extends { resourceType: string }>(bundle: Bundle, type: string) =>
  (bundle.entry ?? []).map((e) => e.resource as unknown as T).filter((r) => r.resourceType === type);

test('the therapist downloads the FHIR Bundle of a client with a signed plan', async ({ page }) => {
  // Two sign-ins, an axe check and a download of a full record: more than one page's worth on a busy machine.
  test.setTimeout(120_000);
  const hannah = readFixture().clientIdsByName['Hannah Schmidt']!;
  await signIn(page, 'aisha.rahman@riverside.example');
  await page.goto(`/clients/${hannah}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Hannah Schmidt' })).toBeVisible();
  await expectAccessible(page, 'client page with the record export');

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /Download FHIR record/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^record-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.fhir\.json$/);
  const bundle = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as Bundle;

  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  expect(unresolvedReferences(bundle)).toEqual([]);
  expect(ofType<Patient>(bundle, 'Patient')[0]!.name![0]!.text).toBe('Hannah Schmidt');
  expect(ofType<CarePlan>(bundle, 'CarePlan')[0]).toMatchObject({ status: 'active', intent: 'plan' });
  expect(ofType<Goal>(bundle, 'Goal').filter((goal) => goal.lifecycleStatus === 'active')).toHaveLength(3);
  const signers = ofType<Provenance>(bundle, 'Provenance')
    .flatMap((p) => p.signature ?? [])
    .map((s) => s.who.display);
  expect(signers).toEqual(expect.arrayContaining(['Hannah Schmidt', 'Aisha Rahman']));
  expect(ofType(bundle, 'Flag').length).toBeGreaterThan(0);

  // The same record as the client's own copy, from the portal: no flags.
  await page.context().clearCookies();
  await signIn(page, 'hannah.schmidt@client.example');
  const own = await page.request.get('/portal/record/fhir');
  expect(own.status()).toBe(200);
  expect(own.headers()['content-type']).toBe('application/fhir+json; charset=utf-8');
  const ownBundle = (await own.json()) as Bundle;
  expect(ofType(ownBundle, 'Flag')).toEqual([]);
  expect(ofType<Patient>(ownBundle, 'Patient')[0]!.id).toBe(hannah);
});
