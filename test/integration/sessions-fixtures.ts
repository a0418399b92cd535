import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import {
  checkIns,
  flags,
  gasScales,
  goalRatings,
  goals,
  goalVersions,
  measureResponses,
  objectives,
  objectiveTicks,
  safetySignals,
  therapySessions,
} from '@/db/schema';
import { checkGoalQuality, QUALITY_CHECK_VERSION } from '@/lib/domain/goal-quality';
import type { Fixture } from './fixtures';
import { refreshOpenFlagCounts } from '@/lib/rollups/client-metrics';

/*
 * Goals, sessions and flags for the sessions tests. Goals are inserted as the collaborative-goals
 * feature leaves them once a plan is signed (a version with its quality report, lifecycle
 * "active"); nothing here goes through that feature's code.
 */

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export async function addGoal(
  organizationId: string,
  clientId: string,
  authorUserId: string,
  wording: string,
  options: {
    status?: 'active' | 'accepted' | 'proposed';
    objective?: { description: string; timesPerPeriod: number; period: 'day' | 'week' | 'month' };
  } = {},
): Promise<{ goalId: string; versionId: string; objectiveId: string | null }> {
  const db = await getDb();
  const [goal] = await db
    .insert(goals)
    .values({
      organizationId,
      clientId,
      createdBy: authorUserId,
      createdBySide: 'therapist',
      lifecycleStatus: options.status ?? 'active',
      agreed: true,
    })
    .returning({ id: goals.id });
  const quality = checkGoalQuality({ wording });
  const [version] = await db
    .insert(goalVersions)
    .values({
      organizationId,
      goalId: goal!.id,
      number: 1,
      authorUserId,
      authorSide: 'therapist',
      wording,
      quality: quality as unknown as Record<string, unknown>,
      qualityCheckVersion: QUALITY_CHECK_VERSION,
    })
    .returning({ id: goalVersions.id });
  await db
    .update(goals)
    .set({ currentVersionId: version!.id, passesAllSmart: quality.passesAllSmart })
    .where(eq(goals.id, goal!.id));
  let objectiveId: string | null = null;
  if (options.objective) {
    const [objective] = await db
      .insert(objectives)
      .values({ organizationId, goalId: goal!.id, ...options.objective, createdInVersionId: version!.id })
      .returning({ id: objectives.id });
    objectiveId = objective!.id;
  }
  return { goalId: goal!.id, versionId: version!.id, objectiveId };
}

export async function addTherapySession(
  organizationId: string,
  clientId: string,
  clinicianId: string,
  scheduledAt: Date,
  status: 'scheduled' | 'attended' | 'cancelled' | 'no-show' = 'scheduled',
): Promise<string> {
  const db = await getDb();
  // Booked a week before it takes place (or now, if that is earlier), as a real calendar would be.
  const createdAt = new Date(Math.min(Date.now(), scheduledAt.getTime() - 7 * 24 * 3600_000));
  const [row] = await db
    .insert(therapySessions)
    .values({ organizationId, clientId, clinicianId, scheduledAt, status, createdBy: clinicianId, createdAt })
    .returning({ id: therapySessions.id });
  return row!.id;
}

export const fromNow = (ms: number) => new Date(Date.now() + ms);
export { DAY, HOUR };

export interface SessionsFixture {
  goalsA: string[];
  goalB: string;
  objectiveA: string;
  objectiveB: string;
  /** Client A: a session in 2 days (before-check-in open), one 3 hours ago (both open), one 2 years ahead. */
  upcomingA: string;
  startedA: string;
  farFutureA: string;
  upcomingB: string;
  startedB: string;
  supervisorOwnUpcoming: string;
}

/** Two active goals and sessions for client A, one of each for client B, a scale for GAS. */
export async function addSessionsSetup(f: Fixture): Promise<SessionsFixture> {
  const { orgA } = f;
  const therapistA = f.users.therapistA.id;
  const therapistB = f.users.therapistB.id;
  const goal1 = await addGoal(orgA, f.clients.a, therapistA, 'Go for a 30 minute bike ride three times a week', {
    objective: { description: '30-minute bike ride', timesPerPeriod: 3, period: 'week' },
  });
  const goal2 = await addGoal(orgA, f.clients.a, therapistA, 'Speak up at least once a day in team meetings');
  const goalB = await addGoal(orgA, f.clients.b, therapistB, 'Go to bed by 11pm on weeknights', {
    objective: { description: 'In bed by 11pm', timesPerPeriod: 1, period: 'day' },
  });
  const db = await getDb();
  await db.insert(gasScales).values({
    organizationId: orgA,
    clientId: f.clients.a,
    goalId: goal1.goalId,
    version: 1,
    levelMinus2: 'No rides',
    levelMinus1: 'One ride a week',
    level0: 'Three rides a week',
    levelPlus1: 'Four rides a week',
    levelPlus2: 'Five or more rides a week',
    createdBy: therapistA,
  });
  return {
    goalsA: [goal1.goalId, goal2.goalId],
    goalB: goalB.goalId,
    objectiveA: goal1.objectiveId!,
    objectiveB: goalB.objectiveId!,
    startedA: await addTherapySession(orgA, f.clients.a, therapistA, fromNow(-3 * HOUR)),
    upcomingA: await addTherapySession(orgA, f.clients.a, therapistA, fromNow(2 * DAY)),
    farFutureA: await addTherapySession(orgA, f.clients.a, therapistA, fromNow(730 * DAY)),
    startedB: await addTherapySession(orgA, f.clients.b, therapistB, fromNow(-3 * HOUR)),
    upcomingB: await addTherapySession(orgA, f.clients.b, therapistB, fromNow(2 * DAY)),
    supervisorOwnUpcoming: await addTherapySession(
      orgA,
      f.clients.supervisorOwn,
      f.users.supervisorOfA.id,
      fromNow(2 * DAY),
    ),
  };
}

/** An open flag to acknowledge (the clinician's open-flag counts kept in step, as the app does). */
export async function addFlag(
  organizationId: string,
  clientId: string,
  kind: (typeof flags.$inferInsert)['kind'] = 'not-on-track',
  raisedAt = new Date(),
): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .insert(flags)
    .values({
      organizationId,
      clientId,
      kind,
      reason: 'Test flag.',
      data: {},
      dedupeKey: `test:${Math.random().toString(36).slice(2)}`,
      raisedAt,
      notifiedAt: raisedAt,
    })
    .returning({ id: flags.id });
  // As raising one in the app does: the clinician's open-flag counts (ADR 0016).
  await refreshOpenFlagCounts(db, organizationId, clientId, kind);
  return row!.id;
}

export async function addTick(
  organizationId: string,
  clientId: string,
  goalId: string,
  objectiveId: string,
  doneOn: string,
): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .insert(objectiveTicks)
    .values({ organizationId, clientId, goalId, objectiveId, doneOn, submissionKey: crypto.randomUUID() })
    .returning({ id: objectiveTicks.id });
  return row!.id;
}

/** Everything a check-in or a step tick can write for one client, to compare before and after a send. */
export async function storedFor(clientId: string) {
  const db = await getDb();
  return {
    checkIns: await db.select().from(checkIns).where(eq(checkIns.clientId, clientId)),
    ratings: await db.select().from(goalRatings).where(eq(goalRatings.clientId, clientId)),
    measures: await db.select().from(measureResponses).where(eq(measureResponses.clientId, clientId)),
    signals: await db.select().from(safetySignals).where(eq(safetySignals.clientId, clientId)),
    riskFlags: await db
      .select()
      .from(flags)
      .where(and(eq(flags.clientId, clientId), eq(flags.kind, 'risk'))),
    ticks: await db.select().from(objectiveTicks).where(eq(objectiveTicks.clientId, clientId)),
  };
}
