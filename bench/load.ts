import pg from 'pg';
import { sql } from 'drizzle-orm';
import { connectPostgres } from '@/db/client';
import { clientMetricsFromFacts } from '@/lib/domain/metrics/client-rollup';
import { loadClientRollupFacts } from '@/lib/rollups/client-metrics';
import { refreshClinicianMetrics } from '@/lib/rollups/clinician-metrics';
import * as schema from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { organizationSettingsSchema } from '@/lib/validation/organization-settings';
import { createDatabase, dropDatabasesWithPrefix, withDatabase } from '../test/support/postgres';
import { copyInto } from './copy';
import { generateClinic, type GeneratedClinic } from './generate';
import { progressBar } from './progress';
import { copyClientRollups, rollupsFromGenerated } from './rollups';

/**
 * Drops every secondary index (primary keys stay) and every foreign key of the public schema;
 * returns the statements that rebuild them, foreign keys last.
 */
async function dropIndexesAndForeignKeys(client: pg.Client): Promise<string[]> {
  const { rows: fks } = await client.query<{ table_name: string; name: string; def: string }>(`
    select c.conrelid::regclass::text as table_name, c.conname as name, pg_get_constraintdef(c.oid) as def
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where n.nspname = 'public' and c.contype = 'f'`);
  const { rows: indexes } = await client.query<{ name: string; def: string }>(`
    select i.indexname as name, i.indexdef as def
    from pg_indexes i
    where i.schemaname = 'public'
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.contype in ('p', 'u', 'x'))`);
  for (const fk of fks) await client.query(`alter table ${fk.table_name} drop constraint "${fk.name}"`);
  for (const index of indexes) await client.query(`drop index "${index.name}"`);
  return [
    ...indexes.map((index) => index.def),
    ...fks.map((fk) => `alter table ${fk.table_name} add constraint "${fk.name}" ${fk.def}`),
  ];
}

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
    .values({
      name: 'Benchmark Group Practice',
      timeZone: 'Europe/London',
      settings: organizationSettingsSchema.parse({}),
    })
    .returning({ id: schema.organizations.id });
  await handle.close();

  const passwordHash = await hashPassword(BENCH_PASSWORD); // hashed once for every account
  const clinic = generateClinic(org!.id, passwordHash);
  const { rows } = clinic;
  const tables: [string, Parameters<typeof copyInto>[1], string[], unknown[]][] = [
    ['users', schema.users, ['id', 'organizationId', 'role', 'name', 'email', 'passwordHash', 'createdAt'], rows.users],
    [
      'supervision_links',
      schema.supervisionLinks,
      ['organizationId', 'supervisorId', 'therapistId', 'startedAt'],
      rows.supervisionLinks,
    ],
    [
      'clients',
      schema.clients,
      [
        'id',
        'organizationId',
        'displayName',
        'intakeDate',
        'status',
        'portalUserId',
        'createdBy',
        'createdAt',
        'updatedAt',
      ],
      rows.clients,
    ],
    [
      'caseload_assignments',
      schema.caseloadAssignments,
      ['organizationId', 'clientId', 'clinicianId', 'startedAt', 'startedBy'],
      rows.caseloadAssignments,
    ],
    [
      'goals',
      schema.goals,
      [
        'id',
        'organizationId',
        'clientId',
        'currentVersionId',
        'currentVersionNumber',
        'lifecycleStatus',
        'achievementStatus',
        'agreed',
        'agreedAt',
        'firstAgreedAt',
        'passesAllSmart',
        'createdBy',
        'createdBySide',
        'sortOrder',
        'createdAt',
        'updatedAt',
      ],
      rows.goals,
    ],
    [
      'goal_versions',
      schema.goalVersions,
      [
        'id',
        'organizationId',
        'goalId',
        'number',
        'authorUserId',
        'authorSide',
        'wording',
        'theme',
        'value',
        'goalType',
        'confidence',
        'measure',
        'target',
        'frequency',
        'quality',
        'qualityCheckVersion',
        'createdAt',
      ],
      rows.goalVersions,
    ],
    [
      'goal_positions',
      schema.goalPositions,
      ['organizationId', 'goalId', 'goalVersionId', 'side', 'userId', 'position', 'createdAt'],
      rows.goalPositions,
    ],
    [
      'goal_status_events',
      schema.goalStatusEvents,
      ['organizationId', 'goalId', 'fromStatus', 'toStatus', 'achievementStatus', 'reason', 'userId', 'createdAt'],
      rows.goalStatusEvents,
    ],
    [
      'plan_signatures',
      schema.planSignatures,
      [
        'organizationId',
        'clientId',
        'planHash',
        'goalVersions',
        'signerRole',
        'userId',
        'typedName',
        'nextReviewDate',
        'signedAt',
      ],
      rows.planSignatures,
    ],
    [
      'therapy_sessions',
      schema.therapySessions,
      [
        'id',
        'organizationId',
        'clientId',
        'clinicianId',
        'scheduledAt',
        'durationMinutes',
        'status',
        'createdBy',
        'createdAt',
        'updatedAt',
      ],
      rows.therapySessions,
    ],
    [
      'check_ins',
      schema.checkIns,
      [
        'id',
        'organizationId',
        'clientId',
        'therapySessionId',
        'kind',
        'status',
        'createdAt',
        'updatedAt',
        'submittedAt',
      ],
      rows.checkIns,
    ],
    [
      'goal_ratings',
      schema.goalRatings,
      [
        'organizationId',
        'clientId',
        'goalId',
        'goalVersionId',
        'therapySessionId',
        'side',
        'checkInId',
        'progress',
        'clarity',
        'isDraft',
        'ratedBy',
        'ratedAt',
      ],
      rows.goalRatings,
    ],
    [
      'flags',
      schema.flags,
      ['organizationId', 'clientId', 'kind', 'goalId', 'reason', 'data', 'dedupeKey', 'raisedAt', 'notifiedAt'],
      rows.flags,
    ],
  ];

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    // Indexes and foreign keys are built after the load, once, instead of row by row.
    const deferred = await dropIndexesAndForeignKeys(client);
    for (const [name, table, columns, data] of tables) {
      const bar = progressBar(name, data.length);
      counts[name] = await copyInto(client, table, columns as never, data as never, (n) => bar.tick(n));
      bar.finish();
    }
    // The client rollups: the one definition over the facts the generator holds, COPYed in.
    const rollupStarted = Date.now();
    const rollups = rollupsFromGenerated(clinic, 'Europe/London');
    await copyClientRollups(client, org!.id, rollups);
    counts.client_metrics = rollups.length;
    process.stderr.write(
      `client rollups for ${rollups.length.toLocaleString('en-GB')} clients in ${((Date.now() - rollupStarted) / 1000).toFixed(1)} s\n`,
    );
    const indexesStarted = Date.now();
    for (const statement of deferred) await client.query(statement);
    process.stderr.write(`indexes and foreign keys built in ${((Date.now() - indexesStarted) / 1000).toFixed(1)} s\n`);
    await client.query('analyze');
  } finally {
    await client.end();
  }
  // The per-clinician level in bulk SQL, then a sample of client rollups checked against the
  // app's own refresh path (facts read back from the database).
  const clinicianStarted = Date.now();
  const handleAfter = await connectPostgres(url, { migrate: false });
  try {
    await handleAfter.db.transaction((tx) => refreshClinicianMetrics(tx, org!.id, 'whole-organization'));
    await handleAfter.db.execute(
      sql`analyze client_metrics, client_monthly_metrics, clinician_metrics, clinician_monthly_metrics`,
    );
    const sample = rows.clients.filter((_, index) => index % 400 === 0).map((c) => c.id!);
    const { timeZone, facts } = await loadClientRollupFacts(handleAfter.db, {
      organizationId: org!.id,
      clientIds: sample.sort(),
    });
    const copied = new Map(
      rollupsFromGenerated(
        { ...clinic, rows: { ...rows, clients: rows.clients.filter((c) => sample.includes(c.id!)) } },
        'Europe/London',
      ).map((r) => [r.clientId, r]),
    );
    for (const clientFacts of facts) {
      const fresh = clientMetricsFromFacts(clientFacts, timeZone);
      if (JSON.stringify(fresh) !== JSON.stringify(copied.get(clientFacts.clientId)))
        throw new Error(`bench rollup of client ${clientFacts.clientId} differs from the app's refresh`);
    }
  } finally {
    await handleAfter.close();
  }
  process.stderr.write(
    `clinician rollups and sample check in ${((Date.now() - clinicianStarted) / 1000).toFixed(1)} s\n`,
  );
  return { url, clinic, seconds: (Date.now() - started) / 1000, counts };
}
