import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startCluster } from '../scripts/cluster-topology';
import { withDatabase } from '../test/support/postgres';
import globalTeardown from '../e2e/support/global-teardown';
import { e2eDatabaseName, e2eDataDir, serverUrl } from '../e2e/support/run-config';
import { clusterBalancerPort, clusterPgbouncerPort, type ClusterAddresses } from './run-config';

const root = path.resolve(__dirname, '..');

/**
 * Prepares the run's own database exactly as the e2e suite does (the demo clinic and the journeys'
 * people), then starts the cluster on it. Returns the teardown: cluster stopped, database dropped.
 */
export default async function globalSetup() {
  if (!serverUrl)
    throw new Error(
      'The cluster journey needs PostgreSQL: set TEST_DATABASE_URL (PgBouncer pools a PostgreSQL server; the ' +
        'embedded database is single-process).',
    );
  const prepared = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'e2e/support/prepare-database.ts'],
    { cwd: root, stdio: 'inherit', env: process.env },
  );
  if (prepared.status !== 0) throw new Error('Preparing the cluster journey database failed.');
  const databaseUrl = withDatabase(serverUrl, e2eDatabaseName);
  let output = '';
  const cluster = await startCluster({
    databaseUrl,
    balancerPort: clusterBalancerPort,
    pgbouncerPort: clusterPgbouncerPort,
    env: { ACCORD_NO_DEMO: '1', MAIL_OUTBOX: path.join(e2eDataDir, 'mail.log') },
    log: (line) => (output = `${output}${line}\n`.slice(-50_000)),
  }).catch((error: unknown) => {
    console.error(output);
    throw error;
  });
  const addresses: ClusterAddresses = { balancerUrl: cluster.balancerUrl, instances: cluster.instances, databaseUrl };
  process.env.ACCORD_CLUSTER_ADDRESSES = JSON.stringify(addresses);
  return async () => {
    await cluster.stop();
    await globalTeardown();
  };
}
