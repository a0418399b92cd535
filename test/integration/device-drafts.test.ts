import { beforeAll, expect, test, vi } from 'vitest';
import { sendAfterCheckInDraft, sendCheckInDraft, sendStepTick } from '@/app/(portal)/portal/actions';
import { getObjectiveWeek } from '@/lib/data/objective-ticks';
import { saveAfterCheckIn, saveBeforeCheckIn } from '@/lib/data/check-ins';
import { addDays } from '@/lib/domain/therapy-sessions';
import { actAs, createFixture, type Fixture } from './fixtures';
import {
  addSessionsSetup,
  addTherapySession,
  DAY,
  fromNow,
  storedFor,
  type SessionsFixture,
} from './sessions-fixtures';

/*
 * What the phone kept, sent when the connection returns (issue 10, ADR 10), through the portal's
 * actions as the browser calls them: the answer the phone acts on (saved, keep for the same
 * person, or refused for good with a clear message), and what is stored — never twice, never for
 * the wrong person.
 */

vi.mock('@/lib/mail', () => ({ sendMail: vi.fn().mockResolvedValue({ delivered: 'log' }) }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

let f: Fixture;
let sx: SessionsFixture;

beforeAll(async () => {
  f = await createFixture('device-drafts');
  sx = await addSessionsSetup(f);
});

/** A kept check-in as the form names its fields (by schema path). */
const kept = (therapySessionId: string, goalIds: string[], answers: Record<string, string>) => ({
  therapySessionId,
  ...Object.fromEntries(goalIds.map((goalId, index) => [`goals.${index}.goalId`, goalId])),
  measures: 'phq9,gad7,ors',
  ...answers,
});

/** A kept check-in as the form named its fields before (a phone's older copy, or a page loaded before). */
const keptOld = (therapySessionId: string, goalIds: string[], answers: Record<string, string>) => ({
  therapySessionId,
  goals: goalIds.join(','),
  measures: 'phq9,gad7,ors',
  ...answers,
});

test('signed out (an idle time-out): nothing is stored, and the phone is told to keep the answers', async () => {
  actAs(f, 'anonymous');
  const before = await storedFor(f.clients.a);
  expect(await sendCheckInDraft(kept(sx.startedA, sx.goalsA, { 'goals.0.progress': '6', 'phq9.8': '2' }))).toEqual({
    outcome: 'signed-out',
  });
  expect(await storedFor(f.clients.a)).toEqual(before);
});

test('sent by the same person signed in again: saved as a draft, never as a sent check-in', async () => {
  actAs(f, 'clientA');
  const result = await sendCheckInDraft({
    ...kept(sx.startedA, sx.goalsA, { 'goals.0.progress': '6', 'phq9.0': '1' }),
    intent: 'submit',
  });
  expect(result).toEqual({ outcome: 'saved' });
  const rows = await storedFor(f.clients.a);
  expect(rows.checkIns.map((c) => [c.therapySessionId, c.status])).toEqual([[sx.startedA, 'draft']]);
  expect(rows.ratings.map((r) => [r.goalId, r.progress, r.isDraft])).toEqual([[sx.goalsA[0], 6, true]]);
  expect(rows.measures.find((m) => m.instrument === 'phq9')?.answers).toEqual([
    1,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ]);
});

test('an answer the client can still fix: refused, not for good, with the field named', async () => {
  actAs(f, 'clientA');
  expect(await sendCheckInDraft(kept(sx.startedA, sx.goalsA, { 'ors.0': '10.5' }))).toEqual({
    outcome: 'refused',
    final: false,
    message: 'Some answers need attention. Enter a number from 0.0 to 10.0.',
    riskKept: false,
  });
});

test('a late send after the check-in was sent elsewhere: refused for good, clearly, nothing duplicated, the risk answer kept', async () => {
  actAs(f, 'clientA');
  const goals = sx.goalsA.map((goalId) => ({ goalId, progress: 7, clarity: 4 }));
  await saveBeforeCheckIn({
    therapySessionId: sx.startedA,
    intent: 'submit',
    goals,
    phq9: [0, 0, 0, 0, 0, 0, 0, 0, 0],
    gad7: [0, 0, 0, 0, 0, 0, 0],
    ors: [6, 6, 6, 6],
  });
  const sent = await storedFor(f.clients.a);
  const late = kept(sx.startedA, sx.goalsA, { 'goals.0.progress': '2', 'phq9.8': '2' });
  expect(await sendCheckInDraft(late)).toEqual({
    outcome: 'refused',
    final: true,
    message: 'You have already sent this check-in, thank you. Nothing was changed.',
    riskKept: true,
  });
  expect(await sendCheckInDraft(late)).toEqual({
    outcome: 'refused',
    final: true,
    message: 'You have already sent this check-in, thank you. Nothing was changed.',
    riskKept: true,
  });
  const after = await storedFor(f.clients.a);
  expect(after.checkIns).toEqual(sent.checkIns);
  expect(after.ratings).toEqual(sent.ratings);
  expect(after.measures).toEqual(sent.measures);
  expect(after.signals.map((s) => [s.therapySessionId, s.value, s.receivedLate])).toEqual([[sx.startedA, 2, true]]);
  expect(after.riskFlags.length - sent.riskFlags.length).toBe(1);
});

test('after the window closed: refused for good, the risk answer kept late', async () => {
  const closed = await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(-2 * DAY), 'attended');
  actAs(f, 'clientA');
  expect(await sendCheckInDraft(kept(closed, sx.goalsA, { 'phq9.8': '3' }))).toEqual({
    outcome: 'refused',
    final: true,
    message: 'This check-in has closed: check-ins close 24 hours after the session starts.',
    riskKept: true,
  });
  expect(
    (await storedFor(f.clients.a)).signals
      .filter((s) => s.therapySessionId === closed)
      .map((s) => [s.value, s.receivedLate]),
  ).toEqual([[3, true]]);
});

test("another client's session id in a kept draft: refused for good, clearly, and nothing is stored for anyone", async () => {
  const before = { a: await storedFor(f.clients.a), b: await storedFor(f.clients.b) };
  actAs(f, 'clientA');
  expect(await sendCheckInDraft(kept(sx.upcomingB, [sx.goalB], { 'goals.0.progress': '5', 'phq9.8': '2' }))).toEqual({
    outcome: 'refused',
    final: true,
    message: 'These answers are not for a check-in of yours, so they were not sent.',
    riskKept: false,
  });
  expect({ a: await storedFor(f.clients.a), b: await storedFor(f.clients.b) }).toEqual(before);
});

test('something that is not a kept form is refused for good and stores nothing', async () => {
  actAs(f, 'clientA');
  const before = await storedFor(f.clients.a);
  expect(await sendCheckInDraft({ therapySessionId: sx.upcomingA, goals: [1, 2] })).toMatchObject({
    outcome: 'refused',
    final: true,
    message: 'These answers could not be read, so they were not sent.',
  });
  expect(await storedFor(f.clients.a)).toEqual(before);
});

test('a step ticked offline is recorded once however often it is sent; one whose day has passed is refused with the reason', async () => {
  actAs(f, 'clientA');
  const { today } = await getObjectiveWeek();
  const tick = { objectiveId: sx.objectiveA, doneOn: today, note: 'Offline ride', submissionKey: crypto.randomUUID() };
  expect(await sendStepTick(tick)).toEqual({ outcome: 'saved' });
  expect(await sendStepTick(tick)).toEqual({ outcome: 'saved' });
  expect((await storedFor(f.clients.a)).ticks.filter((t) => t.note === 'Offline ride')).toHaveLength(1);

  const stale = {
    objectiveId: sx.objectiveA,
    doneOn: addDays(today, -7),
    note: 'Too late',
    submissionKey: crypto.randomUUID(),
  };
  expect(await sendStepTick(stale)).toEqual({
    outcome: 'refused',
    final: false,
    message: 'Some details need attention. Choose today or one of the 6 days before it.',
    riskKept: false,
  });
  expect((await storedFor(f.clients.a)).ticks.filter((t) => t.note === 'Too late')).toEqual([]);

  // Another client's step: refused, nothing recorded.
  expect(
    await sendStepTick({
      objectiveId: sx.objectiveB,
      doneOn: today,
      note: 'Not mine',
      submissionKey: crypto.randomUUID(),
    }),
  ).toMatchObject({ outcome: 'refused', final: true });
  expect((await storedFor(f.clients.b)).ticks.filter((t) => t.note === 'Not mine')).toEqual([]);
});

/* The after-session check-in (the SRS), kept on the phone the same way. */

const srsOf = (rows: Awaited<ReturnType<typeof storedFor>>, therapySessionId: string) => ({
  checkIns: rows.checkIns
    .filter((c) => c.therapySessionId === therapySessionId && c.kind === 'after')
    .map((c) => c.status),
  srs: rows.measures
    .filter((m) => m.therapySessionId === therapySessionId && m.instrument === 'srs')
    .map((m) => [m.answers, m.isDraft]),
});

test('SRS answers kept on the phone: signed out, kept for later; signed in, saved as a draft, never sent', async () => {
  actAs(f, 'anonymous');
  const before = await storedFor(f.clients.a);
  expect(await sendAfterCheckInDraft({ therapySessionId: sx.startedA, 'srs.0': '7.5' })).toEqual({
    outcome: 'signed-out',
  });
  expect(await storedFor(f.clients.a)).toEqual(before);

  actAs(f, 'clientA');
  expect(
    await sendAfterCheckInDraft({ therapySessionId: sx.startedA, intent: 'submit', 'srs.0': '7.5', 'srs.1': '8' }),
  ).toEqual({ outcome: 'saved' });
  expect(await sendAfterCheckInDraft({ therapySessionId: sx.startedA, 'srs.0': '7.5', 'srs.1': '8.4' })).toEqual({
    outcome: 'saved',
  });
  expect(srsOf(await storedFor(f.clients.a), sx.startedA)).toEqual({
    checkIns: ['draft'],
    srs: [[[7.5, 8.4, null, null], true]],
  });
});

test('an SRS answer the client can still fix: refused, not for good, with the field named, nothing changed', async () => {
  actAs(f, 'clientA');
  const before = await storedFor(f.clients.a);
  expect(await sendAfterCheckInDraft({ therapySessionId: sx.startedA, 'srs.0': '10.5' })).toEqual({
    outcome: 'refused',
    final: false,
    message: 'Some answers need attention. Enter a number from 0.0 to 10.0.',
    riskKept: false,
  });
  expect(await storedFor(f.clients.a)).toEqual(before);
});

test('a late SRS send after it was sent elsewhere: refused for good, clearly, nothing duplicated or changed', async () => {
  actAs(f, 'clientA');
  await saveAfterCheckIn({ therapySessionId: sx.startedA, intent: 'submit', srs: [9, 9, 9, 9] });
  const sent = await storedFor(f.clients.a);
  expect(srsOf(sent, sx.startedA)).toEqual({ checkIns: ['submitted'], srs: [[[9, 9, 9, 9], false]] });
  const late = { therapySessionId: sx.startedA, 'srs.0': '2', 'srs.1': '2', 'srs.2': '2', 'srs.3': '2' };
  const refused = {
    outcome: 'refused',
    final: true,
    message: 'You have already sent this check-in, thank you. Nothing was changed.',
    riskKept: false,
  };
  expect(await sendAfterCheckInDraft(late)).toEqual(refused);
  expect(await sendAfterCheckInDraft(late)).toEqual(refused);
  expect(await storedFor(f.clients.a)).toEqual(sent);
});

test('an SRS send after its 7 days: refused for good, clearly, nothing stored', async () => {
  const closed = await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(-8 * DAY), 'attended');
  actAs(f, 'clientA');
  expect(await sendAfterCheckInDraft({ therapySessionId: closed, 'srs.0': '6' })).toEqual({
    outcome: 'refused',
    final: true,
    message: 'This check-in has closed: it stays open for 7 days after the session.',
    riskKept: false,
  });
  expect(srsOf(await storedFor(f.clients.a), closed)).toEqual({ checkIns: [], srs: [] });
});

test("another client's session id in kept SRS answers: refused for good, clearly, and nothing is stored for anyone", async () => {
  const before = { a: await storedFor(f.clients.a), b: await storedFor(f.clients.b) };
  actAs(f, 'clientA');
  expect(await sendAfterCheckInDraft({ therapySessionId: sx.startedB, 'srs.0': '3', 'srs.1': '3' })).toEqual({
    outcome: 'refused',
    final: true,
    message: 'These answers are not for a check-in of yours, so they were not sent.',
    riskKept: false,
  });
  expect({ a: await storedFor(f.clients.a), b: await storedFor(f.clients.b) }).toEqual(before);
});

test('a draft kept under the old field names (or sent by a page loaded before): upgraded and saved, nothing lost', async () => {
  const fx = await createFixture('device-drafts-old-names');
  const sxx = await addSessionsSetup(fx);
  actAs(fx, 'clientA');
  const old = keptOld(sxx.startedA, sxx.goalsA, {
    [`goal-${sxx.goalsA[1]}-progress`]: '3',
    [`goal-${sxx.goalsA[1]}-clarity`]: '5',
    'phq9-2': '1',
    'ors-4': '6.5',
  });
  expect(await sendCheckInDraft(old)).toEqual({ outcome: 'saved' });
  const rows = await storedFor(fx.clients.a);
  expect(rows.ratings.map((r) => [r.goalId, r.progress, r.clarity])).toEqual([[sxx.goalsA[1], 3, 5]]);
  expect(rows.measures.find((m) => m.instrument === 'phq9')?.answers).toEqual([
    null,
    1,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ]);
  expect(rows.measures.find((m) => m.instrument === 'ors')?.answers).toEqual([null, null, null, 6.5]);
  expect(await sendAfterCheckInDraft({ therapySessionId: sxx.startedA, 'srs-2': '8' })).toEqual({ outcome: 'saved' });
  expect(srsOf(await storedFor(fx.clients.a), sxx.startedA).srs).toEqual([[[null, 8, null, null], true]]);
});

test('an old-named closed draft with a risk answer: refused for good, the risk answer kept late', async () => {
  const fx = await createFixture('device-drafts-old-risk');
  const sxx = await addSessionsSetup(fx);
  const closed = await addTherapySession(fx.orgA, fx.clients.a, fx.users.therapistA.id, fromNow(-2 * DAY), 'attended');
  actAs(fx, 'clientA');
  expect(await sendCheckInDraft(keptOld(closed, sxx.goalsA, { 'phq9-9': '2' }))).toEqual({
    outcome: 'refused',
    final: true,
    message: 'This check-in has closed: check-ins close 24 hours after the session starts.',
    riskKept: true,
  });
  expect(
    (await storedFor(fx.clients.a)).signals.filter((s) => s.therapySessionId === closed).map((s) => s.value),
  ).toEqual([2]);
});
