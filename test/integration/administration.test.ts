import { parse } from 'csv-parse/sync';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, caseloadAssignments, organizations, supervisionLinks, users } from '@/db/schema';
import { exportAuditLog, listAuditEvents } from '@/lib/data/audit-log';
import { getClientProfile } from '@/lib/data/clients';
import { getOrganizationSettings, updateOrganizationSettings } from '@/lib/data/organization';
import { getPerson } from '@/lib/data/people-admin';
import { reassignClient } from '@/lib/data/reassignment';
import { assignSupervisor, endSupervision, listSupervision } from '@/lib/data/supervision';
import { listCaseload } from '@/lib/data/caseload';
import { AppError } from '@/lib/errors';
import { actAs, createFixture, type Fixture } from './fixtures';
import { addPeopleFixture, setDeactivated, type PeopleFixture } from './people-fixtures';

let f: Fixture;
let people: PeopleFixture;
beforeAll(async () => {
  f = await createFixture('admin');
  people = await addPeopleFixture(f);
});

async function refusal(call: () => Promise<unknown>): Promise<AppError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('supervision links', () => {
  test('assigning a new supervisor ends the old link; the history is kept and access follows', async () => {
    actAs(f, 'admin');
    await assignSupervisor({ therapistId: f.users.therapistA.id, supervisorId: f.users.supervisorOfNobody.id });
    const db = await getDb();
    const links = await db
      .select()
      .from(supervisionLinks)
      .where(eq(supervisionLinks.therapistId, f.users.therapistA.id))
      .orderBy(asc(supervisionLinks.startedAt));
    expect(links).toHaveLength(2);
    expect(links[0]).toMatchObject({ supervisorId: f.users.supervisorOfA.id, endedBy: f.users.admin.id });
    expect(links[0]!.endedAt).not.toBeNull();
    expect(links[1]).toMatchObject({
      supervisorId: f.users.supervisorOfNobody.id,
      endedAt: null,
      startedBy: f.users.admin.id,
    });

    actAs(f, 'supervisorOfNobody');
    expect((await listCaseload({ clinicianId: f.users.therapistA.id })).page.rows.length).toBeGreaterThan(0);
    actAs(f, 'supervisorOfA');
    expect((await refusal(() => getClientProfile(f.clients.a))).code).toBe('not-found');

    actAs(f, 'admin');
    const overview = await listSupervision();
    expect(overview.rows.find((r) => r.therapistId === f.users.therapistA.id)?.supervisor?.id).toBe(
      f.users.supervisorOfNobody.id,
    );
    await endSupervision({ therapistId: f.users.therapistA.id });
    expect((await refusal(() => endSupervision({ therapistId: f.users.therapistA.id }))).message).toMatch(
      /no supervisor/,
    );
    await assignSupervisor({ therapistId: f.users.therapistA.id, supervisorId: f.users.supervisorOfA.id });
    actAs(f, 'supervisorOfA');
    expect(await getClientProfile(f.clients.a)).toMatchObject({ relationship: 'supervising' });
  });

  test('only an active supervisor of the organisation can be chosen, for a therapist of the organisation', async () => {
    actAs(f, 'admin');
    const cases: [unknown, string | null][] = [
      [
        { therapistId: f.users.therapistB.id, supervisorId: f.users.therapistA.id },
        'Choose an active supervisor from the list.',
      ],
      [
        { therapistId: f.users.therapistB.id, supervisorId: f.users.otherOrgUser.id },
        'Choose an active supervisor from the list.',
      ],
      [{ therapistId: f.users.therapistB.id, supervisorId: '' }, 'Choose a supervisor.'],
      [
        { therapistId: f.users.therapistA.id, supervisorId: f.users.supervisorOfA.id },
        'This is already their supervisor.',
      ],
    ];
    for (const [input, message] of cases)
      expect((await refusal(() => assignSupervisor(input))).fieldErrors?.supervisorId, JSON.stringify(input)).toEqual([
        message,
      ]);
    expect(
      (
        await refusal(() =>
          assignSupervisor({ therapistId: f.users.otherOrgTherapist.id, supervisorId: f.users.supervisorOfA.id }),
        )
      ).code,
    ).toBe('not-found');
    expect(
      (
        await refusal(() =>
          assignSupervisor({ therapistId: f.users.supervisorOfNobody.id, supervisorId: f.users.supervisorOfA.id }),
        )
      ).code,
    ).toBe('not-found');
    const db = await getDb();
    const active = await db
      .select()
      .from(supervisionLinks)
      .where(and(eq(supervisionLinks.therapistId, f.users.therapistB.id), isNull(supervisionLinks.endedAt)));
    expect(active).toHaveLength(0);
  });

  test('the database itself allows one active supervisor per therapist', async () => {
    const db = await getDb();
    await expect(
      db.insert(supervisionLinks).values({
        organizationId: f.orgA,
        supervisorId: f.users.supervisorOfNobody.id,
        therapistId: f.users.therapistA.id,
      }),
    ).rejects.toThrow();
  });
});

describe('reassigning a client', () => {
  test('ends the active assignment with who and why, starts the new one, and keeps the history', async () => {
    actAs(f, 'admin');
    await reassignClient({
      clientId: people.clientToMove,
      clinicianId: f.users.supervisorOfNobody.id,
      reason: '  Therapist on leave  ',
    });
    const db = await getDb();
    const rows = await db
      .select()
      .from(caseloadAssignments)
      .where(eq(caseloadAssignments.clientId, people.clientToMove))
      .orderBy(asc(caseloadAssignments.startedAt));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      clinicianId: people.spareTherapist.id,
      endedBy: f.users.admin.id,
      endReason: 'Therapist on leave',
    });
    expect(rows[1]).toMatchObject({
      clinicianId: f.users.supervisorOfNobody.id,
      endedAt: null,
      startedBy: f.users.admin.id,
    });
    expect(rows[0]!.endedAt!.getTime()).toBe(rows[1]!.startedAt.getTime());
    const profile = await getClientProfile(people.clientToMove);
    expect(profile.clinician?.id).toBe(f.users.supervisorOfNobody.id);
    expect(profile.assignments.map((a) => a.endReason)).toEqual([null, 'Therapist on leave']);
  });

  test('bad input or an unsuitable clinician changes nothing', async () => {
    actAs(f, 'admin');
    await setDeactivated(people.spareTherapist2, true);
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { clinicianId: people.spareTherapist2.id, reason: 'x' },
        'clinicianId',
        'Choose an active therapist or supervisor from the list.',
      ],
      [
        { clinicianId: f.users.admin.id, reason: 'x' },
        'clinicianId',
        'Choose an active therapist or supervisor from the list.',
      ],
      [
        { clinicianId: f.users.clientA.id, reason: 'x' },
        'clinicianId',
        'Choose an active therapist or supervisor from the list.',
      ],
      [
        { clinicianId: f.users.otherOrgTherapist.id, reason: 'x' },
        'clinicianId',
        'Choose an active therapist or supervisor from the list.',
      ],
      [
        { clinicianId: f.users.therapistA.id, reason: 'x' },
        'clinicianId',
        'The client already works with this clinician.',
      ],
      [{ clinicianId: f.users.therapistB.id, reason: '' }, 'reason', 'Say why the client is moving.'],
      [
        { clinicianId: f.users.therapistB.id, reason: 'x'.repeat(301) },
        'reason',
        'The reason must be 300 characters or fewer.',
      ],
      [
        { clinicianId: f.users.therapistB.id, reason: '<script>alert(1)</script>' },
        'reason',
        'The reason can’t contain < or >.',
      ],
      [{ clinicianId: 42, reason: 'x' }, 'clinicianId', 'Choose the clinician who will take over.'],
    ];
    for (const [input, field, message] of cases) {
      const error = await refusal(() => reassignClient({ clientId: f.clients.a, ...input }));
      expect(error.fieldErrors?.[field], JSON.stringify(input)).toEqual([message]);
    }
    expect(
      (
        await refusal(() =>
          reassignClient({ clientId: f.clients.other, clinicianId: f.users.therapistB.id, reason: 'x' }),
        )
      ).code,
    ).toBe('not-found');
    const db = await getDb();
    const rows = await db.select().from(caseloadAssignments).where(eq(caseloadAssignments.clientId, f.clients.a));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ clinicianId: f.users.therapistA.id, endedAt: null });
    await setDeactivated(people.spareTherapist2, false);
  });
});

describe('organisation settings', () => {
  const form = {
    name: 'Admin Test Clinic',
    timeZone: 'America/New_York',
    minimumGoalsPerPlan: '2',
    reviewCadenceDays: '30',
    phq9AtIntake: 'on',
    phq9EveryNthSession: '2',
    gad7EveryNthSession: '0',
    srsLicensed: 'on',
    crisisName0: 'Crisis line',
    crisisPhone0: '988',
    crisisHours0: '24/7',
  };

  test('saves name, time zone and settings, keeping settings this form does not edit', async () => {
    const db = await getDb();
    await db
      .update(organizations)
      .set({ settings: { somethingElse: { kept: true } } })
      .where(eq(organizations.id, f.orgA));
    actAs(f, 'admin');
    const saved = await updateOrganizationSettings(form);
    expect(saved).toMatchObject({
      name: 'Admin Test Clinic',
      timeZone: 'America/New_York',
      settings: { minimumGoalsPerPlan: 2, licensedInstruments: { ors: false, srs: true } },
    });
    expect(await getOrganizationSettings()).toEqual(saved);
    const [org] = await db.select().from(organizations).where(eq(organizations.id, f.orgA));
    expect(org!.settings).toMatchObject({
      somethingElse: { kept: true },
      crisisContacts: [{ name: 'Crisis line', phone: '988', hours: '24/7' }],
    });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, f.orgA), eq(auditEvents.action, 'organization.update')));
    expect(String(event!.details?.fields)).toContain('minimumGoalsPerPlan');
  });

  test('bad input gets field errors and nothing is saved', async () => {
    actAs(f, 'admin');
    const before = await getOrganizationSettings();
    const error = await refusal(() =>
      updateOrganizationSettings({
        ...form,
        name: '',
        timeZone: 'Nowhere/Land',
        minimumGoalsPerPlan: '11',
        crisisPhone1: '123',
      }),
    );
    expect(error.fieldErrors).toEqual({
      name: ['Enter the organisation’s name.'],
      timeZone: ['Choose a time zone from the list.'],
      minimumGoalsPerPlan: ['Minimum goals per plan must be between 1 and 10.'],
      crisisName1: ['Give this contact a name, or clear the row.'],
    });
    expect(await getOrganizationSettings()).toEqual(before);
  });
});

describe('the audit log', () => {
  test('filters by person, client, action, outcome and date; pages; and never shows another organisation', async () => {
    const db = await getDb();
    const at = (iso: string) => new Date(iso);
    await db.insert(auditEvents).values([
      {
        organizationId: f.orgA,
        actorUserId: f.users.therapistB.id,
        actorRole: 'therapist',
        action: 'goal.read',
        entityType: 'client',
        entityId: f.clients.b,
        outcome: 'allowed',
        at: at('2026-03-01T09:00:00Z'),
      },
      {
        organizationId: f.orgA,
        actorUserId: f.users.therapistB.id,
        actorRole: 'therapist',
        action: 'goal.read',
        entityType: 'client',
        entityId: f.clients.a,
        outcome: 'denied',
        details: { reason: 'no-relationship' },
        at: at('2026-03-02T23:30:00Z'),
      },
      {
        organizationId: f.orgA,
        actorUserId: f.users.therapistA.id,
        actorRole: 'therapist',
        action: 'goal.update',
        entityType: 'client',
        entityId: f.clients.a,
        outcome: 'allowed',
        at: at('2026-03-03T09:00:00Z'),
      },
      {
        organizationId: f.orgB,
        actorUserId: f.users.otherOrgUser.id,
        actorRole: 'admin',
        action: 'goal.read',
        entityType: 'client',
        entityId: f.clients.other,
        outcome: 'allowed',
        at: at('2026-03-02T10:00:00Z'),
      },
    ]);
    actAs(f, 'admin');
    const byPerson = await listAuditEvents({ person: 'therapistb', from: '2026-03-01', to: '2026-03-03' });
    expect(byPerson.errors).toEqual({});
    expect(byPerson.rows.map((r) => [r.action, r.outcome, r.entityLabel])).toEqual([
      ['goal.read', 'denied', 'Alex Client'],
      ['goal.read', 'allowed', 'Blair Client'],
    ]);
    expect(byPerson.rows[0]!.details).toEqual({ reason: 'no-relationship' });

    const byClient = await listAuditEvents({ clientId: f.clients.a, from: '2026-03-01', to: '2026-03-31' });
    expect(byClient.rows.map((r) => r.action)).toEqual(['goal.update', 'goal.read']);
    expect(byClient.clientLabel).toBe('Alex Client');
    expect(
      (await listAuditEvents({ client: 'alex', action: 'goal.update', from: '2026-03-01', to: '2026-03-31' })).rows,
    ).toHaveLength(1);
    expect(
      (await listAuditEvents({ outcome: 'denied', from: '2026-03-01', to: '2026-03-31' })).rows.map((r) => r.action),
    ).toEqual(['goal.read']);
    // 23:30 UTC on 2 March is still 2 March in London (GMT), not 3 March.
    expect((await listAuditEvents({ from: '2026-03-03', to: '2026-03-03' })).rows.map((r) => r.action)).toEqual([
      'goal.update',
    ]);
    expect(
      (await listAuditEvents({ from: '2026-03-01', to: '2026-03-31' })).rows.every(
        (r) => r.entityId !== f.clients.other,
      ),
    ).toBe(true);

    const page1 = await listAuditEvents({});
    expect(page1.pageSize).toBe(25);
    expect(page1.total).toBeGreaterThan(3);
    expect(page1.actions).toContain('goal.update');
  });

  test('bad filters say what is wrong next to the field and list nothing', async () => {
    actAs(f, 'admin');
    const view = await listAuditEvents({
      person: 'no such person',
      client: 'Client',
      from: '2026-13-01',
      to: 'yesterday',
      outcome: 'maybe',
      page: '-3',
    });
    expect(view.errors.person).toEqual(['No one in your organisation matches “no such person”.']);
    expect(view.errors.client).toEqual(['More than one client matches “Client”: type more of the name.']);
    expect(view.errors.from).toEqual(['From date is not a real date.']);
    expect(view.errors.to?.[0]).toBe('To date must be a date like 2026-03-14.');
    expect(view.rows).toEqual([]);
    expect(view.page).toBe(1);
    const reversed = await listAuditEvents({ from: '2026-03-05', to: '2026-03-01' });
    expect(reversed.errors.to).toEqual(['The “to” date must be on or after the “from” date.']);
    // Another organisation's client id shows only this organisation's own events about it
    // (here, the refused reassignment), and never that client's name or events.
    const foreign = await listAuditEvents({ clientId: f.clients.other });
    expect(foreign.clientLabel).toBeNull();
    expect(foreign.rows.map((r) => [r.action, r.outcome, r.entityLabel, r.actor?.id])).toEqual([
      ['client.reassign', 'denied', null, f.users.admin.id],
    ]);
  });

  test('the CSV export neutralises every cell that a spreadsheet would run as a formula', async () => {
    const db = await getDb();
    const names = ['=HYPERLINK("http://evil.example")', '+1 Plus', '-2 Minus', '@SUM(A1)', '\tTabbed'];
    const ids: string[] = [];
    for (const name of names) {
      const [row] = await db
        .insert(users)
        .values({
          organizationId: f.orgA,
          role: 'therapist',
          name,
          email: `csv-${ids.length}-${Date.now()}@people.example`,
        })
        .returning({ id: users.id });
      ids.push(row!.id);
      await db.insert(auditEvents).values({
        organizationId: f.orgA,
        actorUserId: row!.id,
        actorRole: 'therapist',
        action: 'csv.test',
        entityType: 'user',
        entityId: row!.id,
        outcome: 'allowed',
        details: { reason: '=1+1' },
      });
    }
    actAs(f, 'admin');
    const result = await exportAuditLog({ action: 'csv.test' });
    expect(result).toMatchObject({ rows: names.length, truncated: false, errors: {} });
    const rows: string[][] = parse(result.csv);
    expect(rows[0]![2]).toBe('actor');
    const actors = rows.slice(1).map((r) => r[2]);
    expect(actors.sort()).toEqual(names.map((n) => `'${n}`).sort());
    for (const row of rows.slice(1)) {
      expect(row[8]).toBe(row[2]);
      expect(row[9]).toBe('reason==1+1');
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }

    actAs(f, 'otherOrgUser');
    expect((await exportAuditLog({ action: 'csv.test' })).rows).toBe(0);
  });
});

test('what an admin sees of a person is people, links and counts: no clinical fields', async () => {
  actAs(f, 'admin');
  const person = await getPerson(f.users.therapistA.id);
  expect(Object.keys(person).sort()).toEqual([
    'activeClients',
    'clientRecord',
    'createdAt',
    'email',
    'id',
    'isSelf',
    'lastLoginAt',
    'name',
    'resetPending',
    'role',
    'status',
    'supervisees',
    'supervisor',
    'timeZone',
  ]);
  // Client A, and the extra client without a portal account.
  expect(person).toMatchObject({ role: 'therapist', activeClients: 2, supervisor: { id: f.users.supervisorOfA.id } });
  const client = await getPerson(f.users.clientA.id);
  expect(client.clientRecord).toEqual({ id: f.clients.a, displayName: 'Alex Client' });
});
