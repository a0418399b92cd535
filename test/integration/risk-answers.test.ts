import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { getCheckIn, saveBeforeCheckIn } from '@/lib/data/check-ins';
import { sendMail } from '@/lib/mail';
import { actAs, createFixture, type Fixture } from './fixtures';
import { rejection } from './rejection';
import {
  addSessionsSetup,
  addTherapySession,
  DAY,
  fromNow,
  storedFor,
  type SessionsFixture,
} from './sessions-fixtures';

/*
 * A risk answer is never lost (issue 10, ADR 10): a PHQ-9 question 9 answer above 0 that reaches
 * the server for the client's own session is kept and flagged whatever else in the request is
 * refused — a missing rating, the window closed, the check-in sent already from another device —
 * and never for another client's session.
 */

vi.mock('@/lib/mail', () => ({ sendMail: vi.fn() }));

beforeEach(() => {
  vi.mocked(sendMail).mockReset();
  vi.mocked(sendMail).mockResolvedValue({ delivered: 'log' });
});

const phq9 = (item9: number | null, rest: (number | null)[] = [1, 1, 0, 2, 0, 1, 0, 0]) => [...rest, item9];
const gad7 = [1, 1, 1, 0, 0, 1, 0];
const ors = [6, 5.5, 7, 6.2];

describe('refused while the check-in is open', () => {
  let f: Fixture;
  let sx: SessionsFixture;
  beforeAll(async () => {
    f = await createFixture('risk-open');
    sx = await addSessionsSetup(f);
  });

  test('a send with question 9 = 2 and a missing goal rating is refused as today; the answer and its flag exist afterwards', async () => {
    actAs(f, 'clientA');
    const error = await rejection(
      saveBeforeCheckIn({
        therapySessionId: sx.startedA,
        intent: 'submit',
        goals: [{ goalId: sx.goalsA[0], progress: 5, clarity: 4 }],
        phq9: phq9(2),
        gad7,
        ors,
      }),
    );
    expect(error.code).toBe('invalid');
    expect(error.message).toBe('A few answers are missing. Answer them, or save for later and come back.');
    expect(error.fieldErrors).toEqual({
      goals: ['A goal was added to your plan. Reload the page to rate it, or save for later.'],
    });
    expect(error.current).toEqual({ riskKept: true });

    const after = await storedFor(f.clients.a);
    // Only question 9 is kept, in the check-in's draft PHQ-9; nothing else from the refused send.
    expect(after.checkIns.map((c) => c.status)).toEqual(['draft']);
    expect(after.measures.map((m) => [m.instrument, m.answers, m.isDraft])).toEqual([
      ['phq9', [null, null, null, null, null, null, null, null, 2], true],
    ]);
    expect(after.ratings).toEqual([]);
    expect(after.signals).toEqual([]);
    expect(after.riskFlags).toHaveLength(1);
    expect(after.riskFlags[0]!.reason).toMatch(
      /^PHQ-9 item 9 answered 2 \(more than half the days\) on \d{4}-\d{2}-\d{2} \(questionnaire not finished: 1 of 9 items answered\)\.$/,
    );
    expect(after.riskFlags[0]!.sourceResponseId).toBe(after.measures[0]!.id);
    expect(sendMail).toHaveBeenCalledTimes(1);
    expect(vi.mocked(sendMail).mock.calls[0]![0].to).toBe(f.users.therapistA.email);

    // The client sees the crisis contacts on the page again, with their answer there.
    const page = await getCheckIn({ therapySessionId: sx.startedA });
    expect(page.before?.riskNoted).toBe(true);
    expect(page.before?.measures.phq9?.[8]).toBe(2);
  });

  test('sending it properly afterwards raises no second flag for the same answer', async () => {
    actAs(f, 'clientA');
    const saved = await saveBeforeCheckIn({
      therapySessionId: sx.startedA,
      intent: 'submit',
      goals: sx.goalsA.map((goalId) => ({ goalId, progress: 5, clarity: 4 })),
      phq9: phq9(2),
      gad7,
      ors,
    });
    expect(saved).toEqual({ therapySessionId: sx.startedA, status: 'submitted', riskNoted: true });
    const after = await storedFor(f.clients.a);
    expect(after.riskFlags).toHaveLength(1);
    expect(after.measures.find((m) => m.instrument === 'phq9')).toMatchObject({
      answers: phq9(2),
      isDraft: false,
      total: 7,
    });
  });

  test('a field error (a rating of 11) keeps the answer too, beside a draft already saved', async () => {
    actAs(f, 'clientA');
    await saveBeforeCheckIn({
      therapySessionId: sx.upcomingA,
      intent: 'draft',
      goals: [{ goalId: sx.goalsA[0], progress: 3, clarity: null }],
      ors: [5, null, null, null],
    });
    const error = await rejection(
      saveBeforeCheckIn({
        therapySessionId: sx.upcomingA,
        intent: 'draft',
        goals: [{ goalId: sx.goalsA[0], progress: 11, clarity: 3 }],
        phq9: phq9(1),
      }),
    );
    expect(error.code).toBe('invalid');
    expect(error.fieldErrors?.['goals.0.progress']).toEqual(['Progress must be a whole number from 0 to 10.']);
    expect(error.current).toEqual({ riskKept: true });
    const rows = await storedFor(f.clients.a);
    // Session 2 has no PHQ-9 in its check-in: the answer is kept on its own, not late.
    const signal = rows.signals.find((s) => s.therapySessionId === sx.upcomingA);
    expect(signal).toMatchObject({
      kind: 'phq9-item9',
      value: 1,
      receivedLate: false,
      refusal: 'Some answers need attention.',
      receivedBy: f.users.clientA.id,
    });
    const flag = rows.riskFlags.find((r) => r.therapySessionId === sx.upcomingA);
    expect(flag!.reason.replace(/ on \d{4}-\d{2}-\d{2}\. /, ' on <date>. ')).toBe(
      'PHQ-9 item 9 answered 1 (several days) on <date>. ' +
        'Received with answers that could not be saved; the rest of that check-in was not saved.',
    );
    // The page shows the crisis contacts for it.
    expect((await getCheckIn({ therapySessionId: sx.upcomingA })).before?.riskNoted).toBe(true);
    // The draft saved before is untouched: progress 3, the ORS's first answer, no PHQ-9.
    expect(rows.ratings.filter((r) => r.therapySessionId === sx.upcomingA).map((r) => [r.progress, r.isDraft])).toEqual(
      [[3, true]],
    );
    expect(
      rows.measures.filter((m) => m.therapySessionId === sx.upcomingA).map((m) => [m.instrument, m.answers]),
    ).toEqual([['ors', [5, null, null, null]]]);
  });
});

describe('refused because it is late', () => {
  let f: Fixture;
  let sx: SessionsFixture;
  beforeAll(async () => {
    f = await createFixture('risk-late');
    sx = await addSessionsSetup(f);
  });

  test('a late send after the check-in was sent elsewhere: refused, nothing duplicated, risk answer kept beside the sent one', async () => {
    actAs(f, 'clientA');
    // Sent from the laptop with question 9 = 0.
    await saveBeforeCheckIn({
      therapySessionId: sx.startedA,
      intent: 'submit',
      goals: sx.goalsA.map((goalId) => ({ goalId, progress: 6, clarity: 5 })),
      phq9: phq9(0),
      gad7,
      ors,
    });
    const sent = await storedFor(f.clients.a);
    const flagsBefore = sent.riskFlags.length;

    // The phone's stored draft arrives later, with question 9 = 2 and other ratings.
    const late = {
      therapySessionId: sx.startedA,
      intent: 'draft',
      goals: sx.goalsA.map((goalId) => ({ goalId, progress: 2, clarity: 2 })),
      phq9: phq9(2, [3, 3, 3, 3, 3, 3, 3, 3]),
    };
    const error = await rejection(saveBeforeCheckIn(late));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('You have already sent this check-in, thank you. Nothing was changed.');
    expect(error.current).toEqual({ riskKept: true });

    const after = await storedFor(f.clients.a);
    expect(after.checkIns).toEqual(sent.checkIns);
    expect(after.ratings).toEqual(sent.ratings);
    expect(after.measures).toEqual(sent.measures); // the sent PHQ-9 still says 0
    const signal = after.signals.find((s) => s.therapySessionId === sx.startedA)!;
    expect(signal).toMatchObject({
      value: 2,
      receivedLate: true,
      checkInId: sent.checkIns.find((c) => c.therapySessionId === sx.startedA && c.kind === 'before')!.id,
    });
    expect(after.riskFlags).toHaveLength(flagsBefore + 1);
    expect(after.riskFlags.at(-1)!.reason).toMatch(
      /Received late, after this check-in had already been sent; the rest of it was not saved\.$/,
    );

    // Sent a third time: the same refusal, nothing new.
    expect((await rejection(saveBeforeCheckIn(late))).code).toBe('conflict');
    const again = await storedFor(f.clients.a);
    expect(again.signals).toHaveLength(after.signals.length);
    expect(again.riskFlags).toHaveLength(after.riskFlags.length);
  });

  test('after the window closed: refused, and the answer is kept for that session, marked late, and flagged', async () => {
    const closed = await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(-2 * DAY), 'attended');
    actAs(f, 'clientA');
    const before = await storedFor(f.clients.a);
    const error = await rejection(
      saveBeforeCheckIn({
        therapySessionId: closed,
        intent: 'submit',
        goals: [{ goalId: sx.goalsA[0], progress: 5, clarity: 4 }],
        phq9: phq9(2),
        gad7,
        ors,
      }),
    );
    expect(error.message).toBe('This check-in has closed: check-ins close 24 hours after the session starts.');
    expect(error.current).toEqual({ riskKept: true });
    const after = await storedFor(f.clients.a);
    expect(after.checkIns).toEqual(before.checkIns);
    expect(after.ratings).toEqual(before.ratings);
    expect(after.measures).toEqual(before.measures);
    const signals = after.signals.filter((s) => s.therapySessionId === closed);
    expect(signals.map((s) => [s.value, s.receivedLate, s.checkInId])).toEqual([[2, true, null]]);
    const flag = after.riskFlags.find((r) => r.therapySessionId === closed);
    expect(flag!.reason.replace(/ on \d{4}-\d{2}-\d{2}\. /, ' on <date>. ')).toBe(
      'PHQ-9 item 9 answered 2 (more than half the days) on <date>. ' +
        'Received after the check-in had closed; the rest of that check-in was not saved.',
    );
    expect(flag!.data).toMatchObject({
      answer: 2,
      receivedLate: true,
      timing: 'closed',
      safetySignalId: signals[0]!.id,
    });
    expect(after.riskFlags.length - before.riskFlags.length).toBe(1);
    expect(sendMail).toHaveBeenCalledTimes(1);

    // The same late answer sent again (a retried offline send) adds nothing.
    await rejection(saveBeforeCheckIn({ therapySessionId: closed, intent: 'draft', goals: [], phq9: phq9(2) }));
    const again = await storedFor(f.clients.a);
    expect(again.signals).toHaveLength(after.signals.length);
    expect(again.riskFlags).toHaveLength(after.riskFlags.length);
    expect(sendMail).toHaveBeenCalledTimes(1);
  });

  test('a late send repeating the answer already sent keeps nothing more', async () => {
    actAs(f, 'clientA');
    await saveBeforeCheckIn({
      therapySessionId: sx.upcomingA,
      intent: 'submit',
      goals: sx.goalsA.map((goalId) => ({ goalId, progress: 6, clarity: 5 })),
      ors,
    });
    const before = await storedFor(f.clients.a);
    // Session 2's check-in had no PHQ-9: the first late answer is kept, the repeat is not.
    await rejection(saveBeforeCheckIn({ therapySessionId: sx.upcomingA, intent: 'draft', goals: [], phq9: phq9(3) }));
    await rejection(saveBeforeCheckIn({ therapySessionId: sx.upcomingA, intent: 'submit', goals: [], phq9: phq9(3) }));
    const after = await storedFor(f.clients.a);
    expect(after.signals.length - before.signals.length).toBe(1);
    expect(after.riskFlags.length - before.riskFlags.length).toBe(1);
  });
});

describe('never for another client', () => {
  let f: Fixture;
  let sx: SessionsFixture;
  beforeAll(async () => {
    f = await createFixture('risk-foreign');
    sx = await addSessionsSetup(f);
  });

  test("a late send with another client's session id (from an offline draft) stores nothing for anyone, refused clearly", async () => {
    const before = { a: await storedFor(f.clients.a), b: await storedFor(f.clients.b) };
    actAs(f, 'clientA');
    const error = await rejection(
      saveBeforeCheckIn({ therapySessionId: sx.startedB, intent: 'draft', goals: [], phq9: phq9(2) }),
    );
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('We could not find that record.');
    expect(error.current).toBeUndefined();
    expect({ a: await storedFor(f.clients.a), b: await storedFor(f.clients.b) }).toEqual(before);
    expect(sendMail).not.toHaveBeenCalled();
  });

  test('staff sending a check-in with a risk answer for a client store nothing', async () => {
    const before = await storedFor(f.clients.a);
    actAs(f, 'therapistA');
    expect(
      (
        await rejection(
          saveBeforeCheckIn({ therapySessionId: sx.startedA, intent: 'submit', goals: [], phq9: phq9(2) }),
        )
      ).code,
    ).toBe('not-found');
    expect(await storedFor(f.clients.a)).toEqual(before);
  });

  test('an answer that is not one question 9 offers (4) is refused and keeps nothing', async () => {
    const before = await storedFor(f.clients.a);
    actAs(f, 'clientA');
    const error = await rejection(
      saveBeforeCheckIn({ therapySessionId: sx.startedA, intent: 'draft', goals: [], phq9: phq9(4) }),
    );
    expect(error.fieldErrors?.['phq9.8']).toEqual(['Choose one of the four answers for each PHQ-9 question.']);
    expect(await storedFor(f.clients.a)).toEqual(before);
  });
});
