import type { Bundle, CarePlan, Flag, Goal, Observation, Practitioner, Provenance, Resource } from '@medplum/fhirtypes';
import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, caseloadAssignments, clients, flags, therapySessions, users } from '@/db/schema';
import { seedDemoClinic } from '@/lib/demo/demo-clinic';
import { EXPORT_LIMITS } from '@/lib/data/internal/export-limits';
import { exportClientRecordFhir, exportMyRecordFhir, exportTeamRecordsFhir } from '@/lib/data/record-export';
import { exportOrganizationRecords } from '@/lib/data/internal/record-export-load';
import { AppError, NOT_FOUND_MESSAGE } from '@/lib/errors';
import { unresolvedReferences } from '@/lib/fhir/references';
import { medplumErrors, prepareValidators, schemaErrors } from '../support/fhir-validators';
import { actAsUser, type FixtureUser } from './fixtures';

vi.mock('@/lib/mail', () => ({ mailTransport: () => 'log', sendMail: vi.fn() }));

/*
 * The FHIR export on the demo clinic (issue 12): the richest records pass both validators,
 * every reference resolves inside its Bundle, the client's own copy holds nothing staff-only,
 * and a foreign id is a not-found with nothing generated and the denial audited.
 */

let byName: Map<string, string>;
const PRIVATE_NOTE = 'PRIVATE-SESSION-NOTE-7f3a';
const ACK_NOTE = 'FLAG-ACK-NOTE-9c1d';

async function userByEmail(email: string): Promise<FixtureUser> {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return { id: row!.id, organizationId: row!.organizationId, role: row!.role, email: row!.email };
}

const as = async (email: string) => actAsUser(await userByEmail(email));
const parse = (body: string) => JSON.parse(body) as Bundle;
const resources = (bundle: Bundle): Resource[] => (bundle.entry ?? []).map((entry) => entry.resource!);
const ofType = <T extends Resource>(bundle: Bundle, type: T['resourceType']) =>
  resources(bundle).filter((r): r is T => r.resourceType === type);

function expectValid(bundle: Bundle): void {
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  expect(medplumErrors(bundle)).toEqual([]);
  expect(schemaErrors(bundle)).toEqual([]);
  expect(unresolvedReferences(bundle)).toEqual([]);
}

async function exportAudits(actorEmail: string, outcome: 'allowed' | 'denied') {
  const db = await getDb();
  const actor = await userByEmail(actorEmail);
  return db
    .select({ entityId: auditEvents.entityId, details: auditEvents.details, action: auditEvents.action })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.actorUserId, actor.id),
        eq(auditEvents.outcome, outcome),
        inArray(auditEvents.action, ['record.export', 'records.export']),
      ),
    );
}

beforeAll(async () => {
  const db = await getDb();
  await seedDemoClinic(db);
  const rows = await db.select({ id: clients.id, name: clients.displayName }).from(clients);
  byName = new Map(rows.map((r) => [r.name, r.id]));
  // Staff-only text the client's copy must never carry: a private session note, an acknowledged flag's note.
  const hannah = byName.get('Hannah Schmidt')!;
  await db.update(therapySessions).set({ privateNote: PRIVATE_NOTE }).where(eq(therapySessions.clientId, hannah));
  const [open] = await db
    .select()
    .from(flags)
    .where(and(eq(flags.clientId, hannah), eq(flags.kind, 'risk')));
  await db.insert(flags).values({
    organizationId: open!.organizationId,
    clientId: hannah,
    kind: 'not-on-track',
    reason: 'Earlier, acknowledged.',
    data: {},
    dedupeKey: 'test-acknowledged',
    acknowledgedAt: new Date(),
    acknowledgedBy: (await userByEmail('aisha.rahman@riverside.example')).id,
    acknowledgementNote: ACK_NOTE,
  });
  prepareValidators();
}, 240_000);

describe('staff copy', () => {
  test.each([
    ['Hannah Schmidt', 'aisha.rahman@riverside.example'],
    ['Jordan Ellis', 'sam.whitfield@riverside.example'],
    ['Benjamin Cohen', 'dana.okafor@riverside.example'],
    ['Poppy Harris', 'lena.kowalski@riverside.example'],
  ])(
    "%s's record (exported by %s) passes both validators, every reference resolving inside the Bundle",
    async (name, email) => {
      await as(email);
      const download = await exportClientRecordFhir(byName.get(name)!);
      expect(download.filename).toMatch(/^record-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.fhir\.json$/);
      expect(download.contentType).toBe('application/fhir+json; charset=utf-8');
      const bundle = parse(download.body);
      expectValid(bundle);
      expect(ofType(bundle, 'Patient')).toHaveLength(1);
      expect(ofType(bundle, 'Organization')).toHaveLength(1);
      expect(ofType<Goal>(bundle, 'Goal').length).toBeGreaterThan(0);
      expect(ofType(bundle, 'QuestionnaireResponse').length).toBeGreaterThan(0);
    },
    120_000,
  );

  test("Hannah Schmidt's signed, reviewed and co-signed plan: active CarePlan, three kinds of signature, open risk flag", async () => {
    await as('aisha.rahman@riverside.example');
    const bundle = parse((await exportClientRecordFhir(byName.get('Hannah Schmidt')!)).body);
    const carePlan = ofType(bundle, 'CarePlan')[0] as CarePlan;
    expect(carePlan).toMatchObject({ status: 'active', intent: 'plan' });
    expect(carePlan.goal!.length).toBe(3);
    const signed = ofType<Provenance>(bundle, 'Provenance').filter((p) => p.signature);
    expect(new Set(signed.map((p) => p.signature![0]!.type[0]!.code))).toEqual(
      new Set(['1.2.840.10065.1.12.1.7', '1.2.840.10065.1.12.1.1', '1.2.840.10065.1.12.1.5']),
    );
    const practitioners = ofType(bundle, 'Practitioner').map((p) => (p as Practitioner).name![0]!.text);
    expect(practitioners).toEqual(expect.arrayContaining(['Aisha Rahman', 'Dana Okafor']));
    expect(ofType<Flag>(bundle, 'Flag').map((f) => f.code.coding![0]!.code)).toContain('risk');
    const text = JSON.stringify(bundle);
    expect(text).not.toContain(PRIVATE_NOTE);
    expect(text).not.toContain(ACK_NOTE);
    const codes = ofType<Observation>(bundle, 'Observation').map((o) => o.code.coding![0]!.code);
    expect(codes).toEqual(expect.arrayContaining(['44249-1', '44261-6', 'gbo']));
  }, 60_000);

  test('Jordan Ellis: the re-worded goal keeps every wording as a Provenance of its version', async () => {
    await as('sam.whitfield@riverside.example');
    const bundle = parse((await exportClientRecordFhir(byName.get('Jordan Ellis')!)).body);
    const versions = ofType<Provenance>(bundle, 'Provenance').filter(
      (p) => !p.signature && p.target[0]!.reference!.startsWith('urn:uuid:'),
    );
    const perGoal = new Map<string, number>();
    for (const version of versions)
      perGoal.set(version.target[0]!.reference!, (perGoal.get(version.target[0]!.reference!) ?? 0) + 1);
    expect(Math.max(...perGoal.values())).toBeGreaterThanOrEqual(2);
    for (const goal of ofType<Goal>(bundle, 'Goal'))
      expect(perGoal.get(`urn:uuid:${goal.id}`)).toBeGreaterThanOrEqual(1);
  }, 60_000);

  test('a client with no goals yet (Ethan Clarke) still gives a valid Bundle', async () => {
    await as('sam.whitfield@riverside.example');
    const bundle = parse((await exportClientRecordFhir(byName.get('Ethan Clarke')!)).body);
    expectValid(bundle);
    expect(ofType(bundle, 'Goal')).toEqual([]);
    expect(ofType(bundle, 'CarePlan')[0]).toMatchObject({ status: 'draft' });
  }, 60_000);

  test('each export is audited: who, whose record, which format', async () => {
    await as('aisha.rahman@riverside.example');
    const hannah = byName.get('Hannah Schmidt')!;
    const before = (await exportAudits('aisha.rahman@riverside.example', 'allowed')).length;
    await exportClientRecordFhir(hannah);
    const after = await exportAudits('aisha.rahman@riverside.example', 'allowed');
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({
      action: 'record.export',
      entityId: hannah,
      details: { format: 'fhir-r4', copy: 'staff' },
    });
  });
});

describe("the client's own copy", () => {
  test('holds goals, signatures and scores but no Flag, no flag note, no private note, no supervision, no therapist rating', async () => {
    await as('hannah.schmidt@client.example');
    const download = await exportMyRecordFhir();
    expect(download.filename).toMatch(/^my-record-\d{4}-\d{2}-\d{2}\.fhir\.json$/);
    const bundle = parse(download.body);
    expectValid(bundle);
    expect(ofType(bundle, 'Flag')).toEqual([]);
    const text = JSON.stringify(bundle);
    expect(text).not.toContain(PRIVATE_NOTE);
    expect(text).not.toContain(ACK_NOTE);
    expect(text).not.toContain('PHQ-9 item 9 answered');
    expect(text).not.toContain('Supervisor comment');
    expect(text).not.toContain('(therapist)');
    expect(ofType<Goal>(bundle, 'Goal').length).toBe(3);
    expect(ofType<Provenance>(bundle, 'Provenance').some((p) => p.signature)).toBe(true);
    expect(ofType(bundle, 'Patient')[0]).toMatchObject({ id: byName.get('Hannah Schmidt') });
    const audits = await exportAudits('hannah.schmidt@client.example', 'allowed');
    expect(audits.at(-1)).toMatchObject({
      action: 'record.export',
      entityId: byName.get('Hannah Schmidt'),
      details: { format: 'fhir-r4', copy: 'client' },
    });
  }, 60_000);
});

describe('refusals', () => {
  test("another team's or therapist's client, an admin, a client, a made-up id: not found, nothing made, denial audited", async () => {
    const poppy = byName.get('Poppy Harris')!; // Lena's client, Miguel's team
    const cases: [string, string][] = [
      ['sam.whitfield@riverside.example', poppy],
      ['dana.okafor@riverside.example', poppy],
      ['admin@riverside.example', poppy],
      ['hannah.schmidt@client.example', poppy],
      ['sam.whitfield@riverside.example', '00000000-0000-4000-8000-000000000000'],
    ];
    for (const [email, clientId] of cases) {
      await as(email);
      const allowedBefore = (await exportAudits(email, 'allowed')).length;
      const deniedBefore = (await exportAudits(email, 'denied')).length;
      const error = await exportClientRecordFhir(clientId).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, email).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('not-found');
      expect((error as AppError).message).toBe(NOT_FOUND_MESSAGE);
      expect((await exportAudits(email, 'allowed')).length).toBe(allowedBefore);
      const denied = await exportAudits(email, 'denied');
      expect(denied.length).toBe(deniedBefore + 1);
      expect(denied.at(-1)).toMatchObject({ entityId: clientId, details: { format: 'fhir-r4' } });
    }
  }, 60_000);

  test('the team export is for supervisors, and holds exactly their team', async () => {
    for (const email of ['sam.whitfield@riverside.example', 'admin@riverside.example', 'jordan.ellis@client.example']) {
      await as(email);
      await expect(exportTeamRecordsFhir()).rejects.toMatchObject({ code: 'not-found' });
    }
    await as('dana.okafor@riverside.example');
    const download = await exportTeamRecordsFhir();
    expect(download.contentType).toBe('application/fhir+ndjson; charset=utf-8');
    const lines = download.body.trimEnd().split('\n');
    // Sam, Aisha and Tom carry nine clients each; Dana three of her own.
    expect(lines).toHaveLength(30);
    const patients = lines.map((line) => ofType(parse(line), 'Patient')[0]!.id);
    expect(patients).toContain(byName.get('Hannah Schmidt'));
    expect(patients).not.toContain(byName.get('Poppy Harris'));
    expectValid(parse(lines[0]!));
    const perClient = (await exportAudits('dana.okafor@riverside.example', 'allowed')).filter(
      (a) => a.action === 'record.export' && a.details?.scope === 'team',
    );
    expect(perClient.map((a) => a.entityId).sort()).toEqual([...patients].sort());
  }, 180_000);

  test('past the limit an export is refused as rate-limited, audited, with nothing generated', async () => {
    await as('grace.liu@riverside.example');
    const db = await getDb();
    const grace = await userByEmail('grace.liu@riverside.example');
    const [assignment] = await db
      .select()
      .from(caseloadAssignments)
      .where(eq(caseloadAssignments.clinicianId, grace.id));
    for (let i = 0; i < EXPORT_LIMITS['client-record'].points; i++) await exportClientRecordFhir(assignment!.clientId);
    const deniedBefore = (await exportAudits('grace.liu@riverside.example', 'denied')).length;
    await expect(exportClientRecordFhir(assignment!.clientId)).rejects.toMatchObject({ code: 'rate-limited' });
    const denied = await exportAudits('grace.liu@riverside.example', 'denied');
    expect(denied.length).toBe(deniedBefore + 1);
    expect(denied.at(-1)!.details).toMatchObject({ reason: 'rate-limited' });
  }, 180_000);
});

describe("the operator's whole-organisation export (npm run export:fhir)", () => {
  test('every demo client, each Bundle self-contained (a sample validated), audited as a system export', async () => {
    const db = await getDb();
    const organizationId = (await userByEmail('admin@riverside.example')).organizationId;
    const bundles: Bundle[] = [];
    const result = await exportOrganizationRecords(db, organizationId, new Date(), (_client, bundle) => {
      bundles.push(bundle);
      return Promise.resolve();
    });
    expect(result).toMatchObject({ clients: 60 });
    expect(bundles).toHaveLength(60);
    // Every Bundle stands on its own; a sample of them also goes through both validators (the
    // richest records are validated above; all 60 would take minutes on a busy machine).
    expect(bundles.flatMap((bundle) => unresolvedReferences(bundle))).toEqual([]);
    const sample = bundles.filter((_, index) => index % 12 === 0);
    expect(sample.flatMap((bundle) => [...medplumErrors(bundle), ...schemaErrors(bundle)])).toEqual([]);
    const system = await db
      .select({ action: auditEvents.action, entityId: auditEvents.entityId })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.actorRole, 'system'), inArray(auditEvents.action, ['record.export', 'records.export'])),
      );
    expect(system.filter((row) => row.action === 'record.export')).toHaveLength(60);
    expect(system.filter((row) => row.action === 'records.export')).toEqual([
      { action: 'records.export', entityId: organizationId },
    ]);
    expect(
      await exportOrganizationRecords(db, '00000000-0000-4000-8000-000000000000', new Date(), () => Promise.resolve()),
    ).toBeNull();
  }, 300_000);
});
