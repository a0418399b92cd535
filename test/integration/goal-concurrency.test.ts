import { asc, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { getDb } from '@/db/client';
import { goals, goalVersions } from '@/db/schema';
import { getGoal, respondToGoal, reviseGoal } from '@/lib/data/goals';
import type { GoalView } from '@/lib/data/internal/goal-records';
import { AppError } from '@/lib/errors';
import { actAs, createFixture } from './fixtures';
import { createGoalAs, expectSummaryInStep, goalInput } from './goal-fixtures';

/**
 * Edits that collide. On PostgreSQL these really run at the same time (a pool of connections,
 * row locks); on PGlite they are serialised, and the outcome must be the same.
 */

test('50 concurrent edits of the same version: exactly 1 is saved, 49 are refused with the newer text, no text is lost', async () => {
  const fx = await createFixture('race50');
  const goalId = await createGoalAs(fx, 'therapistA', fx.clients.a, { wording: 'Go to bed by 11pm on weeknights' });
  actAs(fx, 'therapistA');
  const attempts = Array.from({ length: 50 }, (_, i) =>
    reviseGoal(goalInput({ goalId, expectedVersion: 1, wording: `Go to bed by 11pm on weeknights, attempt ${i}` })),
  );
  const settled = await Promise.allSettled(attempts);

  const saved = settled.filter((s) => s.status === 'fulfilled');
  const refused = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  expect(saved).toHaveLength(1);
  expect(refused).toHaveLength(49);
  for (const error of refused) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('conflict');
  }

  const db = await getDb();
  const versions = await db
    .select()
    .from(goalVersions)
    .where(eq(goalVersions.goalId, goalId))
    .orderBy(asc(goalVersions.number));
  expect(versions.map((v) => v.number)).toEqual([1, 2]);
  expect(versions[0]!.wording).toBe('Go to bed by 11pm on weeknights');
  const winner = versions[1]!.wording;
  expect(winner).toMatch(/^Go to bed by 11pm on weeknights, attempt \d+$/);
  // Every refusal shows the wording that won, so nobody's change silently disappears.
  for (const error of refused) expect(((error as AppError).current as GoalView).current.fields.wording).toBe(winner);
  const [goal] = await db.select().from(goals).where(eq(goals.id, goalId));
  expect(goal).toMatchObject({ currentVersionNumber: 2, currentVersionId: versions[1]!.id });
  await expectSummaryInStep(goalId);
});

test('both sides agreeing at the same moment leaves the goal agreed, exactly in step with its rows', async () => {
  const fx = await createFixture('race-agree');
  for (let round = 0; round < 5; round += 1) {
    const goalId = await createGoalAs(fx, 'therapistA', fx.clients.a, {
      wording: `Walk for 20 minutes after lunch (${round})`,
    });
    actAs(fx, 'therapistA');
    await reviseGoal(goalInput({ goalId, expectedVersion: 1, wording: `Walk for 30 minutes after lunch (${round})` }));
    actAs(fx, 'clientA');
    const byClient = respondToGoal({ goalId, versionNumber: 2, position: 'agree' });
    actAs(fx, 'therapistA');
    const byTherapist = respondToGoal({ goalId, versionNumber: 2, position: 'agree' });
    await Promise.all([byClient, byTherapist]);
    expect((await getGoal(goalId)).goal).toMatchObject({ agreed: true, lifecycleStatus: 'accepted' });
    await expectSummaryInStep(goalId);
  }
});
