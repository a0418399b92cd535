/**
 * `npm run cluster`: two production instances behind HAProxy (round-robin, no sticky sessions) and
 * PgBouncer (transaction pooling) in front of PostgreSQL, all from Debian's packages, configured in
 * a temporary folder (scripts/cluster-topology.ts, ADR 0021). Builds first if the sources changed.
 *
 * The database: DATABASE_URL (a direct PostgreSQL URL), else the database `accord_cluster` on the
 * server of TEST_DATABASE_URL, created if missing. It is migrated, and seeded with the demo clinic
 * when empty (`npm run db:setup`). Ports: CLUSTER_PORT (balancer, default 3180; the instances take
 * the next two) and CLUSTER_PGBOUNCER_PORT (default 6480). AUTH_SECRET and
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY are used when set, generated for this run otherwise.
 * Ctrl-C stops everything and removes the generated files.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { testServerUrl, withDatabase } from '../test/support/postgres';
import { missingClusterTools, startCluster } from './cluster-topology';

const root = path.resolve(import.meta.dirname, '..');

async function databaseUrl(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const server = testServerUrl() ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: withDatabase(server, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = 'accord_cluster'");
    if (!rowCount) await client.query('create database accord_cluster');
  } finally {
    await client.end();
  }
  return withDatabase(server, 'accord_cluster');
}

function run(script: string, env: Record<string, string> = {}): void {
  const result = spawnSync(
    process.execPath,
    script.endsWith('.ts') ? [path.join(root, 'node_modules/tsx/dist/cli.mjs'), script] : [script],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  const missing = missingClusterTools();
  if (missing.length > 0) {
    console.error(`Not installed: ${missing.join(', ')}. On Debian: apt-get install -y haproxy pgbouncer`);
    process.exit(2);
  }
  const url = await databaseUrl();
  run(path.join(root, 'scripts/build-if-stale.mjs'));
  run('scripts/db-setup.ts', { DATABASE_URL: url });
  const balancerPort = Number(process.env.CLUSTER_PORT ?? 3180);
  const cluster = await startCluster({
    databaseUrl: url,
    balancerPort,
    pgbouncerPort: Number(process.env.CLUSTER_PGBOUNCER_PORT ?? 6480),
    authSecret: process.env.AUTH_SECRET,
    actionsKey: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
    log: (line) => console.log(line),
  });
  const instanceLines = cluster.instances
    .map((instance, index) => {
      const branch = index === cluster.instances.length - 1 ? '└' : '├';
      return `                ${branch}──► ${instance.name}: next start ${instance.url} (pid ${instance.pid})`;
    })
    .join('\n');
  console.log(`
Accord cluster (ADR 0021), configuration in ${cluster.folder}:

  browser ──► HAProxy ${cluster.balancerUrl} (round-robin, no sticky sessions)
${instanceLines}
                      all ──► PgBouncer ${new URL(cluster.pooledDatabaseUrl).host} (transaction pooling) ──► PostgreSQL ${new URL(url).host}

Open ${cluster.balancerUrl}. Each response names its instance in X-Accord-Instance. Ctrl-C stops everything.
`);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void cluster.stop().then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
