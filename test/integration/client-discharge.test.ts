import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, clientRevisions, clients, flags, therapySessions } from '@/db/schema';
import { changeClientStatus, createClient, getClientProfile } from '@/lib/data/clients';
import { actAs, createFixture, type Fixture } from './fixtures';
import { addFlag, addTherapySession, DAY, fromNow } from './sessions-fixtures';
import { rejection } from './rejection';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await createFixture('discharge');
});

/** A fresh client on therapist A's caseload, so each test starts from nothing. */
async function newClient(): Promise<string> {
  actAs(fixture, 'therapistA');
  const { id } = await createClient({
    displayName: 'Kit Example',
    pronouns: '',
    dateOfBirth: '',
    intakeDate: '2026-01-05',
  });
  return id;
}

async function stored(clientId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ status: clients.status, version: clients.version })
    .from(clients)
    .where(eq(clients.id, clientId));
  const revisions = await db.select().from(clientRevisions).where(eq(clientRevisions.clientId, clientId));
  return { ...row!, revisions: revisions.length };
}

const discharge = (clientId: string, version = 1, reason = 'Goals met; agreed ending.') =>
  changeClientStatus({ clientId, version, status: 'discharged', reason });

describe('discharging a client', () => {
  test('the treating therapist discharges with a reason: status, a revision with it, an audit event, the profile says so', async () => {
    const id = await newClient();
    const profile = await discharge(id);
    expect(profile.status).toBe('discharged');
    expect(profile.version).toBe(2);
    expect(profile.statusChange).toMatchObject({
      status: 'discharged',
      reason: 'Goals met; agreed ending.',
      byName: 'TherapistA',
    });
    const db = await getDb();
    const [revision] = await db
      .select()
      .from(clientRevisions)
      .where(and(eq(clientRevisions.clientId, id), eq(clientRevisions.version, 2)));
    expect(revision?.snapshot).toEqual({ status: 'discharged', reason: 'Goals met; agreed ending.' });
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'client.discharge')));
    expect(events.map((e) => e.outcome)).toEqual(['allowed']);
  });

  test('re-opening keeps the discharge in the history and makes the client active again', async () => {
    const id = await newClient();
    await discharge(id);
    const reopened = await changeClientStatus({
      clientId: id,
      version: 2,
      status: 'active',
      reason: 'Returning after a relapse.',
    });
    expect(reopened).toMatchObject({
      status: 'active',
      version: 3,
      statusChange: { status: 'active', reason: 'Returning after a relapse.' },
    });
    expect((await stored(id)).revisions).toBe(3);
  });

  test('the supervisor sees the reason; an admin sees that it happened, not why', async () => {
    const id = await newClient();
    await discharge(id, 1, 'Moved away.');
    actAs(fixture, 'supervisorOfA');
    expect((await getClientProfile(id)).statusChange).toMatchObject({ status: 'discharged', reason: 'Moved away.' });
    actAs(fixture, 'admin');
    const seenByAdmin = await getClientProfile(id);
    expect(seenByAdmin.statusChange).toMatchObject({ status: 'discharged', reason: null });
  });

  test('an open risk flag must be acknowledged first: refused, nothing changed', async () => {
    const id = await newClient();
    await addFlag(fixture.orgA, id, 'risk');
    const error = await rejection(discharge(id));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/open risk flag/);
    expect(await stored(id)).toEqual({ status: 'active', version: 1, revisions: 1 });
    // Once acknowledged, the discharge goes through.
    const db = await getDb();
    await db
      .update(flags)
      .set({
        acknowledgedAt: new Date(),
        acknowledgedBy: fixture.users.therapistA.id,
        acknowledgementNote: 'Safety plan in place.',
      })
      .where(and(eq(flags.clientId, id), isNull(flags.acknowledgedAt)));
    expect((await discharge(id)).status).toBe('discharged');
  });

  test('a session still scheduled ahead must be cancelled first; past and cancelled sessions do not count', async () => {
    const id = await newClient();
    await addTherapySession(fixture.orgA, id, fixture.users.therapistA.id, fromNow(-7 * DAY), 'attended');
    await addTherapySession(fixture.orgA, id, fixture.users.therapistA.id, fromNow(3 * DAY), 'cancelled');
    const ahead = await addTherapySession(fixture.orgA, id, fixture.users.therapistA.id, fromNow(2 * DAY));
    const error = await rejection(discharge(id));
    expect(error.message).toMatch(/a session scheduled ahead/);
    expect(await stored(id)).toEqual({ status: 'active', version: 1, revisions: 1 });
    const db = await getDb();
    await db.update(therapySessions).set({ status: 'cancelled' }).where(eq(therapySessions.id, ahead));
    expect((await discharge(id)).status).toBe('discharged');
  });

  test('a stale version is refused with the record as it is now', async () => {
    const id = await newClient();
    await discharge(id);
    const error = await rejection(
      changeClientStatus({ clientId: id, version: 1, status: 'active', reason: 'Back again.' }),
    );
    expect(error.code).toBe('conflict');
    expect(error.current).toMatchObject({ status: 'discharged', version: 2 });
    expect(await stored(id)).toEqual({ status: 'discharged', version: 2, revisions: 2 });
  });

  test('bad input changes nothing: no reason, an unknown status, discharging twice', async () => {
    const id = await newClient();
    const noReason = await rejection(
      changeClientStatus({ clientId: id, version: 1, status: 'discharged', reason: '   ' }),
    );
    expect(noReason.fieldErrors?.reason).toEqual(['Say why, in a few words: it stays on the record.']);
    const unknown = await rejection(changeClientStatus({ clientId: id, version: 1, status: 'archived', reason: 'x' }));
    expect(unknown.fieldErrors?.status).toBeDefined();
    await discharge(id);
    const twice = await rejection(discharge(id, 2));
    expect(twice.message).toBe('This client is already discharged.');
    expect(await stored(id)).toEqual({ status: 'discharged', version: 2, revisions: 2 });
  });

  test('another therapist, a client and the supervisor get the same not-found, and nothing changes', async () => {
    const id = await newClient();
    for (const actor of ['therapistB', 'clientA', 'supervisorOfA', 'admin'] as const) {
      actAs(fixture, actor);
      const error = await rejection(discharge(id));
      expect(error.code, actor).toBe('not-found');
    }
    expect(await stored(id)).toEqual({ status: 'active', version: 1, revisions: 1 });
  });
});
