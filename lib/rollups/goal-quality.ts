import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { auditEvents, goals, goalVersions, organizations } from '@/db/schema';
import type { Db, Executor } from '@/db/types';
import { todayIn } from '@/lib/time/local-date';
import { type ObjectiveDraft, toQualityInput } from '@/lib/domain/goal-form';
import { checkGoalQuality, QUALITY_CHECK_VERSION } from '@/lib/domain/goal-quality';
import { refreshClientMetrics } from './client-metrics';

/*
 * Keeping stored goal-quality reports in step with the rules (issue 10, ADR 0011).
 *
 * Each goal version stores the report the checks gave it and the rules version that made it
 * (`quality_check_version`). When the rules change, QUALITY_CHECK_VERSION goes up, and the next
 * time the app opens its database every report of an older version is recomputed from the
 * version's own stored fields with the current rules, judged as of the day the version was
 * written (in the organisation's time zone), exactly as a new version is. The goal's
 * `passes_all_smart` follows its current version's new report, and the dashboards' rollups of
 * every client whose SMART figure changed are refreshed in the same transaction, so a
 * dashboard never shows a share computed under two sets of rules.
 *
 * The report is derived data: the version's wording and fields, which are the clinical record,
 * are never touched. One audit event per organisation and batch says how many were recomputed.
 *
 * Not server-only on purpose: db/client.ts runs it when the database is opened.
 */

const BATCH = 200;

export interface QualityRecomputeResult {
  /** Stored reports rewritten with the current rules. */
  readonly reports: number;
  /** Goals whose "passes all SMART checks" changed. */
  readonly goalsChanged: number;
  /** Clients whose dashboard rollups were refreshed. */
  readonly clientsRefreshed: number;
}

type StaleVersion = Awaited<ReturnType<typeof loadStaleBatch>>[number];

function loadStaleBatch(executor: Executor) {
  return executor
    .select({
      id: goalVersions.id,
      organizationId: goalVersions.organizationId,
      goalId: goalVersions.goalId,
      qualityCheckVersion: goalVersions.qualityCheckVersion,
      wording: goalVersions.wording,
      theme: goalVersions.theme,
      value: goalVersions.value,
      measure: goalVersions.measure,
      target: goalVersions.target,
      dueDate: goalVersions.dueDate,
      frequency: goalVersions.frequency,
      confidence: goalVersions.confidence,
      objectives: goalVersions.objectives,
      createdAt: goalVersions.createdAt,
      timeZone: organizations.timeZone,
    })
    .from(goalVersions)
    .innerJoin(organizations, eq(organizations.id, goalVersions.organizationId))
    .where(lt(goalVersions.qualityCheckVersion, QUALITY_CHECK_VERSION))
    .orderBy(asc(goalVersions.id))
    .limit(BATCH)
    .for('update', { of: goalVersions, skipLocked: true });
}

/** The report the current rules give a stored version, as of the day it was written. */
export function recomputedReport(
  version: Omit<StaleVersion, 'id' | 'organizationId' | 'goalId' | 'qualityCheckVersion'>,
) {
  const objectives = Array.isArray(version.objectives) ? (version.objectives as ObjectiveDraft[]) : [];
  const input = toQualityInput({ ...version, objectives });
  return checkGoalQuality(input, todayIn(version.timeZone, version.createdAt));
}

/**
 * Recomputes every stored goal-quality report made by an older version of the rules, in
 * batches (each its own transaction), and refreshes the rollups of the clients whose SMART
 * figures changed. Safe to run at any time and more than once: a report of the current version
 * is never touched, and two processes skip each other's locked rows.
 */
export async function recomputeStaleQualityReports(db: Db): Promise<QualityRecomputeResult> {
  let reports = 0;
  let goalsChanged = 0;
  let clientsRefreshed = 0;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const stale = await loadStaleBatch(tx);
      if (stale.length === 0) return null;
      const passes = new Map<string, boolean>();
      for (const version of stale) {
        const quality = recomputedReport(version);
        passes.set(version.id, quality.passesAllSmart);
        await tx
          .update(goalVersions)
          .set({ quality: quality as unknown as Record<string, unknown>, qualityCheckVersion: QUALITY_CHECK_VERSION })
          .where(
            and(
              eq(goalVersions.organizationId, version.organizationId),
              eq(goalVersions.id, version.id),
              eq(goalVersions.qualityCheckVersion, version.qualityCheckVersion),
            ),
          );
      }

      // Goals whose current version was recomputed and whose SMART verdict changed.
      const current = await tx
        .select({
          id: goals.id,
          organizationId: goals.organizationId,
          clientId: goals.clientId,
          versionId: goals.currentVersionId,
          passes: goals.passesAllSmart,
        })
        .from(goals)
        .where(inArray(goals.currentVersionId, [...passes.keys()]));
      const changed = current.filter((goal) => goal.versionId !== null && passes.get(goal.versionId) !== goal.passes);
      for (const goal of changed) {
        await tx
          .update(goals)
          .set({ passesAllSmart: passes.get(goal.versionId!) ?? false })
          .where(and(eq(goals.id, goal.id), eq(goals.organizationId, goal.organizationId)));
      }

      const clientsByOrganization = new Map<string, Set<string>>();
      for (const goal of changed) {
        const set = clientsByOrganization.get(goal.organizationId) ?? new Set<string>();
        set.add(goal.clientId);
        clientsByOrganization.set(goal.organizationId, set);
      }
      for (const [organizationId, clientIds] of clientsByOrganization)
        await refreshClientMetrics(tx, organizationId, [...clientIds]);

      const perOrganization = new Map<string, number>();
      for (const version of stale)
        perOrganization.set(version.organizationId, (perOrganization.get(version.organizationId) ?? 0) + 1);
      for (const [organizationId, count] of perOrganization) {
        await tx.insert(auditEvents).values({
          organizationId,
          actorUserId: null,
          actorRole: 'system',
          action: 'goal-quality.recompute',
          entityType: 'goal-quality-report',
          outcome: 'allowed',
          details: {
            toVersion: QUALITY_CHECK_VERSION,
            reports: count,
            goalsChanged: changed.filter((goal) => goal.organizationId === organizationId).length,
          },
        });
      }
      return {
        reports: stale.length,
        goalsChanged: changed.length,
        clients: [...clientsByOrganization.values()].reduce((n, set) => n + set.size, 0),
      };
    });
    if (batch === null) break;
    reports += batch.reports;
    goalsChanged += batch.goalsChanged;
    clientsRefreshed += batch.clients;
    if (batch.reports < BATCH) break;
  }
  return { reports, goalsChanged, clientsRefreshed };
}

/** How many stored reports an older version of the rules made. */
export async function countStaleQualityReports(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(goalVersions)
    .where(lt(goalVersions.qualityCheckVersion, QUALITY_CHECK_VERSION));
  return row?.n ?? 0;
}
