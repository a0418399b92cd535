/**
 * `npm run bench -- --cluster` (ADR 0021): the caseload and team pages through HAProxy and
 * PgBouncer, with both instances in rotation and then with one, in the same run, on the same
 * balancer, pooler and database. Every response must be a 2xx: any error or non-2xx fails the run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCluster } from '../scripts/cluster-topology';
import { measureThroughput, sessionCookie } from './http';
import type { BenchActor } from './pages';

export interface ClusterRow {
  label: string;
  two: { requestsPerSecond: number; total: number; errors: number; non2xx: number };
  one: { requestsPerSecond: number; total: number; errors: number; non2xx: number };
}

const PAGES: { label: string; path: string; actor: BenchActor }[] = [
  { label: 'Caseload dashboard (100 clients)', path: '/caseload', actor: 'therapistLarge' },
  { label: 'Team dashboard (supervisor, 10 therapists)', path: '/team', actor: 'supervisor' },
];

export const CONNECTIONS = 10;
/** A request counts as an error only after a minute: the machine this runs on is shared and often saturated. */
const TIMEOUT_SECONDS = 60;
const logFile = path.join(os.tmpdir(), 'accord-bench-cluster.log');

export async function benchCluster(options: {
  databaseUrl: string;
  secret: string;
  people: Record<BenchActor, { id: string; organizationId: string; role: 'admin' | 'supervisor' | 'therapist' }>;
  seconds: number;
}): Promise<{ rows: ClusterRow[]; markdown: string }> {
  const cluster = await startCluster({
    databaseUrl: options.databaseUrl,
    balancerPort: Number(process.env.BENCH_CLUSTER_PORT ?? 3183),
    pgbouncerPort: Number(process.env.BENCH_PGBOUNCER_PORT ?? 6480),
    authSecret: options.secret,
    // The instances' and HAProxy's output, for reading after a failed run.
    log: (line) => fs.appendFileSync(logFile, `${line}\n`),
  });
  console.log(`Cluster output: ${logFile}`);
  try {
    const rows: ClusterRow[] = [];
    const [, second] = cluster.instances;
    for (const page of PAGES) {
      const url = `${cluster.balancerUrl}${page.path}`;
      const cookie = await sessionCookie(options.secret, options.people[page.actor]);
      // Warm both instances (compiled code, connection pools) before measuring.
      await measureThroughput(url, cookie, 4, Math.max(2, Math.round(options.seconds / 3)), TIMEOUT_SECONDS);
      const two = await measureThroughput(url, cookie, CONNECTIONS, options.seconds, TIMEOUT_SECONDS);
      await cluster.setInRotation(second!.name, false);
      const one = await measureThroughput(url, cookie, CONNECTIONS, options.seconds, TIMEOUT_SECONDS);
      await cluster.setInRotation(second!.name, true);
      rows.push({ label: page.label, two, one });
    }
    const failures = rows.filter((row) => row.two.errors + row.two.non2xx + row.one.errors + row.one.non2xx > 0);
    const lines = [
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores ` +
        `(shared with other work: figures as measured under that load), Node ${process.version}: HAProxy ` +
        `round-robin → ${cluster.instances.length} × \`next start\` → PgBouncer (transaction pooling) → ` +
        `PostgreSQL. ${CONNECTIONS} connections, ${options.seconds} s per figure, ${TIMEOUT_SECONDS} s before a ` +
        `request counts as an error.`,
      '',
      '| page | 2 instances: req/s | 1 instance: req/s | 2 ÷ 1 | requests | errors | non-2xx |',
      '|---|---|---|---|---|---|---|',
      ...rows.map((row) => {
        const total = row.two.total + row.one.total;
        const errors = row.two.errors + row.one.errors;
        const non2xx = row.two.non2xx + row.one.non2xx;
        return (
          `| ${row.label} | ${row.two.requestsPerSecond.toFixed(1)} | ${row.one.requestsPerSecond.toFixed(1)} | ` +
          `${(row.two.requestsPerSecond / row.one.requestsPerSecond).toFixed(2)} | ${total} | ${errors} | ` +
          `${non2xx} |`
        );
      }),
    ];
    const markdown = lines.join('\n');
    if (failures.length > 0)
      throw new Error(
        `${markdown}\n\nErrors or non-2xx answers through the cluster: ${failures.map((row) => row.label).join(', ')}`,
      );
    return { rows, markdown };
  } finally {
    await cluster.stop();
  }
}
