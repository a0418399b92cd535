import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { afterDatabaseOpened } from '@/lib/rollups/after-open';
import { getDb } from '@/db/client';
import { auditEvents, goals, goalVersions } from '@/db/schema';
import { getCaseloadDashboard } from '@/lib/data/caseload-dashboard';
import { todayIn } from '@/lib/time/local-date';
import { toQualityInput } from '@/lib/domain/goal-form';
import { checkGoalQuality, QUALITY_CHECK_VERSION } from '@/lib/domain/goal-quality';
import { refreshClientMetrics } from '@/lib/rollups/client-metrics';
import { countStaleQualityReports, recomputeStaleQualityReports } from '@/lib/rollups/goal-quality';
import { actAs, createFixture, type Actor, type Fixture } from './fixtures';

/*
 * When the goal checks change (QUALITY_CHECK_VERSION goes up), the reports stored with goal
 * versions by the older rules are recomputed, the goals' SMART verdicts follow, and the
 * dashboards' SMART share changes accordingly (issue 10, ADR 0011).
 */

const OLD_VERSION = QUALITY_CHECK_VERSION - 1;
const MARKER = { marker: 'a report the current rules made' };

interface StoredVersion {
  wording: string;
  theme?: string;
  confidence?: number;
  /** The report as it was stored, and the rules version that made it. */
  quality: Record<string, unknown>;
  qualityCheckVersion: number;
}

let f: Fixture;
const ids: Record<string, { goalId: string; versionIds: string[] }> = {};

/** A goal as an older release left it: its versions, each with the report stored then, and its stored SMART verdict. */
async function addStoredGoal(
  name: string,
  clientId: string,
  authorUserId: string,
  passesAllSmart: boolean,
  versions: StoredVersion[],
) {
  const db = await getDb();
  const [goal] = await db
    .insert(goals)
    .values({
      organizationId: f.orgA,
      clientId,
      createdBy: authorUserId,
      createdBySide: 'therapist',
      lifecycleStatus: 'active',
      agreed: true,
      passesAllSmart,
      currentVersionNumber: versions.length,
    })
    .returning({ id: goals.id });
  const versionIds: string[] = [];
  for (const [index, version] of versions.entries()) {
    const [row] = await db
      .insert(goalVersions)
      .values({
        organizationId: f.orgA,
        goalId: goal!.id,
        number: index + 1,
        authorUserId,
        authorSide: 'therapist',
        ...version,
        createdAt: new Date(`2026-01-0${index + 5}T10:00:00Z`),
      })
      .returning({ id: goalVersions.id });
    versionIds.push(row!.id);
  }
  await db
    .update(goals)
    .set({ currentVersionId: versionIds.at(-1)! })
    .where(eq(goals.id, goal!.id));
  ids[name] = { goalId: goal!.id, versionIds };
}

async function smartShare(actor: Actor, search: string) {
  actAs(f, actor);
  const { page } = await getCaseloadDashboard({ q: search });
  expect(page.rows).toHaveLength(1);
  return page.rows[0]!.smart;
}

async function storedVersion(versionId: string) {
  const db = await getDb();
  const [row] = await db.select().from(goalVersions).where(eq(goalVersions.id, versionId));
  return row!;
}

beforeAll(async () => {
  f = await createFixture('quality-recompute');
  const therapistA = f.users.therapistA.id;
  const therapistB = f.users.therapistB.id;
  // Client A. "school nights" and "by 11pm" were not time words for the old rules: not SMART then.
  await addStoredGoal('schoolNights', f.clients.a, therapistA, false, [
    {
      wording: 'Go to bed by 11pm on school nights',
      theme: 'improving-sleep',
      confidence: 8,
      quality: { passesAllSmart: false },
      qualityCheckVersion: OLD_VERSION,
    },
  ]);
  // Re-worded: both versions were judged by the old rules; the current one passes either way.
  await addStoredGoal('reworded', f.clients.a, therapistA, true, [
    { wording: 'Feel better', quality: { passesAllSmart: false }, qualityCheckVersion: OLD_VERSION },
    {
      wording: 'Walk for 20 minutes after lunch on weekdays',
      theme: 'reducing-symptom-intensity',
      confidence: 8,
      quality: { passesAllSmart: true },
      qualityCheckVersion: OLD_VERSION,
    },
  ]);
  // Already judged by the current rules: left exactly as stored.
  await addStoredGoal('current', f.clients.a, therapistA, true, [
    {
      wording: 'Call my sister every Sunday',
      theme: 'improving-communication-skills',
      confidence: 9,
      quality: MARKER,
      qualityCheckVersion: QUALITY_CHECK_VERSION,
    },
  ]);
  // Client B. The old rules took "30th" for a measure; a state with no action is not Specific.
  await addStoredGoal('birthday', f.clients.b, therapistB, true, [
    {
      wording: 'Be calmer by my 30th birthday',
      theme: 'reducing-symptom-intensity',
      confidence: 8,
      quality: { passesAllSmart: true },
      qualityCheckVersion: OLD_VERSION,
    },
  ]);
  const db = await getDb();
  await refreshClientMetrics(db, f.orgA, [f.clients.a, f.clients.b]);
});

describe('recomputing stored goal-quality reports', () => {
  test('the dashboards show the stored verdicts before the recompute', async () => {
    expect(await smartShare('therapistA', 'Alex Client')).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    expect(await smartShare('therapistB', 'Blair Client')).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(await countStaleQualityReports(await getDb())).toBe(4);
  });

  test('every older report is recomputed, the SMART verdicts and the dashboard shares follow', async () => {
    const db = await getDb();
    expect(await recomputeStaleQualityReports(db)).toEqual({ reports: 4, goalsChanged: 2, clientsRefreshed: 2 });

    for (const name of ['schoolNights', 'reworded', 'birthday']) {
      for (const versionId of ids[name]!.versionIds) {
        const version = await storedVersion(versionId);
        expect(version.qualityCheckVersion).toBe(QUALITY_CHECK_VERSION);
        const expected = checkGoalQuality(
          toQualityInput({ ...version, objectives: [] }),
          todayIn('Europe/London', version.createdAt),
        );
        expect(version.quality).toEqual(expected);
      }
    }
    // The wording and fields, the clinical record, are as they were.
    expect((await storedVersion(ids.schoolNights!.versionIds[0]!)).wording).toBe('Go to bed by 11pm on school nights');
    expect((await storedVersion(ids.reworded!.versionIds[0]!)).quality).toMatchObject({ passesAllSmart: false });
    expect((await storedVersion(ids.current!.versionIds[0]!)).quality).toEqual(MARKER);

    const verdicts = await db
      .select({ id: goals.id, passes: goals.passesAllSmart })
      .from(goals)
      .where(eq(goals.organizationId, f.orgA));
    const verdictOf = (name: string) => verdicts.find((goal) => goal.id === ids[name]!.goalId)?.passes;
    expect(['schoolNights', 'reworded', 'current', 'birthday'].map(verdictOf)).toEqual([true, true, true, false]);

    expect(await smartShare('therapistA', 'Alex Client')).toEqual({ numerator: 3, denominator: 3, value: 1 });
    expect(await smartShare('therapistB', 'Blair Client')).toEqual({ numerator: 0, denominator: 1, value: 0 });
  });

  test('the recompute is audited without clinical text, and running it again changes nothing', async () => {
    const db = await getDb();
    const events = await db
      .select({ actor: auditEvents.actorUserId, role: auditEvents.actorRole, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, f.orgA), eq(auditEvents.action, 'goal-quality.recompute')));
    expect(events).toEqual([
      { actor: null, role: 'system', details: { toVersion: QUALITY_CHECK_VERSION, reports: 4, goalsChanged: 2 } },
    ]);

    expect(await recomputeStaleQualityReports(db)).toEqual({ reports: 0, goalsChanged: 0, clientsRefreshed: 0 });
    expect(await countStaleQualityReports(db)).toBe(0);
    expect(await smartShare('therapistA', 'Alex Client')).toEqual({ numerator: 3, denominator: 3, value: 1 });
  });

  test('opening the database recomputes a report an older release stored', async () => {
    await addStoredGoal('restored', f.clients.b, f.users.therapistB.id, false, [
      {
        wording: 'Put my phone in another room by 10pm on school nights',
        theme: 'improving-sleep',
        confidence: 8,
        quality: { passesAllSmart: false },
        qualityCheckVersion: OLD_VERSION,
      },
    ]);
    const db = await getDb();
    expect(await countStaleQualityReports(db)).toBe(1);
    await afterDatabaseOpened(db);
    expect(await countStaleQualityReports(db)).toBe(0);
    expect((await storedVersion(ids.restored!.versionIds[0]!)).quality).toMatchObject({ passesAllSmart: true });
    expect(await smartShare('therapistB', 'Blair Client')).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
  });
});
