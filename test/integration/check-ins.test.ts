import { and, count, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { getDb } from '@/db/client';
import { checkIns, flags, goalRatings, measureResponses, organizations } from '@/db/schema';
import { getCheckIn, saveAfterCheckIn, saveBeforeCheckIn } from '@/lib/data/check-ins';
import { sendMail } from '@/lib/mail';
import { actAs, createFixture, type Fixture } from './fixtures';
import { addSessionsSetup, addTherapySession, DAY, fromNow, HOUR, type SessionsFixture } from './sessions-fixtures';
import { rejection } from './rejection';

vi.mock('@/lib/mail', () => ({ mailTransport: () => 'log', sendMail: vi.fn() }));

let f: Fixture;
let sx: SessionsFixture;

beforeAll(async () => {
  f = await createFixture('checkins');
  sx = await addSessionsSetup(f);
});

beforeEach(() => {
  vi.mocked(sendMail).mockReset();
  vi.mocked(sendMail).mockResolvedValue({ delivered: 'log' });
});

/** Everything a check-in can write, to prove a refused one wrote nothing. */
async function stored() {
  const db = await getDb();
  const n = async (table: typeof checkIns | typeof goalRatings | typeof measureResponses | typeof flags) =>
    (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    checkIns: await n(checkIns),
    goalRatings: await n(goalRatings),
    measures: await n(measureResponses),
    flags: await n(flags),
  };
}

const phq9 = (item9: number | null, rest: (number | null)[] = [1, 1, 0, 2, 0, 1, 0, 0]) => [...rest, item9];
const gad7 = [1, 1, 1, 0, 0, 1, 0];
const ors = [6, 5.5, 7, 6.2];

function fullCheckIn(therapySessionId: string, overrides: Record<string, unknown> = {}) {
  return {
    therapySessionId,
    intent: 'submit',
    goals: sx.goalsA.map((goalId, i) => ({ goalId, progress: 4 + i, clarity: 4 })),
    phq9: phq9(0),
    gad7,
    ors,
    ...overrides,
  };
}

describe('what the client is asked', () => {
  test('the earliest open check-in, with every active goal and the measures due at session 1', async () => {
    actAs(f, 'clientA');
    const page = await getCheckIn();
    expect(page.before?.therapySessionId).toBe(sx.startedA);
    expect(page.before?.number).toBe(1);
    expect(page.before?.goals.map((g) => g.goalId)).toEqual(sx.goalsA);
    expect(Object.keys(page.before?.measures ?? {}).sort()).toEqual(['gad7', 'ors', 'phq9']);
    expect(page.otherOpen.map((s) => s.therapySessionId)).toEqual([sx.upcomingA]);
    expect(page.after.map((s) => s.therapySessionId)).toEqual([sx.startedA]);
    expect(page.crisisContacts).toEqual([]);
  });

  test('session 2 does not ask for PHQ-9 or GAD-7, and refuses them if sent', async () => {
    actAs(f, 'clientA');
    const page = await getCheckIn({ therapySessionId: sx.upcomingA });
    expect(page.before?.number).toBe(2);
    expect(Object.keys(page.before?.measures ?? {})).toEqual(['ors']);
    const before = await stored();
    const error = await rejection(
      saveBeforeCheckIn({ therapySessionId: sx.upcomingA, intent: 'draft', goals: [], phq9: phq9(0) }),
    );
    expect(error.code).toBe('invalid');
    expect(error.fieldErrors?.phq9).toEqual(['The PHQ-9 is not part of this check-in.']);
    expect(await stored()).toEqual(before);
  });
});

describe('bad input is refused with a clear error and nothing is stored', () => {
  const cases: [
    string,
    (s: SessionsFixture) => Record<string, unknown>,
    'invalid' | 'not-found',
    string | ((s: SessionsFixture) => string),
  ][] = [
    [
      'a progress rating of 11',
      (s) => fullCheckIn(s.startedA, { goals: [{ goalId: s.goalsA[0], progress: 11, clarity: 3 }] }),
      'invalid',
      'goals.0.progress',
    ],
    [
      'a clarity rating of 0',
      (s) => fullCheckIn(s.startedA, { goals: [{ goalId: s.goalsA[0], progress: 5, clarity: 0 }] }),
      'invalid',
      'goals.0.clarity',
    ],
    [
      'a rating of 2.5',
      (s) => fullCheckIn(s.startedA, { goals: [{ goalId: s.goalsA[0], progress: 2.5, clarity: 3 }] }),
      'invalid',
      'goals.0.progress',
    ],
    [
      'a rating sent as words, not a number',
      (s) => fullCheckIn(s.startedA, { goals: [{ goalId: s.goalsA[0], progress: 'seven', clarity: 3 }] }),
      'invalid',
      'goals.0.progress',
    ],
    [
      'a rating of 2.5 typed as text',
      (s) => fullCheckIn(s.startedA, { goals: [{ goalId: s.goalsA[0], progress: '2.5', clarity: 3 }] }),
      'invalid',
      'goals.0.progress',
    ],
    [
      'a PHQ-9 with 8 answers (item 9 = 2 among them)',
      (s) => fullCheckIn(s.startedA, { phq9: [1, 1, 0, 2, 0, 1, 0, 2] }),
      'invalid',
      'phq9',
    ],
    ['a PHQ-9 answer of 4', (s) => fullCheckIn(s.startedA, { phq9: phq9(4) }), 'invalid', 'phq9.8'],
    ['a GAD-7 with 9 answers', (s) => fullCheckIn(s.startedA, { gad7: [...gad7, 0, 0] }), 'invalid', 'gad7'],
    ['an ORS mark of 10.5', (s) => fullCheckIn(s.startedA, { ors: [10.5, 5, 5, 5] }), 'invalid', 'ors.0'],
    ['an ORS mark of 6.25', (s) => fullCheckIn(s.startedA, { ors: [6.25, 5, 5, 5] }), 'invalid', 'ors.0'],
    [
      'a goal of another client',
      (s) => fullCheckIn(s.startedA, { goals: [{ goalId: s.goalB, progress: 5, clarity: 3 }] }),
      'invalid',
      'goals',
    ],
    ['a malformed session id', () => fullCheckIn('not-a-session'), 'invalid', 'therapySessionId'],
    ['no intent', (s) => fullCheckIn(s.startedA, { intent: undefined }), 'invalid', 'intent'],
    ["another client's session", (s) => fullCheckIn(s.startedB, { goals: [] }), 'not-found', ''],
    [
      'a session 2 years ahead',
      (s) => ({
        therapySessionId: s.farFutureA,
        intent: 'draft',
        goals: [{ goalId: s.goalsA[0], progress: 5, clarity: 3 }],
      }),
      'invalid',
      'form',
    ],
  ];

  test.each(cases)('%s', async (_label, makeInput, code, fieldOf) => {
    const field = typeof fieldOf === 'function' ? fieldOf(sx) : fieldOf;
    actAs(f, 'clientA');
    const before = await stored();
    const error = await rejection(saveBeforeCheckIn(makeInput(sx)));
    expect(error.code).toBe(code);
    if (field)
      expect(
        error.fieldErrors?.[field]?.length,
        `error for ${field}: ${JSON.stringify(error.fieldErrors)}`,
      ).toBeGreaterThan(0);
    expect(error.message.length).toBeGreaterThan(10);
    expect(await stored()).toEqual(before);
  });

  test('a 2-years-ahead session says when the window opens', async () => {
    actAs(f, 'clientA');
    const error = await rejection(saveBeforeCheckIn({ therapySessionId: sx.farFutureA, intent: 'draft', goals: [] }));
    expect(error.message).toBe('This check-in is not open yet. It opens 7 days before the session.');
  });

  test('a session whose window has closed, and a cancelled one, are refused', async () => {
    const closed = await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(-2 * DAY), 'attended');
    const cancelled = await addTherapySession(
      f.orgA,
      f.clients.a,
      f.users.therapistA.id,
      fromNow(3 * DAY),
      'cancelled',
    );
    actAs(f, 'clientA');
    const before = await stored();
    expect(
      (await rejection(saveBeforeCheckIn({ therapySessionId: closed, intent: 'draft', goals: [] }))).message,
    ).toMatch(/has closed/);
    expect(
      (await rejection(saveBeforeCheckIn({ therapySessionId: cancelled, intent: 'draft', goals: [] }))).message,
    ).toMatch(/did not take place/);
    expect(await stored()).toEqual(before);
  });

  test('staff cannot check in for a client', async () => {
    actAs(f, 'therapistA');
    expect((await rejection(saveBeforeCheckIn(fullCheckIn(sx.startedA)))).code).toBe('not-found');
  });
});

describe('drafts and sending', () => {
  let fx: Fixture;
  let sxx: SessionsFixture;
  beforeAll(async () => {
    fx = await createFixture('drafts');
    sxx = await addSessionsSetup(fx);
  });

  async function rowsFor(therapySessionId: string) {
    const db = await getDb();
    return {
      checkIns: await db.select().from(checkIns).where(eq(checkIns.therapySessionId, therapySessionId)),
      ratings: await db.select().from(goalRatings).where(eq(goalRatings.therapySessionId, therapySessionId)),
      measures: await db.select().from(measureResponses).where(eq(measureResponses.therapySessionId, therapySessionId)),
    };
  }

  test('a draft keeps unanswered questions unanswered (never 0) and is not an outcome', async () => {
    actAs(fx, 'clientA');
    const saved = await saveBeforeCheckIn({
      therapySessionId: sxx.startedA,
      intent: 'draft',
      goals: [{ goalId: sxx.goalsA[0], progress: 3, clarity: null }],
      phq9: [1, null, null, null, null, null, null, null, null],
    });
    expect(saved).toEqual({ therapySessionId: sxx.startedA, status: 'draft', riskNoted: false });
    const rows = await rowsFor(sxx.startedA);
    expect(rows.checkIns.map((c) => c.status)).toEqual(['draft']);
    expect(rows.ratings).toHaveLength(1);
    expect(rows.ratings[0]).toMatchObject({ progress: 3, clarity: null, isDraft: true, side: 'client' });
    expect(rows.measures[0]).toMatchObject({
      instrument: 'phq9',
      answers: [1, null, null, null, null, null, null, null, null],
      complete: false,
      total: null,
      isDraft: true,
    });

    const page = await getCheckIn();
    expect(page.before?.status).toBe('draft');
    expect(page.before?.goals[0]).toMatchObject({ progress: 3, clarity: null });
    expect(page.before?.measures.phq9?.[0]).toBe(1);
  });

  test('sending with questions unanswered names each one, and keeps the draft', async () => {
    actAs(fx, 'clientA');
    const error = await rejection(
      saveBeforeCheckIn({
        therapySessionId: sxx.startedA,
        intent: 'submit',
        goals: [{ goalId: sxx.goalsA[0], progress: 3, clarity: null }],
        phq9: phq9(0, [1, null, 0, 0, 0, 0, 0, 0]),
        gad7,
        ors,
      }),
    );
    expect(error.code).toBe('invalid');
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(
      [
        'goals.0.clarity',
        // The second goal was not sent at all (a page opened before it was added): no field to sit next to.
        'goals',
        'phq9.1',
      ].sort(),
    );
    expect((await rowsFor(sxx.startedA)).checkIns.map((c) => c.status)).toEqual(['draft']);
  });

  test('sending after a draft updates the same rows, scores them, and never duplicates', async () => {
    actAs(fx, 'clientA');
    const saved = await saveBeforeCheckIn({
      ...fullCheckIn(sxx.startedA),
      goals: sxx.goalsA.map((goalId) => ({ goalId, progress: 6, clarity: 5 })),
    });
    expect(saved.status).toBe('submitted');
    const rows = await rowsFor(sxx.startedA);
    expect(rows.checkIns).toHaveLength(1);
    expect(rows.checkIns[0]).toMatchObject({ status: 'submitted' });
    expect(rows.checkIns[0]!.submittedAt).not.toBeNull();
    expect(rows.ratings).toHaveLength(2);
    expect(rows.ratings.every((r) => !r.isDraft && r.progress === 6 && r.clarity === 5)).toBe(true);
    expect(rows.measures.map((m) => [m.instrument, m.total, m.band, m.complete, m.isDraft]).sort()).toEqual(
      [
        ['gad7', 4, 'minimal', true, false],
        ['ors', 24.7, null, true, false],
        ['phq9', 5, 'mild', true, false],
      ].sort(),
    );
  });

  test('sending again, or saving a draft over a sent check-in, is refused and changes nothing', async () => {
    actAs(fx, 'clientA');
    const before = await rowsFor(sxx.startedA);
    const again = await rejection(
      saveBeforeCheckIn({
        ...fullCheckIn(sxx.startedA),
        goals: sxx.goalsA.map((goalId) => ({ goalId, progress: 1, clarity: 1 })),
      }),
    );
    expect(again.code).toBe('conflict');
    expect(again.message).toMatch(/already sent/);
    const draft = await rejection(saveBeforeCheckIn({ therapySessionId: sxx.startedA, intent: 'draft', goals: [] }));
    expect(draft.code).toBe('conflict');
    expect(await rowsFor(sxx.startedA)).toEqual(before);
  });

  test('two sends at once store one check-in', async () => {
    actAs(fx, 'clientA');
    const input = {
      therapySessionId: sxx.upcomingA,
      intent: 'submit',
      goals: sxx.goalsA.map((goalId) => ({ goalId, progress: 5, clarity: 4 })),
      ors,
    };
    const results = await Promise.allSettled([saveBeforeCheckIn(input), saveBeforeCheckIn(input)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rows = await rowsFor(sxx.upcomingA);
    expect(rows.checkIns).toHaveLength(1);
    expect(rows.ratings).toHaveLength(2);
    expect(rows.measures).toHaveLength(1);
  });

  test('the ORS is neither asked for nor accepted when the organisation switches it off', async () => {
    const db = await getDb();
    await db
      .update(organizations)
      .set({ settings: { licensedInstruments: { ors: false, srs: false } } })
      .where(eq(organizations.id, fx.orgA));
    try {
      const later = await addTherapySession(fx.orgA, fx.clients.a, fx.users.therapistA.id, fromNow(3 * DAY));
      actAs(fx, 'clientA');
      const page = await getCheckIn({ therapySessionId: later });
      expect(page.before?.measures).toEqual({});
      expect(page.after).toEqual([]);
      const error = await rejection(saveBeforeCheckIn({ therapySessionId: later, intent: 'draft', goals: [], ors }));
      expect(error.fieldErrors?.ors).toEqual(['The ORS is not part of this check-in.']);
      expect(
        (await rejection(saveAfterCheckIn({ therapySessionId: sxx.startedA, intent: 'draft', srs: [9, 9, 9, 9] })))
          .code,
      ).toBe('invalid');
    } finally {
      await db.update(organizations).set({ settings: {} }).where(eq(organizations.id, fx.orgA));
    }
  });
});

describe('risk: PHQ-9 question 9 above 0', () => {
  let fx: Fixture;
  let sxx: SessionsFixture;
  beforeAll(async () => {
    fx = await createFixture('risk');
    sxx = await addSessionsSetup(fx);
  });

  async function riskFlags() {
    const db = await getDb();
    return db
      .select()
      .from(flags)
      .where(and(eq(flags.clientId, fx.clients.a), eq(flags.kind, 'risk')));
  }

  test('even an unfinished draft raises a risk flag in the same transaction as the answers, and emails the therapist', async () => {
    actAs(fx, 'clientA');
    const saved = await saveBeforeCheckIn({
      therapySessionId: sxx.startedA,
      intent: 'draft',
      goals: [],
      phq9: [null, null, null, null, null, null, null, null, 1],
    });
    expect(saved.riskNoted).toBe(true);
    const [flag, ...others] = await riskFlags();
    expect(others).toEqual([]);
    expect(flag!.reason).toMatch(
      /^PHQ-9 item 9 answered 1 \(several days\) on \d{4}-\d{2}-\d{2} \(questionnaire not finished: 1 of 9 items answered\)\.$/,
    );
    expect(flag!.acknowledgedAt).toBeNull();
    const db = await getDb();
    const [response] = await db
      .select()
      .from(measureResponses)
      .where(and(eq(measureResponses.therapySessionId, sxx.startedA), eq(measureResponses.instrument, 'phq9')));
    expect(flag!.sourceResponseId).toBe(response!.id);
    // now() is the transaction's start time: equal timestamps mean one transaction wrote both.
    expect(flag!.raisedAt.getTime()).toBe(response!.updatedAt.getTime());
    expect(sendMail).toHaveBeenCalledTimes(1);
    const mail = vi.mocked(sendMail).mock.calls[0]![0];
    expect(mail.to).toBe(fx.users.therapistA.email);
    expect(mail.text).toContain(`/clients/${fx.clients.a}/sessions`);
    expect(mail.text).not.toMatch(/Alex|several days/i); // no name, no answers
    expect(flag!.notifiedAt).not.toBeNull();
  });

  test('saving the same answer again raises nothing new; a changed answer raises a new flag', async () => {
    actAs(fx, 'clientA');
    await saveBeforeCheckIn({
      therapySessionId: sxx.startedA,
      intent: 'draft',
      goals: [],
      phq9: [null, null, null, null, null, null, null, null, 1],
    });
    expect(await riskFlags()).toHaveLength(1);
    await saveBeforeCheckIn({
      therapySessionId: sxx.startedA,
      intent: 'draft',
      goals: [],
      phq9: [null, null, null, null, null, null, null, null, 2],
    });
    expect(await riskFlags()).toHaveLength(2);
    // Answering 0 afterwards does not clear anything.
    await saveBeforeCheckIn({
      therapySessionId: sxx.startedA,
      intent: 'draft',
      goals: [],
      phq9: [null, null, null, null, null, null, null, null, 0],
    });
    expect((await riskFlags()).every((flag) => flag.acknowledgedAt === null)).toBe(true);
    expect(await riskFlags()).toHaveLength(2);
  });

  test('if the email fails the flag stays, un-notified, for the timer to send', async () => {
    vi.mocked(sendMail).mockRejectedValue(new Error('SMTP down'));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    actAs(fx, 'clientA');
    await saveBeforeCheckIn({
      therapySessionId: sxx.startedA,
      intent: 'draft',
      goals: [],
      phq9: [null, null, null, null, null, null, null, null, 3],
    });
    const newest = (await riskFlags()).find((flag) => (flag.data as { answer?: number }).answer === 3);
    expect(newest?.notifiedAt).toBeNull();
    spy.mockRestore();
  });
});

describe('after the session: the SRS', () => {
  test('is open once the session has started and raises an alliance flag below 36', async () => {
    const fx = await createFixture('srs');
    const sxx = await addSessionsSetup(fx);
    actAs(fx, 'clientA');
    const notYet = await rejection(
      saveAfterCheckIn({ therapySessionId: sxx.upcomingA, intent: 'draft', srs: [9, 9, 9, 9] }),
    );
    expect(notYet.message).toMatch(/once it has started/);
    const missing = await rejection(
      saveAfterCheckIn({ therapySessionId: sxx.startedA, intent: 'submit', srs: [9, 9, null, 9] }),
    );
    expect(missing.fieldErrors?.['srs.2']).toBeDefined();
    await saveAfterCheckIn({ therapySessionId: sxx.startedA, intent: 'submit', srs: [9, 9, 8.9, 9] });
    const db = await getDb();
    const alliance = await db
      .select()
      .from(flags)
      .where(and(eq(flags.clientId, fx.clients.a), eq(flags.kind, 'alliance')));
    expect(alliance.map((a) => a.reason)).toEqual(['SRS total 35.9 in session 1 is below 36.']);
  });
});

test('check-in windows: a session 7 days and 1 hour ahead is not open yet', async () => {
  const fx = await createFixture('window');
  await addSessionsSetup(fx);
  const later = await addTherapySession(fx.orgA, fx.clients.a, fx.users.therapistA.id, fromNow(7 * DAY + HOUR));
  actAs(fx, 'clientA');
  expect((await rejection(saveBeforeCheckIn({ therapySessionId: later, intent: 'draft', goals: [] }))).message).toMatch(
    /not open yet/,
  );
});
