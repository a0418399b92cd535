import type { Instance } from '../scripts/cluster-topology';

/** The cluster journey's ports: the balancer, then one per instance; PgBouncer on its own. */
export const clusterBalancerPort = Number(process.env.CLUSTER_TEST_PORT ?? 3186);
export const clusterPgbouncerPort = Number(process.env.CLUSTER_TEST_PGBOUNCER_PORT ?? 6480);

export interface ClusterAddresses {
  balancerUrl: string;
  instances: Instance[];
  /** A direct connection to the run's database, for checks behind the app's back. */
  databaseUrl: string;
}

/** Written by the global setup into the environment, which the test workers inherit. */
export function clusterAddresses(): ClusterAddresses {
  const value = process.env.ACCORD_CLUSTER_ADDRESSES;
  if (!value) throw new Error('The cluster is not running: run this suite with playwright.cluster.config.ts.');
  return JSON.parse(value) as ClusterAddresses;
}
