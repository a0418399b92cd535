/**
 * `npm run bench`: loads the benchmark clinic into its own PostgreSQL database, measures the
 * dashboards' SQL in-process (statements per render, sequential scans, SQL time), then serves
 * the production build against it and measures latency, throughput and memory. Prints one
 * table, writes it to bench/results/latest.md and into the README's performance section.
 *
 * Options: --reuse (keep an already loaded benchmark database), --quick (fewer requests),
 * --cluster (instead: the caseload and team pages through HAProxy and PgBouncer, two instances
 * against one, bench/cluster.ts; written to bench/results/cluster.md and the README).
 * Needs BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL naming a PostgreSQL server: the
 * benchmark creates (and re-creates) only its own database, `accord_bench`, there.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { testServerUrl, withDatabase } from '../test/support/postgres';
import { benchCluster } from './cluster';
import { LATENCY_WARMUP, measureLatency, measureThroughput, sessionCookie, startServer } from './http';
import { loadBenchDatabase } from './load';
import { publishTable } from './publish';
import { BENCH_PAGES, THROUGHPUT_PAGE_ID, type BenchActor } from './pages';

const root = path.resolve(import.meta.dirname, '..');
// BENCH_DATABASE: another name for the benchmark's own database (it must start with accord_bench or accord_it_).
const DATABASE = process.env.BENCH_DATABASE ?? 'accord_bench';
const SECRET = 'benchmark-only-secret-0123456789abcdefghijklmnop';
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');

interface SqlResult {
  statements: number;
  seqScans: string[];
  sqlP50: number;
  sqlP95: number;
}

function run(command: string, commandArgs: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
}

async function benchPeople(
  url: string,
): Promise<Record<BenchActor, { id: string; organizationId: string; role: 'admin' | 'supervisor' | 'therapist' }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{
    id: string;
    organization_id: string;
    role: 'admin' | 'supervisor' | 'therapist';
    email: string;
  }>(
    "select id, organization_id, role, email from users where email in ('therapist1@bench.example', " +
      "'therapist2@bench.example', 'supervisor1@bench.example', 'admin@bench.example')",
  );
  await client.end();
  const byEmail = new Map(rows.map((r) => [r.email, { id: r.id, organizationId: r.organization_id, role: r.role }]));
  const person = (email: string) => {
    const found = byEmail.get(email);
    if (!found) throw new Error(`benchmark database has no ${email}: run without --reuse`);
    return found;
  };
  return {
    therapistSmall: person('therapist1@bench.example'),
    therapistLarge: person('therapist2@bench.example'),
    supervisor: person('supervisor1@bench.example'),
    admin: person('admin@bench.example'),
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  const server = process.env.BENCH_DATABASE_URL || testServerUrl();
  if (!server) throw new Error('Set BENCH_DATABASE_URL (or TEST_DATABASE_URL / DATABASE_URL) to a PostgreSQL server.');
  const url = withDatabase(server, DATABASE);

  let seedLine = 'reused an existing benchmark database';
  if (!args.has('--reuse')) {
    const loaded = await loadBenchDatabase(server, DATABASE);
    const rows = Object.values(loaded.counts).reduce((a, b) => a + b, 0);
    const ratings = (loaded.counts.goal_ratings ?? 0) + (loaded.counts.check_ins ?? 0);
    seedLine =
      `${rows.toLocaleString('en-GB')} rows (${loaded.counts.clients?.toLocaleString('en-GB')} clients, ` +
      `${loaded.counts.goals?.toLocaleString('en-GB')} goals, ${ratings.toLocaleString('en-GB')} ratings and ` +
      `check-ins) loaded in ${loaded.seconds.toFixed(1)} s`;
  }
  console.log(`\nSeed: ${seedLine}`);
  const people = await benchPeople(url);

  if (args.has('--cluster')) {
    run(process.execPath, [path.join(root, 'scripts/build-if-stale.mjs')]);
    const { markdown } = await benchCluster({ databaseUrl: url, secret: SECRET, people, seconds: quick ? 5 : 20 });
    console.log(`\n${markdown}\n`);
    // A quick run is a smoke test of the harness, not a measurement worth publishing.
    publishTable('cluster.md', markdown, 'bench-cluster', { readme: !quick });
    return;
  }

  // 1. SQL, in-process.
  const sqlOut = path.join(os.tmpdir(), `accord-bench-sql-${process.pid}.json`);
  run(
    process.execPath,
    [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'bench/vitest.config.mts'],
    {
      BENCH_URL: url,
      BENCH_PEOPLE: JSON.stringify(people),
      BENCH_OUT: sqlOut,
      BENCH_SQL_RUNS: quick ? '10' : '40',
    },
  );
  const sql = JSON.parse(fs.readFileSync(sqlOut, 'utf8')) as Record<string, SqlResult>;

  // 2. HTTP, against the production build.
  run(process.execPath, [path.join(root, 'scripts/build-if-stale.mjs')]);
  const app = await startServer(PORT, {
    DATABASE_URL: url,
    AUTH_SECRET: SECRET,
    APP_URL: `http://127.0.0.1:${PORT}`,
    ACCORD_DATA_DIR: path.join(os.tmpdir(), 'accord-bench-data'),
  });
  const requests = quick ? 30 : 300;
  const seconds = quick ? 5 : 15;
  try {
    const cookies = Object.fromEntries(
      await Promise.all(
        Object.entries(people).map(async ([actor, person]) => [actor, await sessionCookie(SECRET, person)]),
      ),
    ) as Record<BenchActor, string>;
    // Latency and server CPU per request over the same sequential requests, after a warm-up that neither counts.
    const timed = async (url: string, cookie: string) => {
      await measureLatency(url, cookie, 0, LATENCY_WARMUP);
      const before = app.cpuMs();
      const latency = await measureLatency(url, cookie, requests, 0);
      return { ...latency, cpuPerRequest: (app.cpuMs() - before) / requests };
    };
    const trivial = await timed(`${app.baseUrl}/api/ping`, cookies.therapistLarge);
    const pages = [];
    for (const page of BENCH_PAGES) {
      const latency = await timed(`${app.baseUrl}${page.path}`, cookies[page.actor]);
      if ([...latency.statuses].some((status) => status !== 200))
        throw new Error(`${page.label} answered ${[...latency.statuses].join(', ')}`);
      pages.push({ page, latency, sql: sql[page.id]! });
    }
    const trivialLoad = await measureThroughput(`${app.baseUrl}/api/ping`, cookies.therapistLarge, 10, seconds);
    const throughputPage = BENCH_PAGES.find((p) => p.id === THROUGHPUT_PAGE_ID)!;
    const pageLoad = await measureThroughput(
      `${app.baseUrl}${throughputPage.path}`,
      cookies[throughputPage.actor],
      10,
      seconds,
    );
    const peakRss = app.peakRssMb();

    const lines: string[] = [];
    lines.push(
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores, ` +
        `Node ${process.version}, PostgreSQL at ${new URL(server).host}. Seed: ${seedLine}.`,
    );
    lines.push('');
    lines.push(
      '| page | SQL statements per render | seq scans on tables > 1,000 rows | page p50 | page p95 | SQL p95 | ' +
        'page p95 ÷ (SQL p95 + trivial p95) (target ≤ 4) | server CPU per request |',
    );
    lines.push('|---|---|---|---|---|---|---|---|');
    for (const { page, latency, sql: s } of pages) {
      const ratio = latency.p95 / (s.sqlP95 + trivial.p95);
      lines.push(
        `| ${page.label} | ${s.statements} | ${s.seqScans.length === 0 ? 'none' : s.seqScans.join(', ')} | ` +
          `${ms(latency.p50)} | ${ms(latency.p95)} | ${ms(s.sqlP95)} | ${ratio.toFixed(2)} | ${ms(latency.cpuPerRequest)} |`,
      );
    }
    lines.push(
      `| Trivial route (/api/ping) | 0 | — | ${ms(trivial.p50)} | ${ms(trivial.p95)} | — | — | ${ms(trivial.cpuPerRequest)} |`,
    );
    lines.push('');
    const share = pageLoad.requestsPerSecond / trivialLoad.requestsPerSecond;
    lines.push('| throughput at 10 connections | req/s | errors | non-2xx |');
    lines.push('|---|---|---|---|');
    lines.push(
      `| Trivial route | ${trivialLoad.requestsPerSecond.toFixed(0)} | ${trivialLoad.errors} | ${trivialLoad.non2xx} |`,
    );
    lines.push(
      `| ${throughputPage.label} | ${pageLoad.requestsPerSecond.toFixed(0)} (${(share * 100).toFixed(0)}% of ` +
        `trivial; target ≥ 25%, stretch ≥ 100 req/s) | ${pageLoad.errors} | ${pageLoad.non2xx} |`,
    );
    lines.push('');
    const small = sql['caseload-10'];
    const large = sql['caseload-100'];
    lines.push(
      `Statements at caseload 10 and 100: ${small?.statements} and ${large?.statements} ` +
        `(${small?.statements === large?.statements ? 'equal' : 'NOT equal'}). Server peak RSS: ` +
        `${peakRss.toFixed(0)} MB (target ≤ 600 MB).`,
    );
    const table = lines.join('\n');
    console.log(`\n${table}\n`);

    publishTable('latest.md', table, 'bench', { readme: !quick });
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
