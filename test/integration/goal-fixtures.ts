import { and, asc, eq, inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import { getDb } from '@/db/client';
import { goalPositions, goals, goalStatusEvents, goalVersions, users } from '@/db/schema';
import { isAgreed } from '@/lib/domain/consensus/agreement';
import { isInPlan } from '@/lib/domain/consensus/plan-goals';
import { planHash } from '@/lib/domain/consensus/plan-hash';
import type { Side } from '@/lib/domain/consensus/types';
import type { GoalQualityReport } from '@/lib/domain/goal-quality';
import { createGoal, respondToGoal } from '@/lib/data/goals';
import { consensusOf } from '@/lib/data/internal/goal-records';
import { actAs, type Actor, type Fixture } from './fixtures';
import { requestState } from './request-context.mock';

/** Goal helpers for integration tests: valid input, acting as each side, and row-level checks. */

export const SMART_GOAL = {
  wording: 'Go to bed by 11pm on weeknights',
  theme: 'improving-sleep',
  value: 'Having energy for my kids',
  goalType: 'process',
  formulationFactor: 'perpetuating',
  reality: 'Most nights I am on my phone until 1am.',
  options: 'Phone in the kitchen; a wind-down routine; an alarm at 10:30pm.',
  obstacles: 'Scrolling when I feel wired.',
  firstStep: 'Charge my phone in the kitchen from tonight',
  confidence: 8,
  measure: 'Weeknights in bed by 11pm',
  target: '4 of 5 weeknights',
  dueDate: '',
  frequency: 'weeknights',
  objectives: [
    { description: 'Phone on charge in the kitchen by 10:30pm', timesPerPeriod: 5, period: 'week', durationWeeks: 6 },
  ],
};

export function goalInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...SMART_GOAL, ...overrides };
}

/** Creates a goal as the given person (therapist for the therapist side, the client for theirs). */
export async function createGoalAs(
  fixture: Fixture,
  actor: Actor,
  clientId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const previous = requestState.claims;
  actAs(fixture, actor);
  try {
    return (await createGoal(goalInput({ clientId, ...overrides }))).id;
  } finally {
    requestState.claims = previous;
  }
}

export async function currentVersionNumber(goalId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: goals.currentVersionNumber }).from(goals).where(eq(goals.id, goalId));
  return row?.n ?? 1;
}

/** The name of whoever the next call acts as (for typed-name signatures). */
export async function actorName(): Promise<string> {
  const userId = requestState.claims?.userId;
  if (!userId) return 'Nobody';
  const db = await getDb();
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? 'Nobody';
}

/** The hash of a client's plan as it is now: its open, not-on-hold goals and their current versions. */
export async function currentPlanHash(clientId: string): Promise<string> {
  const db = await getDb();
  const rows = await db
    .select({ id: goals.id, status: goals.lifecycleStatus, versionId: goals.currentVersionId })
    .from(goals)
    .where(eq(goals.clientId, clientId));
  return planHash(
    rows.filter((row) => isInPlan(row.status)).map((row) => ({ goalId: row.id, versionId: row.versionId! })),
  );
}

/** Makes every goal in a client's plan agreed by both sides (as the given therapist and client). */
export async function agreeToEverything(fixture: Fixture, clientId: string, sides: Record<Side, Actor>): Promise<void> {
  const previous = requestState.claims;
  try {
    const db = await getDb();
    const rows = await db.select().from(goals).where(eq(goals.clientId, clientId));
    for (const goal of rows.filter((row) => isInPlan(row.lifecycleStatus) && !row.agreed)) {
      for (const side of ['client', 'therapist'] as const) {
        actAs(fixture, sides[side]);
        await respondToGoal({ goalId: goal.id, versionNumber: goal.currentVersionNumber, position: 'agree' });
      }
    }
  } finally {
    requestState.claims = previous;
  }
}

/**
 * Checks the goal's summary columns against the rows they summarise: the current version is
 * the highest-numbered one, agreed is what the positions say, lifecycle status is the last
 * status event, passes_all_smart is the stored quality report of the current version.
 */
export async function expectSummaryInStep(goalId: string): Promise<void> {
  const db = await getDb();
  const [goal] = await db.select().from(goals).where(eq(goals.id, goalId));
  if (!goal) throw new Error(`no goal ${goalId}`);
  const versions = await db
    .select()
    .from(goalVersions)
    .where(eq(goalVersions.goalId, goalId))
    .orderBy(asc(goalVersions.number));
  const positions = await db.select().from(goalPositions).where(eq(goalPositions.goalId, goalId));
  const events = await db
    .select()
    .from(goalStatusEvents)
    .where(eq(goalStatusEvents.goalId, goalId))
    .orderBy(asc(goalStatusEvents.createdAt));
  const latest = versions[versions.length - 1]!;
  const agreed = isAgreed(consensusOf(versions, positions));
  expect(goal.currentVersionId, 'current version id').toBe(latest.id);
  expect(goal.currentVersionNumber, 'current version number').toBe(latest.number);
  expect(
    versions.map((v) => v.number),
    'versions are numbered 1…n',
  ).toEqual(versions.map((_, i) => i + 1));
  expect(goal.agreed, 'agreed').toBe(agreed);
  expect(goal.agreedAt !== null, 'agreed_at set exactly when agreed').toBe(agreed);
  if (agreed) expect(goal.firstAgreedAt, 'first_agreed_at').not.toBeNull();
  if (goal.firstAgreedAt && goal.agreedAt)
    expect(goal.firstAgreedAt.getTime()).toBeLessThanOrEqual(goal.agreedAt.getTime());
  expect(goal.passesAllSmart, 'passes_all_smart').toBe((latest.quality as unknown as GoalQualityReport).passesAllSmart);
  expect(events[events.length - 1]?.toStatus, 'lifecycle status is the last status event').toBe(goal.lifecycleStatus);
  expect(events[0]?.fromStatus, 'the first event starts the goal').toBeNull();
  for (const [index, event] of events.entries()) {
    if (index > 0) expect(event.fromStatus, 'events chain').toBe(events[index - 1]!.toStatus);
  }
}

export async function goalsOf(clientId: string) {
  const db = await getDb();
  return db
    .select()
    .from(goals)
    .where(and(eq(goals.clientId, clientId)));
}

export async function versionsOf(goalIds: string[]) {
  const db = await getDb();
  return db.select().from(goalVersions).where(inArray(goalVersions.goalId, goalIds));
}
