import type { Db } from '@/db/types';

/**
 * What runs each time the app opens its database, after migrations: goal-quality reports made
 * by an older version of the checks are recomputed (and the rollups of clients whose SMART
 * figures change refreshed, ADR 0011), then clients with no dashboard rollup yet get one (a
 * database from before the dashboards, or rows a script inserted directly).
 */
export async function afterDatabaseOpened(db: Db): Promise<void> {
  const { recomputeStaleQualityReports } = await import('@/lib/rollups/goal-quality');
  const recomputed = await recomputeStaleQualityReports(db);
  if (recomputed.reports > 0) {
    console.log(
      `[goal-quality] ${recomputed.reports} stored reports recomputed with the current checks; ` +
        `${recomputed.goalsChanged} goals changed their SMART verdict.`,
    );
  }
  const { refreshMissingClientMetrics } = await import('@/lib/rollups/client-metrics');
  await refreshMissingClientMetrics(db);
  const { refreshMissingClinicianMetrics } = await import('@/lib/rollups/clinician-metrics');
  await refreshMissingClinicianMetrics(db);
}
