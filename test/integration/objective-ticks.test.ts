import { count, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { getDb } from '@/db/client';
import { objectiveTicks } from '@/db/schema';
import { getObjectiveWeek, retractObjectiveTick, tickObjective } from '@/lib/data/objective-ticks';
import { getMyProgress } from '@/lib/data/progress';
import { addDays } from '@/lib/domain/therapy-sessions';
import { actAs, createFixture, type Fixture } from './fixtures';
import { addSessionsSetup, type SessionsFixture } from './sessions-fixtures';
import { rejection } from './rejection';

let f: Fixture;
let sx: SessionsFixture;

beforeAll(async () => {
  f = await createFixture('ticks');
  sx = await addSessionsSetup(f);
});

async function tickCount(): Promise<number> {
  const db = await getDb();
  return (await db.select({ n: count() }).from(objectiveTicks))[0]!.n;
}

test('a tick counts towards the week; a double submit records one; undoing keeps the row', async () => {
  actAs(f, 'clientA');
  const week = await getObjectiveWeek();
  const step = week.steps.find((s) => s.objectiveId === sx.objectiveA)!;
  expect(step).toMatchObject({
    description: '30-minute bike ride',
    frequency: '3 times a week',
    target: 3,
    done: 0,
    countedPer: 'week',
  });
  expect(week.days).toHaveLength(7);
  expect(week.days[0]).toBe(week.today);

  const input = {
    objectiveId: sx.objectiveA,
    doneOn: week.today,
    note: 'Along the canal',
    submissionKey: step.submissionKey,
  };
  expect(await tickObjective(input)).toEqual({ recorded: true });
  expect(await tickObjective(input)).toEqual({ recorded: false });
  const after = (await getObjectiveWeek()).steps.find((s) => s.objectiveId === sx.objectiveA)!;
  expect(after.done).toBe(1);
  expect(after.ticks.map((t) => [t.doneOn, t.note])).toEqual([[week.today, 'Along the canal']]);
  expect(after.submissionKey).not.toBe(step.submissionKey);

  await retractObjectiveTick({ tickId: after.ticks[0]!.id });
  expect((await getObjectiveWeek()).steps.find((s) => s.objectiveId === sx.objectiveA)!.done).toBe(0);
  const db = await getDb();
  const [row] = await db.select().from(objectiveTicks).where(eq(objectiveTicks.id, after.ticks[0]!.id));
  expect(row!.retractedAt).not.toBeNull();
  expect((await rejection(retractObjectiveTick({ tickId: after.ticks[0]!.id }))).code).toBe('conflict');
});

test.each([
  ['tomorrow', (today: string) => ({ doneOn: addDays(today, 1) }), 'doneOn'],
  ['7 days ago', (today: string) => ({ doneOn: addDays(today, -7) }), 'doneOn'],
  ['not a date', () => ({ doneOn: '2026-02-30' }), 'doneOn'],
  ['a note with a script tag', () => ({ note: '<script>alert(1)</script>' }), 'note'],
  ['a note of 281 characters', () => ({ note: 'x'.repeat(281) }), 'note'],
  ['no submission key', () => ({ submissionKey: '' }), 'submissionKey'],
])('refuses a tick for %s and records nothing', async (_label, change, field) => {
  actAs(f, 'clientA');
  const week = await getObjectiveWeek();
  const before = await tickCount();
  const error = await rejection(
    tickObjective({
      objectiveId: sx.objectiveA,
      doneOn: week.today,
      note: '',
      submissionKey: crypto.randomUUID(),
      ...change(week.today),
    }),
  );
  expect(error.code).toBe('invalid');
  expect(error.fieldErrors?.[field]?.length).toBeGreaterThan(0);
  expect(await tickCount()).toBe(before);
});

test("another client's step is not found, and nothing is recorded", async () => {
  actAs(f, 'clientA');
  const before = await tickCount();
  const error = await rejection(
    tickObjective({
      objectiveId: sx.objectiveB,
      doneOn: new Date().toISOString().slice(0, 10),
      note: '',
      submissionKey: crypto.randomUUID(),
    }),
  );
  expect(error.code).toBe('not-found');
  expect(await tickCount()).toBe(before);
});

test('the client sees their own goals with kind words, and their weeks of steps', async () => {
  actAs(f, 'clientA');
  const progress = await getMyProgress();
  expect(progress.goals.map((g) => g.words.tone)).toEqual(['not-rated', 'not-rated']);
  expect(progress.objectives.map((o) => o.weeks.length)).toEqual([6]);
});
