import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { expect, test, vi } from 'vitest';
import { getDb } from '@/db/client';
import { clientMetrics } from '@/db/schema';
import { getCaseloadDashboard } from '@/lib/data/caseload-dashboard';
import { saveBeforeCheckIn } from '@/lib/data/check-ins';
import { changeGoalStatus } from '@/lib/data/goals';
import { refreshClientMetrics, refreshMissingClientMetrics, WHOLE_ORGANIZATION } from '@/lib/rollups/client-metrics';
import { actAs, createFixture } from './fixtures';
import { expectRollupsInStep } from './rollup-facts';
import { addGoal, addTherapySession, fromNow, HOUR } from './sessions-fixtures';

vi.mock('@/lib/mail', () => ({ sendMail: vi.fn(() => Promise.resolve({ delivered: 'log' })) }));

/*
 * One definition of progress (docs/clinical-rules.md, "Progress"), on real PostgreSQL: the
 * dashboards' figures count every goal that has been in the plan — completed (achieved) and
 * cancelled ones with their last rating — and leave out goals entered in error. The stored
 * rollups stay equal to the definition, and the migration that changed it has them rebuilt.
 */

test('progress counts completed and cancelled goals, not those entered in error; rollups recomputed after the change', async () => {
  const f = await createFixture('progress-figures');
  const therapist = f.users.therapistA.id;
  const walk = (await addGoal(f.orgA, f.clients.a, therapist, 'Go for a 20-minute walk three times a week')).goalId;
  const sister = (await addGoal(f.orgA, f.clients.a, therapist, 'Call my sister every Sunday evening')).goalId;
  const gym = (await addGoal(f.orgA, f.clients.a, therapist, 'Go to the gym twice a week')).goalId;
  const typo = (await addGoal(f.orgA, f.clients.a, therapist, 'Read for 10 minutes before bed each night')).goalId;
  const first = await addTherapySession(f.orgA, f.clients.a, therapist, fromNow(-10 * HOUR));
  const second = await addTherapySession(f.orgA, f.clients.a, therapist, fromNow(-5 * HOUR));
  // The fixtures were inserted directly: give every client of the organisation its rollup first.
  await refreshClientMetrics(await getDb(), f.orgA, WHOLE_ORGANIZATION);

  // walk 2 → 5 (+3), sister 4 → 9 (+5), gym 6 → 3 (−3), typo 0 → 10 (+10).
  actAs(f, 'clientA');
  const ratings = { [walk]: [2, 5], [sister]: [4, 9], [gym]: [6, 3], [typo]: [0, 10] };
  for (const [index, therapySessionId] of [first, second].entries()) {
    await saveBeforeCheckIn({
      therapySessionId,
      intent: 'submit',
      goals: Object.entries(ratings).map(([goalId, values]) => ({ goalId, progress: values[index]!, clarity: 4 })),
      ...(index === 0 ? { phq9: [0, 0, 0, 0, 0, 0, 0, 0, 0], gad7: [0, 0, 0, 0, 0, 0, 0] } : {}),
      ors: [7, 7, 7, 7],
    });
  }

  actAs(f, 'therapistA');
  await changeGoalStatus({
    goalId: sister,
    target: 'completed',
    reason: 'Calls every week now.',
    achievementStatus: 'achieved',
  });
  await changeGoalStatus({ goalId: gym, target: 'cancelled', reason: 'The gym closed; we will set a new goal.' });
  await changeGoalStatus({ goalId: typo, target: 'entered-in-error', reason: 'Added to the wrong client.' });

  // Counted: walk +3, sister +5 (completed), gym −3 (cancelled) → 5 over 3 goals; 2 reliably better (≥ 3). Not the +10 entered in error.
  const db = await getDb();
  const [stored] = await db.select().from(clientMetrics).where(eq(clientMetrics.clientId, f.clients.a));
  expect(stored).toMatchObject({ measuredGoals: 3, changeSum: 5, reliableImprovements: 2 });
  const row = (await getCaseloadDashboard()).page.rows.find((r) => r.id === f.clients.a)!;
  expect(row.progress.measuredGoals).toBe(3);
  expect(row.progress.reliableImprovements).toBe(2);
  expect(row.progress.meanChange).toBeCloseTo(5 / 3, 12);
  await expectRollupsInStep(f.orgA, 'after the status changes');

  // A rollup stored under the old definition (closed goals left out: walk only) is rebuilt by the migration and the backfill on open.
  await db
    .update(clientMetrics)
    .set({ measuredGoals: 1, changeSum: 3, reliableImprovements: 1 })
    .where(eq(clientMetrics.clientId, f.clients.a));
  const folder = path.join(process.cwd(), 'db/migrations');
  const file = fs.readdirSync(folder).find((name) => name.endsWith('_recompute-progress-rollups.sql'));
  const migration = fs.readFileSync(path.join(folder, file!), 'utf8');
  for (const statement of migration.split('--> statement-breakpoint')) await db.execute(sql.raw(statement));
  expect(await db.select().from(clientMetrics).where(eq(clientMetrics.clientId, f.clients.a))).toEqual([]);
  expect(await refreshMissingClientMetrics(db)).toBeGreaterThanOrEqual(4);
  const [rebuilt] = await db.select().from(clientMetrics).where(eq(clientMetrics.clientId, f.clients.a));
  expect(rebuilt).toMatchObject({ measuredGoals: 3, changeSum: 5, reliableImprovements: 2 });
  await expectRollupsInStep(f.orgA, 'after the migration and the backfill');
});
