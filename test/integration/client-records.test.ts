import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, clientRevisions, clients } from '@/db/schema';
import { listCaseload } from '@/lib/data/caseload';
import { createClient, getClientProfile, updateClientProfile, type ClientProfile } from '@/lib/data/clients';
import { actAs, createFixture, type Fixture } from './fixtures';
import { rejection } from './rejection';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await createFixture('records');
});

async function clientCount(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(clients);
  return row?.n ?? 0;
}

const valid = {
  displayName: 'Robin Example',
  pronouns: 'they/them',
  dateOfBirth: '1992-03-04',
  intakeDate: '2026-03-01',
};

describe('adding a client', () => {
  test('puts them on the caller’s caseload, findable by search, with an audit event', async () => {
    actAs(fixture, 'therapistA');
    const { id } = await createClient(valid);
    const found = await listCaseload({ search: 'robin ex' });
    expect(found.page.rows.map((r) => r.id)).toEqual([id]);
    const db = await getDb();
    const events = await db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(events.map((e) => [e.action, e.outcome])).toContainEqual(['client.create', 'allowed']);
  });

  test('search treats % and _ literally', async () => {
    actAs(fixture, 'therapistA');
    expect((await listCaseload({ search: '%' })).page.total).toBe(0);
  });

  const badInputs: [string, Record<string, unknown>, string][] = [
    ['empty name', { ...valid, displayName: '   ' }, 'displayName'],
    ['name too long', { ...valid, displayName: 'x'.repeat(121) }, 'displayName'],
    ['script tag in name', { ...valid, displayName: '<script>alert(1)</script>' }, 'displayName'],
    ['name of the wrong type', { ...valid, displayName: 42 }, 'displayName'],
    ['pronouns with markup', { ...valid, pronouns: '<b>she</b>' }, 'pronouns'],
    ['pronouns too long', { ...valid, pronouns: 'a'.repeat(41) }, 'pronouns'],
    ['date of birth in the future', { ...valid, dateOfBirth: '2999-01-01' }, 'dateOfBirth'],
    ['date of birth not a date', { ...valid, dateOfBirth: '2020-02-30' }, 'dateOfBirth'],
    ['intake date missing', { ...valid, intakeDate: '' }, 'intakeDate'],
    ['intake date in the future', { ...valid, intakeDate: '2999-01-01' }, 'intakeDate'],
    ['intake date garbage', { ...valid, intakeDate: 'yesterday' }, 'intakeDate'],
  ];

  test.each(badInputs)('refuses %s with a field error and adds nothing', async (_label, input, field) => {
    actAs(fixture, 'therapistA');
    const before = await clientCount();
    const error = await rejection(createClient(input));
    expect(error.code).toBe('invalid');
    expect(error.fieldErrors?.[field]?.length).toBeGreaterThan(0);
    expect(await clientCount()).toBe(before);
  });
});

describe('editing a profile', () => {
  test('saves a new version and keeps the old one as a revision', async () => {
    actAs(fixture, 'therapistA');
    const before = await getClientProfile(fixture.clients.a);
    const after = await updateClientProfile({
      ...valid,
      clientId: before.id,
      version: before.version,
      displayName: 'Alex Renamed',
    });
    expect(after).toMatchObject({ displayName: 'Alex Renamed', version: before.version + 1 });
    const db = await getDb();
    const revisions = await db.select().from(clientRevisions).where(eq(clientRevisions.clientId, before.id));
    expect(revisions.map((r) => r.version)).toContain(before.version + 1);
  });

  test('a stale edit is refused, nothing is overwritten, and the newer values come back', async () => {
    actAs(fixture, 'therapistA');
    const loaded = await getClientProfile(fixture.clients.a);
    await updateClientProfile({ ...valid, clientId: loaded.id, version: loaded.version, displayName: 'First Writer' });
    const error = await rejection(
      updateClientProfile({ ...valid, clientId: loaded.id, version: loaded.version, displayName: 'Second Writer' }),
    );
    expect(error.code).toBe('conflict');
    expect((error.current as ClientProfile).displayName).toBe('First Writer');
    expect((await getClientProfile(loaded.id)).displayName).toBe('First Writer');
  });

  const badEdits: [string, (f: Fixture, p: ClientProfile) => Record<string, unknown>, 'invalid' | 'not-found'][] = [
    ['an empty name', (_f, p) => ({ ...valid, clientId: p.id, version: p.version, displayName: '' }), 'invalid'],
    [
      'a 5,000-character name',
      (_f, p) => ({ ...valid, clientId: p.id, version: p.version, displayName: 'x'.repeat(5000) }),
      'invalid',
    ],
    [
      'a script tag',
      (_f, p) => ({ ...valid, clientId: p.id, version: p.version, displayName: '<script>x</script>' }),
      'invalid',
    ],
    ['a version that is not a number', (_f, p) => ({ ...valid, clientId: p.id, version: 'abc' }), 'invalid'],
    ['a malformed client id', (_f, p) => ({ ...valid, clientId: 'not-an-id', version: p.version }), 'invalid'],
    ["another organisation's client id", (f) => ({ ...valid, clientId: f.clients.other, version: 1 }), 'not-found'],
    ["another therapist's client id", (f) => ({ ...valid, clientId: f.clients.b, version: 1 }), 'not-found'],
  ];

  test.each(badEdits)('refuses %s and changes nothing', async (_label, makeInput, code) => {
    actAs(fixture, 'therapistA');
    const profile = await getClientProfile(fixture.clients.a);
    const db = await getDb();
    const snapshot = await db.select().from(clients);
    const error = await rejection(updateClientProfile(makeInput(fixture, profile)));
    expect(error.code).toBe(code);
    expect(await db.select().from(clients)).toEqual(snapshot);
  });
});
