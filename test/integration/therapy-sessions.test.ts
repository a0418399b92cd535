import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '@/db/client';
import { clients, gasRatings, gasScales, goalRatings, therapySessionRevisions, therapySessions } from '@/db/schema';
import { saveBeforeCheckIn } from '@/lib/data/check-ins';
import { rateGas, saveGasScale } from '@/lib/data/goal-attainment';
import { getClientProgress } from '@/lib/data/progress';
import {
  getTherapySession,
  listTherapySessions,
  recordTherapySession,
  saveTherapistRatings,
  scheduleTherapySession,
  type TherapySessionDetail,
} from '@/lib/data/therapy-sessions';
import { instantToWallTime } from '@/lib/domain/therapy-sessions';
import { todayIn } from '@/lib/time/local-date';
import { actAs, createFixture, type Fixture } from './fixtures';
import {
  addGoal,
  addSessionsSetup,
  addTherapySession,
  DAY,
  fromNow,
  HOUR,
  type SessionsFixture,
} from './sessions-fixtures';
import { rejection } from './rejection';

let f: Fixture;
let sx: SessionsFixture;

beforeAll(async () => {
  f = await createFixture('sessions');
  sx = await addSessionsSetup(f);
});

async function sessionCount(): Promise<number> {
  const db = await getDb();
  return (await db.select({ n: count() }).from(therapySessions))[0]!.n;
}

const local = (date: Date) => instantToWallTime(date, 'Europe/London');

describe('scheduling', () => {
  test('reads the time on the clinic’s clock (London summer time) and numbers sessions by date', async () => {
    actAs(f, 'therapistA');
    const { id } = await scheduleTherapySession({
      clientId: f.clients.a,
      scheduledAt: '2026-07-14T14:30',
      durationMinutes: '50',
    });
    const db = await getDb();
    const [row] = await db.select().from(therapySessions).where(eq(therapySessions.id, id));
    expect(row!.scheduledAt.toISOString()).toBe('2026-07-14T13:30:00.000Z');
    expect(row!.clinicianId).toBe(f.users.therapistA.id);
    const list = await listTherapySessions(f.clients.a);
    // Newest first; July is the earliest session, so it is number 1.
    expect(list.sessions.at(-1)).toMatchObject({ id, number: 1, status: 'scheduled', before: 'none' });
  });

  test.each([
    ['no time', { scheduledAt: '' }, 'scheduledAt'],
    ['a malformed time', { scheduledAt: 'next tuesday' }, 'scheduledAt'],
    ['a time the clocks skip', { scheduledAt: '2026-03-29T01:30' }, 'scheduledAt'],
    ['a time 2 years ahead', { scheduledAt: local(fromNow(730 * DAY)) }, 'scheduledAt'],
    ['a time 6 years ago', { scheduledAt: '2020-01-01T10:00' }, 'scheduledAt'],
    ['a length of 0 minutes', { durationMinutes: '0' }, 'durationMinutes'],
    ['a length of 601 minutes', { durationMinutes: '601' }, 'durationMinutes'],
    ['a length in words', { durationMinutes: 'fifty' }, 'durationMinutes'],
    ['a malformed client id', { clientId: '<script>' }, 'clientId'],
  ])('refuses %s and books nothing', async (_label, change, field) => {
    actAs(f, 'therapistA');
    const before = await sessionCount();
    const error = await rejection(
      scheduleTherapySession({
        clientId: f.clients.a,
        scheduledAt: '2026-12-01T10:00',
        durationMinutes: 50,
        ...change,
      }),
    );
    expect(error.code).toBe('invalid');
    expect(error.fieldErrors?.[field]?.length).toBeGreaterThan(0);
    expect(await sessionCount()).toBe(before);
  });

  test("another therapist's client is not found", async () => {
    actAs(f, 'therapistA');
    expect(
      (
        await rejection(
          scheduleTherapySession({ clientId: f.clients.b, scheduledAt: '2026-12-01T10:00', durationMinutes: 50 }),
        )
      ).code,
    ).toBe('not-found');
  });
});

describe('recording what happened', () => {
  const edit = (detail: TherapySessionDetail, change: Record<string, unknown> = {}) => ({
    therapySessionId: detail.id,
    version: detail.version,
    scheduledAt: detail.scheduledAtLocal,
    durationMinutes: detail.durationMinutes,
    status: detail.status,
    privateNote: detail.privateNote ?? '',
    ...change,
  });

  test('attended with a private note; every version is kept', async () => {
    actAs(f, 'therapistA');
    const detail = await getTherapySession(sx.startedA);
    const saved = await recordTherapySession(
      edit(detail, { status: 'attended', privateNote: 'Talked about mornings.' }),
    );
    expect(saved).toMatchObject({
      status: 'attended',
      privateNote: 'Talked about mornings.',
      version: detail.version + 1,
    });
    const db = await getDb();
    const revisions = await db
      .select()
      .from(therapySessionRevisions)
      .where(eq(therapySessionRevisions.therapySessionId, sx.startedA));
    expect(revisions.map((r) => r.version)).toContain(detail.version + 1);
  });

  test('a stale edit is refused, nothing is overwritten, and the current values come back', async () => {
    actAs(f, 'therapistA');
    const loaded = await getTherapySession(sx.startedA);
    await recordTherapySession(edit(loaded, { privateNote: 'First writer.' }));
    const error = await rejection(recordTherapySession(edit(loaded, { privateNote: 'Second writer.' })));
    expect(error.code).toBe('conflict');
    expect((error.current as TherapySessionDetail).privateNote).toBe('First writer.');
    expect((await getTherapySession(sx.startedA)).privateNote).toBe('First writer.');
  });

  test.each([
    [
      'attended before it has started',
      (d: TherapySessionDetail) => ({
        status: 'attended',
        therapySessionId: sx.upcomingA,
        version: d.version,
        scheduledAt: d.scheduledAtLocal,
      }),
      'status',
    ],
    ['a script tag in the note', () => ({ privateNote: '<script>alert(1)</script>' }), 'privateNote'],
    ['a note of 2,001 characters', () => ({ privateNote: 'x'.repeat(2001) }), 'privateNote'],
    ['an unknown status', () => ({ status: 'maybe' }), 'status'],
  ])('refuses %s', async (_label, change, field) => {
    actAs(f, 'therapistA');
    const upcoming = await getTherapySession(sx.upcomingA);
    const current = await getTherapySession(sx.startedA);
    const base = field === 'status' && _label.startsWith('attended') ? edit(upcoming) : edit(current);
    const error = await rejection(recordTherapySession({ ...base, ...change(upcoming) }));
    expect(error.code).toBe('invalid');
    expect(error.fieldErrors?.[field]?.length).toBeGreaterThan(0);
    expect((await getTherapySession(sx.startedA)).version).toBe(current.version);
  });

  test('a cancelled session gets no number and the later ones move up; the supervisor reads but cannot record', async () => {
    const fx = await createFixture('numbers');
    const first = await addTherapySession(fx.orgA, fx.clients.a, fx.users.therapistA.id, fromNow(-3 * DAY), 'attended');
    const cancelled = await addTherapySession(
      fx.orgA,
      fx.clients.a,
      fx.users.therapistA.id,
      fromNow(-2 * DAY),
      'cancelled',
    );
    const third = await addTherapySession(fx.orgA, fx.clients.a, fx.users.therapistA.id, fromNow(-DAY), 'no-show');
    const fourth = await addTherapySession(fx.orgA, fx.clients.a, fx.users.therapistA.id, fromNow(DAY));
    actAs(fx, 'supervisorOfA');
    const list = await listTherapySessions(fx.clients.a);
    expect(list.canEdit).toBe(false);
    expect(Object.fromEntries(list.sessions.map((s) => [s.id, s.number]))).toEqual({
      [first]: 1,
      [cancelled]: null,
      [third]: null,
      [fourth]: 2,
    });
    const detail = await getTherapySession(first);
    expect(detail.canEdit).toBe(false);
    expect((await rejection(recordTherapySession(edit(detail, { privateNote: 'Supervisor edit' })))).code).toBe(
      'not-found',
    );
  });
});

describe('therapist ratings', () => {
  test('rated independently, refused before the session starts, and a change keeps the old value', async () => {
    actAs(f, 'therapistA');
    const early = await rejection(
      saveTherapistRatings({ therapySessionId: sx.upcomingA, ratings: [{ goalId: sx.goalsA[0], progress: 5 }] }),
    );
    expect(early.message).toMatch(/once the session has started/);
    const bad = await rejection(
      saveTherapistRatings({ therapySessionId: sx.startedA, ratings: [{ goalId: sx.goalsA[0], progress: 11 }] }),
    );
    expect(bad.fieldErrors?.['ratings.0.progress']).toEqual(['Progress must be a whole number from 0 to 10.']);
    const foreign = await rejection(
      saveTherapistRatings({ therapySessionId: sx.startedA, ratings: [{ goalId: sx.goalB, progress: 5 }] }),
    );
    expect(foreign.code).toBe('invalid');

    // As the form sends them (nested by formAction): a radio group left alone sends no progress.
    expect(
      await saveTherapistRatings({
        therapySessionId: sx.startedA,
        ratings: [{ goalId: sx.goalsA[0], progress: '5' }, { goalId: sx.goalsA[1] }],
      }),
    ).toEqual({ saved: 1, clientId: f.clients.a });
    await saveTherapistRatings({ therapySessionId: sx.startedA, ratings: [{ goalId: sx.goalsA[0], progress: 6 }] });
    const db = await getDb();
    const rows = await db.select().from(goalRatings).where(eq(goalRatings.therapySessionId, sx.startedA));
    const therapist = rows.filter((r) => r.side === 'therapist');
    expect(therapist).toHaveLength(1);
    expect(therapist[0]).toMatchObject({ progress: 6, isDraft: false, clarity: null });
    expect(therapist[0]!.history.map((h) => h.progress)).toEqual([5]);
    const detail = await getTherapySession(sx.startedA);
    expect(detail.goals.find((g) => g.goalId === sx.goalsA[0])?.therapist?.progress).toBe(6);
  });
});

describe('goal attainment scaling', () => {
  test('levels in words, versioned; rated at a session; three unweighted goals at +1 give T = 63.7', async () => {
    const fx = await createFixture('gas');
    const session = await addTherapySession(fx.orgA, fx.clients.a, fx.users.therapistA.id, fromNow(-HOUR), 'attended');
    const goalIds = [];
    for (const wording of [
      'Go to bed by 11pm on weeknights',
      'Speak up at least once a day in team meetings',
      'Reach out to one friend per week',
    ]) {
      goalIds.push((await addGoal(fx.orgA, fx.clients.a, fx.users.therapistA.id, wording)).goalId);
    }
    actAs(fx, 'therapistA');
    const noScale = await rejection(rateGas({ therapySessionId: session, goalId: goalIds[0], level: 1 }));
    expect(noScale.message).toMatch(/Describe the five levels/);
    const levels = {
      levelMinus2: 'Never',
      levelMinus1: 'Once a week',
      level0: 'Three times a week',
      levelPlus1: 'Four times a week',
      levelPlus2: 'Every weeknight',
      weight: '',
    };
    const bad = await rejection(saveGasScale({ goalId: goalIds[0], ...levels, level0: '' }));
    expect(bad.fieldErrors?.level0).toBeDefined();
    const badWeight = await rejection(saveGasScale({ goalId: goalIds[0], ...levels, weight: '0' }));
    expect(badWeight.fieldErrors?.weight).toBeDefined();
    for (const goalId of goalIds) await saveGasScale({ goalId, ...levels });
    const second = await saveGasScale({ goalId: goalIds[0], ...levels, level0: 'Four nights a week' });
    expect(second).toMatchObject({ version: 2, clientId: fx.clients.a });
    const outOfRange = await rejection(rateGas({ therapySessionId: session, goalId: goalIds[0], level: 3 }));
    expect(outOfRange.fieldErrors?.level).toBeDefined();
    for (const goalId of goalIds) await rateGas({ therapySessionId: session, goalId, level: 1 });
    expect(await rateGas({ therapySessionId: session, goalId: goalIds[0], level: '1' })).toEqual({
      level: 1,
      clientId: fx.clients.a,
    });

    const progress = await getClientProgress(fx.clients.a);
    expect(progress.gas.map(({ number, tScore, goalsRated }) => ({ number, tScore, goalsRated }))).toEqual([
      { number: 1, tScore: 63.7, goalsRated: 3 },
    ]);
    const db = await getDb();
    expect((await db.select({ n: count() }).from(gasScales).where(eq(gasScales.goalId, goalIds[0]!)))[0]!.n).toBe(2);
    expect(
      (await db.select({ n: count() }).from(gasRatings).where(eq(gasRatings.therapySessionId, session)))[0]!.n,
    ).toBe(3);
    const detail = await getTherapySession(session);
    expect(detail.goals[0]!.gas).toMatchObject({
      level: 1,
      scale: { version: 2, levels: { '0': 'Four nights a week' } },
    });
  });
});

describe('progress for the charts', () => {
  test('both sides’ ratings per goal by session, drafts excluded, with the GBO change', async () => {
    const fx = await createFixture('progress');
    const { goalId } = await addGoal(
      fx.orgA,
      fx.clients.a,
      fx.users.therapistA.id,
      'Go for a 30 minute bike ride three times a week',
    );
    const s1 = await addTherapySession(fx.orgA, fx.clients.a, fx.users.therapistA.id, fromNow(-20 * HOUR));
    const s2 = await addTherapySession(fx.orgA, fx.clients.a, fx.users.therapistA.id, fromNow(-10 * HOUR));
    actAs(fx, 'clientA');
    await saveBeforeCheckIn({
      therapySessionId: s1,
      intent: 'submit',
      goals: [{ goalId, progress: 2, clarity: 3 }],
      phq9: [2, 2, 2, 2, 2, 0, 0, 0, 0],
      gad7: [1, 1, 1, 1, 1, 1, 1],
      ors: [5, 5, 5, 5],
    });
    await saveBeforeCheckIn({ therapySessionId: s2, intent: 'draft', goals: [{ goalId, progress: 9, clarity: 5 }] });
    actAs(fx, 'therapistA');
    await saveTherapistRatings({ therapySessionId: s1, ratings: [{ goalId, progress: 3 }] });
    await saveTherapistRatings({ therapySessionId: s2, ratings: [{ goalId, progress: 4 }] });
    const progress = await getClientProgress(fx.clients.a);
    expect(progress.goals[0]!.points.map((p) => [p.number, p.client, p.therapist])).toEqual([
      [1, 2, 3],
      [2, null, 4],
    ]);
    expect(progress.goals[0]!.change).toMatchObject({ baseline: 2, latest: 2, change: 0 });
    expect(progress.goals[0]!.latestClarity).toBe(3);
    const phq9 = progress.measures.find((m) => m.instrument === 'phq9')!;
    expect(phq9.points.map((p) => p.total)).toEqual([10]);
    // No date of birth: no ORS cutoff at all (never silently the adult one), and the page asks for it.
    const ors = progress.measures.find((m) => m.instrument === 'ors')!;
    expect(ors.points.map((p) => [p.total, p.cutoff])).toEqual([[20, null]]);
    expect(ors.cutoffNote).toBe('Add the client’s date of birth to compare with the clinical cutoff.');

    // Born 18 years before the day of the score (the session's date on the clinic's calendar, London): adult, 25.
    const db = await getDb();
    const scoreDay = todayIn('Europe/London', new Date(ors.points[0]!.date));
    const eighteenthBirthday = `${Number(scoreDay.slice(0, 4)) - 18}${scoreDay.slice(4)}`;
    await db.update(clients).set({ dateOfBirth: eighteenthBirthday }).where(eq(clients.id, fx.clients.a));
    const onBirthday = (await getClientProgress(fx.clients.a)).measures.find((m) => m.instrument === 'ors')!;
    expect([onBirthday.points[0]!.cutoff, onBirthday.cutoffNote]).toEqual([25, null]);
    // A day younger (the birthday is the day after the score): 17, so 28.
    const dayAfter = new Date(`${eighteenthBirthday}T12:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    await db
      .update(clients)
      .set({ dateOfBirth: dayAfter.toISOString().slice(0, 10) })
      .where(eq(clients.id, fx.clients.a));
    expect(
      (await getClientProgress(fx.clients.a)).measures.find((m) => m.instrument === 'ors')!.points[0]!.cutoff,
    ).toBe(28);
  });
});
