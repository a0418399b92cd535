import { and, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { getDb } from '@/db/client';
import { countStatements } from '@/db/query-counter';
import { flags } from '@/db/schema';
import { listCaseload } from '@/lib/data/caseload';
import { getCaseloadDashboard } from '@/lib/data/caseload-dashboard';
import { saveAfterCheckIn, saveBeforeCheckIn } from '@/lib/data/check-ins';
import { escalateOverdueRiskFlags } from '@/lib/data/internal/flag-upkeep';
import { acknowledgeFlag, getClientFlagSummary } from '@/lib/data/flags';
import { saveTherapistRatings } from '@/lib/data/therapy-sessions';
import { sendMail } from '@/lib/mail';
import { actAs, createFixture, type Fixture } from './fixtures';
import { addFlag, addGoal, addTherapySession, fromNow, HOUR } from './sessions-fixtures';
import { rejection } from './rejection';

vi.mock('@/lib/mail', () => ({ mailTransport: () => 'log', sendMail: vi.fn() }));

beforeEach(() => {
  vi.mocked(sendMail).mockReset();
  vi.mocked(sendMail).mockResolvedValue({ delivered: 'log' });
});

async function flagsOf(clientId: string, kind?: (typeof flags.$inferSelect)['kind']) {
  const db = await getDb();
  return db
    .select()
    .from(flags)
    .where(and(eq(flags.clientId, clientId), kind ? eq(flags.kind, kind) : undefined));
}

describe('rating flags over four sessions', () => {
  let f: Fixture;
  let goalId: string;
  const sessions: string[] = [];
  beforeAll(async () => {
    f = await createFixture('ontrack');
    goalId = (
      await addGoal(f.orgA, f.clients.a, f.users.therapistA.id, 'Go for a 30 minute bike ride three times a week')
    ).goalId;
    for (const hoursAgo of [20, 15, 10, 5])
      sessions.push(await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(-hoursAgo * HOUR)));
  });

  const clientRatings = [5, 4, 5, 4];
  const therapistRatings = [6, 6, 7, 8];

  test('not on track appears after the fourth rating that is not above the first, with its reason', async () => {
    for (const [index, therapySessionId] of sessions.entries()) {
      actAs(f, 'clientA');
      await saveBeforeCheckIn({
        therapySessionId,
        intent: 'submit',
        goals: [{ goalId, progress: clientRatings[index], clarity: 4 }],
        ...(index === 0 ? { phq9: [0, 0, 0, 0, 0, 0, 0, 0, 0], gad7: [0, 0, 0, 0, 0, 0, 0] } : {}),
        ors: [7, 7, 7, 7],
      });
      actAs(f, 'therapistA');
      await saveTherapistRatings({ therapySessionId, ratings: [{ goalId, progress: therapistRatings[index] }] });
      const notOnTrack = await flagsOf(f.clients.a, 'not-on-track');
      expect(notOnTrack, `after session ${index + 1}`).toHaveLength(index === 3 ? 1 : 0);
    }
    const [flag] = await flagsOf(f.clients.a, 'not-on-track');
    expect(flag!.goalId).toBe(goalId);
    expect(flag!.therapySessionId).toBe(sessions[3]);
    expect(flag!.reason).toBe(
      'No progress: rated 4 at session 4, not above the first rating of 5 at session 1, after 4 client ratings.',
    );
  });

  test('perspectives differ when the two ratings of one session are 3 or more apart, and only then', async () => {
    const differ = await flagsOf(f.clients.a, 'perspectives-differ');
    // Session 4: client 4, therapist 8.
    expect(differ.map((d) => d.reason)).toEqual([
      'In session 4 the client rated this goal 4 and the therapist 8, 4 points apart (3 or more counts as differing).',
    ]);
  });

  test('the flags are in the banner summary for the therapist and the supervisor, risk first', async () => {
    await addFlag(f.orgA, f.clients.a, 'risk');
    for (const actor of ['therapistA', 'supervisorOfA'] as const) {
      actAs(f, actor);
      const summary = await getClientFlagSummary(f.clients.a);
      expect(summary.open[0]!.kind).toBe('risk');
      expect(summary.open.map((o) => o.kind).sort()).toEqual(['not-on-track', 'perspectives-differ', 'risk']);
      expect(summary.open.find((o) => o.kind === 'not-on-track')).toMatchObject({
        goalWording: 'Go for a 30 minute bike ride three times a week',
        therapySessionNumber: 4,
      });
      expect(summary.canAcknowledge).toBe(actor === 'therapistA');
    }
  });

  test('an alliance flag when the SRS drops by 1 point or more', async () => {
    actAs(f, 'clientA');
    await saveAfterCheckIn({ therapySessionId: sessions[2]!, intent: 'submit', srs: [9.5, 9.5, 9.5, 9.5] });
    expect(await flagsOf(f.clients.a, 'alliance')).toHaveLength(0);
    await saveAfterCheckIn({ therapySessionId: sessions[3]!, intent: 'submit', srs: [9.5, 9.5, 9, 8.5] });
    expect((await flagsOf(f.clients.a, 'alliance')).map((a) => a.reason)).toEqual([
      'SRS total fell 1.5 points, from 38.0 to 36.5, since the previous session.',
    ]);
  });
});

describe('a reliable deterioration on PHQ-9 makes the client not on track', () => {
  test('PHQ-9 from 5 to 11 (a rise of 6)', async () => {
    const f = await createFixture('deteriorate');
    const first = await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(-20 * HOUR));
    const second = await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(-10 * HOUR));
    actAs(f, 'clientA');
    await saveBeforeCheckIn({
      therapySessionId: first,
      intent: 'submit',
      goals: [],
      phq9: [1, 1, 1, 1, 1, 0, 0, 0, 0],
      gad7: [0, 0, 0, 0, 0, 0, 0],
      ors: [7, 7, 7, 7],
    });
    // Session 2 is not on the schedule for PHQ-9; the client answered it anyway at session 1 only, so give the next
    // one through the schedule:
    const { organizations } = await import('@/db/schema');
    const db = await getDb();
    await db
      .update(organizations)
      .set({
        settings: {
          measureSchedule: {
            phq9: { atIntake: true, everyNthSession: 1 },
            gad7: { atIntake: true, everyNthSession: 0 },
          },
        },
      })
      .where(eq(organizations.id, f.orgA));
    await saveBeforeCheckIn({
      therapySessionId: second,
      intent: 'submit',
      goals: [],
      phq9: [2, 2, 2, 2, 1, 1, 1, 0, 0],
      ors: [7, 7, 7, 7],
    });
    const [flag] = await flagsOf(f.clients.a, 'not-on-track');
    expect(flag!.goalId).toBeNull();
    expect(flag!.reason).toBe(
      'PHQ-9 rose 6 points, from 5 at session 1 to 11 at session 2; a rise of 6 or more is a reliable deterioration.',
    );
  });
});

describe('check-in overdue', () => {
  test('raised when a session has started and the check-in is not in; not for clients without the portal; once', async () => {
    const f = await createFixture('overdue');
    const started = await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(-HOUR));
    await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(HOUR)); // not started yet
    await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(-2 * HOUR), 'cancelled');
    await addTherapySession(f.orgA, f.clients.supervisorOwn, f.users.supervisorOfA.id, fromNow(-HOUR)); // no portal account
    const recordedLater = await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(-3 * HOUR));
    const db = await getDb();
    const { therapySessions } = await import('@/db/schema');
    // Booked after it happened:
    await db.update(therapySessions).set({ createdAt: new Date() }).where(eq(therapySessions.id, recordedLater));
    actAs(f, 'therapistA');
    const summary = await getClientFlagSummary(f.clients.a);
    expect(summary.open.map((o) => [o.kind, o.therapySessionId])).toEqual([['check-in-overdue', started]]);
    expect(summary.open[0]!.reason).toMatch(
      /^The check-in for the session on \d{1,2} [A-Z][a-z]{2} \d{4} at \d{2}:\d{2} had not been sent when the session started\.$/,
    );
    await getClientFlagSummary(f.clients.a);
    expect(await flagsOf(f.clients.a, 'check-in-overdue')).toHaveLength(1);
    actAs(f, 'supervisorOfA');
    expect((await getClientFlagSummary(f.clients.supervisorOwn)).open).toEqual([]);
  });
});

describe('risk escalation after 24 hours', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture('escalate');
  });

  test('an unacknowledged risk flag older than 24 hours goes to the supervisor, once', async () => {
    const old = await addFlag(f.orgA, f.clients.a, 'risk', fromNow(-25 * HOUR));
    const recent = await addFlag(f.orgA, f.clients.a, 'risk', fromNow(-23 * HOUR));
    const result = await escalateOverdueRiskFlags(new Date());
    expect(result.escalated).toBeGreaterThanOrEqual(1);
    const rows = await flagsOf(f.clients.a, 'risk');
    expect(rows.find((r) => r.id === old)!.escalatedAt).not.toBeNull();
    expect(rows.find((r) => r.id === recent)!.escalatedAt).toBeNull();
    const toSupervisor = vi.mocked(sendMail).mock.calls.filter(([mail]) => mail.to === f.users.supervisorOfA.email);
    expect(toSupervisor).toHaveLength(1);
    expect(toSupervisor[0]![0].subject).toMatch(/not been acknowledged for 24 hours/);
    expect(toSupervisor[0]![0].text).toContain(`/clients/${f.clients.a}/sessions`);

    vi.mocked(sendMail).mockClear();
    await escalateOverdueRiskFlags(new Date());
    expect(vi.mocked(sendMail).mock.calls.filter(([mail]) => mail.to === f.users.supervisorOfA.email)).toHaveLength(0);
  });

  test('an acknowledged flag is never escalated; opening the client escalates lazily', async () => {
    const acknowledged = await addFlag(f.orgA, f.clients.a, 'risk', fromNow(-30 * HOUR));
    actAs(f, 'therapistA');
    await acknowledgeFlag({ flagId: acknowledged, note: 'Called the client; safety plan agreed.' });
    const lazy = await addFlag(f.orgA, f.clients.a, 'risk', fromNow(-26 * HOUR));
    actAs(f, 'supervisorOfA');
    const summary = await getClientFlagSummary(f.clients.a);
    expect(summary.open.find((o) => o.id === lazy)?.escalatedAt).not.toBeNull();
    expect(summary.acknowledged.find((o) => o.id === acknowledged)?.escalatedAt).toBeNull();
  });

  test('a client whose therapist has no supervisor: the administrators are told', async () => {
    const own = await addFlag(f.orgA, f.clients.supervisorOwn, 'risk', fromNow(-25 * HOUR));
    await escalateOverdueRiskFlags(new Date());
    expect(vi.mocked(sendMail).mock.calls.map(([mail]) => mail.to)).toContain(f.users.admin.email);
    expect((await flagsOf(f.clients.supervisorOwn, 'risk')).find((r) => r.id === own)!.escalatedAt).not.toBeNull();
  });

  test('a failed escalation email is tried again next time', async () => {
    const failing = await addFlag(f.orgA, f.clients.a, 'risk', fromNow(-25 * HOUR));
    vi.mocked(sendMail).mockRejectedValueOnce(new Error('SMTP down'));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await escalateOverdueRiskFlags(new Date());
    expect((await flagsOf(f.clients.a, 'risk')).find((r) => r.id === failing)!.escalatedAt).toBeNull();
    await escalateOverdueRiskFlags(new Date());
    expect((await flagsOf(f.clients.a, 'risk')).find((r) => r.id === failing)!.escalatedAt).not.toBeNull();
    spy.mockRestore();
  });
});

describe('acknowledging a flag', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture('ack');
  });

  test.each([
    ['an empty note', ''],
    ['a two-letter note', 'ok'],
    ['a script tag', '<script>alert(1)</script>'],
    ['a note of 1,001 characters', 'x'.repeat(1001)],
  ])('refuses %s and leaves the flag open', async (_label, note) => {
    const flagId = await addFlag(f.orgA, f.clients.a);
    actAs(f, 'therapistA');
    const error = await rejection(acknowledgeFlag({ flagId, note }));
    expect(error.code).toBe('invalid');
    expect(error.fieldErrors?.note?.length).toBeGreaterThan(0);
    expect((await flagsOf(f.clients.a)).find((r) => r.id === flagId)!.acknowledgedAt).toBeNull();
  });

  test('keeps who, when and the note; a second acknowledgement is refused; the supervisor cannot acknowledge', async () => {
    const flagId = await addFlag(f.orgA, f.clients.a, 'risk');
    actAs(f, 'supervisorOfA');
    expect((await rejection(acknowledgeFlag({ flagId, note: 'Seen by supervisor.' }))).code).toBe('not-found');
    actAs(f, 'therapistA');
    await acknowledgeFlag({ flagId, note: 'Phoned the client the same day; safety plan reviewed.' });
    const error = await rejection(acknowledgeFlag({ flagId, note: 'Again.' }));
    expect(error.code).toBe('conflict');
    const summary = await getClientFlagSummary(f.clients.a);
    expect(summary.open.find((o) => o.id === flagId)).toBeUndefined();
    expect(summary.acknowledged.find((o) => o.id === flagId)).toMatchObject({
      acknowledgementNote: 'Phoned the client the same day; safety plan reviewed.',
      acknowledgedByName: 'TherapistA',
    });
  });
});

describe('the caseload shows open flags, risk first, in a constant number of statements', () => {
  test('counts per client and order', async () => {
    const f = await createFixture('caseloadflags');
    actAs(f, 'therapistA');
    const { id: zed } = await (
      await import('@/lib/data/clients')
    ).createClient({ displayName: 'Zed Zulu', pronouns: '', dateOfBirth: '', intakeDate: '2026-02-01' });
    const quiet = await countStatements(() => getCaseloadDashboard());
    await addFlag(f.orgA, zed, 'risk');
    await addFlag(f.orgA, zed, 'not-on-track');
    await addFlag(f.orgA, f.clients.a, 'alliance');
    const busy = await countStatements(() => getCaseloadDashboard());
    expect(busy.result.page.rows.map((r) => [r.displayName, r.flags.total, r.flags.risk])).toEqual([
      ['Zed Zulu', 2, 1],
      ['Alex Client', 1, 0],
    ]);
    expect(busy.statements.length).toBe(quiet.statements.length);

    // An admin's view of the caseload is profile only: no flags, nothing clinical.
    actAs(f, 'admin');
    const asAdmin = await listCaseload({ clinicianId: f.users.therapistA.id });
    expect(asAdmin.page.rows.map((r) => r.displayName)).toEqual(['Alex Client', 'Zed Zulu']);
    expect(asAdmin.page.rows.every((r) => !('openFlags' in r) && !('flags' in r))).toBe(true);
  });
});
