import pg from 'pg';
import { sql } from 'drizzle-orm';
import { connectPostgres } from '@/db/client';
import { refreshClientMetrics, WHOLE_ORGANIZATION } from '@/lib/rollups/client-metrics';
import * as schema from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { organizationSettingsSchema } from '@/lib/validation/organization-settings';
import { createDatabase, dropDatabasesWithPrefix, withDatabase } from '../test/support/postgres';
import { copyInto } from './copy';
import { generateClinic, type GeneratedClinic } from './generate';
import { progressBar } from './progress';

export const BENCH_PASSWORD = 'bench-password-2026';

export interface LoadedBench {
  url: string;
  clinic: GeneratedClinic;
  seconds: number;
  counts: Record<string, number>;
}

/**
 * Creates the benchmark's own database (dropping only a previous benchmark database of the same
 * name), migrates it and bulk-loads the generated clinic with COPY.
 */
export async function loadBenchDatabase(serverUrl: string, databaseName: string): Promise<LoadedBench> {
  const started = Date.now();
  await dropDatabasesWithPrefix(serverUrl, databaseName);
  await createDatabase(serverUrl, databaseName);
  const url = withDatabase(serverUrl, databaseName);
  const handle = await connectPostgres(url, { migrate: true });
  const [org] = await handle.db
    .insert(schema.organizations)
    .values({ name: 'Benchmark Group Practice', timeZone: 'Europe/London', settings: organizationSettingsSchema.parse({}) })
    .returning({ id: schema.organizations.id });
  await handle.close();

  const passwordHash = await hashPassword(BENCH_PASSWORD); // hashed once for every account
  const clinic = generateClinic(org!.id, passwordHash);
  const { rows } = clinic;
  const tables: [string, Parameters<typeof copyInto>[1], string[], unknown[]][] = [
    ['users', schema.users, ['id', 'organizationId', 'role', 'name', 'email', 'passwordHash', 'createdAt'], rows.users],
    ['supervision_links', schema.supervisionLinks, ['organizationId', 'supervisorId', 'therapistId', 'startedAt'], rows.supervisionLinks],
    ['clients', schema.clients, ['id', 'organizationId', 'displayName', 'intakeDate', 'status', 'portalUserId', 'createdBy', 'createdAt', 'updatedAt'], rows.clients],
    ['caseload_assignments', schema.caseloadAssignments, ['organizationId', 'clientId', 'clinicianId', 'startedAt', 'startedBy'], rows.caseloadAssignments],
    ['goals', schema.goals, ['id', 'organizationId', 'clientId', 'currentVersionId', 'currentVersionNumber', 'lifecycleStatus', 'achievementStatus', 'agreed', 'agreedAt', 'firstAgreedAt', 'passesAllSmart', 'createdBy', 'createdBySide', 'sortOrder', 'createdAt', 'updatedAt'], rows.goals],
    ['goal_versions', schema.goalVersions, ['id', 'organizationId', 'goalId', 'number', 'authorUserId', 'authorSide', 'wording', 'theme', 'value', 'goalType', 'confidence', 'measure', 'target', 'frequency', 'quality', 'qualityCheckVersion', 'createdAt'], rows.goalVersions],
    ['goal_positions', schema.goalPositions, ['organizationId', 'goalId', 'goalVersionId', 'side', 'userId', 'position', 'createdAt'], rows.goalPositions],
    ['goal_status_events', schema.goalStatusEvents, ['organizationId', 'goalId', 'fromStatus', 'toStatus', 'achievementStatus', 'reason', 'userId', 'createdAt'], rows.goalStatusEvents],
    ['plan_signatures', schema.planSignatures, ['organizationId', 'clientId', 'planHash', 'goalVersions', 'signerRole', 'userId', 'typedName', 'nextReviewDate', 'signedAt'], rows.planSignatures],
    ['therapy_sessions', schema.therapySessions, ['id', 'organizationId', 'clientId', 'clinicianId', 'scheduledAt', 'durationMinutes', 'status', 'createdBy', 'createdAt', 'updatedAt'], rows.therapySessions],
    ['check_ins', schema.checkIns, ['id', 'organizationId', 'clientId', 'therapySessionId', 'kind', 'status', 'createdAt', 'updatedAt', 'submittedAt'], rows.checkIns],
    ['goal_ratings', schema.goalRatings, ['organizationId', 'clientId', 'goalId', 'goalVersionId', 'therapySessionId', 'side', 'checkInId', 'progress', 'clarity', 'isDraft', 'ratedBy', 'ratedAt'], rows.goalRatings],
    ['flags', schema.flags, ['organizationId', 'clientId', 'kind', 'goalId', 'reason', 'data', 'dedupeKey', 'raisedAt', 'notifiedAt'], rows.flags],
  ];

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    for (const [name, table, columns, data] of tables) {
      const bar = progressBar(name, data.length);
      counts[name] = await copyInto(client, table, columns as never, data as never, () => bar.tick());
      bar.finish();
    }
    await client.query('analyze');
  } finally {
    await client.end();
  }
  // The dashboards' rollups, computed by the app's own refresh (the one metric definition).
  const rollupStarted = Date.now();
  const rollups = await connectPostgres(url, { migrate: false });
  try {
    await refreshClientMetrics(rollups.db, org!.id, WHOLE_ORGANIZATION);
    await rollups.db.execute(sql`analyze client_metrics, client_monthly_metrics`);
  } finally {
    await rollups.close();
  }
  counts.client_metrics = rows.clients.length;
  process.stderr.write(`rollups for ${rows.clients.length.toLocaleString('en-GB')} clients in ${((Date.now() - rollupStarted) / 1000).toFixed(1)} s\n`);
  return { url, clinic, seconds: (Date.now() - started) / 1000, counts };
}
