import fs from 'node:fs';
import pg from 'pg';
import { test } from 'vitest';
import { countStatements } from '@/db/query-counter';
import { getCaseloadDashboard } from '@/lib/data/caseload-dashboard';
import { getTeamDashboard } from '@/lib/data/team-dashboard';
import { requestState } from '../test/integration/request-context.mock';
import { percentile } from './http';
import { BENCH_PAGES, type BenchActor } from './pages';

/**
 * The SQL side of each benchmark page, measured in-process on the benchmark database: the
 * statements one render issues (session check and audit insert included), whether any of
 * their plans sequentially scans a table of more than 1,000 rows, and how long the page's SQL
 * takes (p50/p95 over repeated renders).
 */
interface Person {
  id: string;
  organizationId: string;
  role: 'admin' | 'supervisor' | 'therapist';
}

const PAGE_DATA: Record<string, () => Promise<unknown>> = {
  'caseload-10': () => getCaseloadDashboard({}),
  'caseload-100': () => getCaseloadDashboard({}),
  'team-supervisor': () => getTeamDashboard(),
  'team-admin': () => getTeamDashboard(),
};

function seqScans(plan: unknown, found: string[] = []): string[] {
  if (plan && typeof plan === 'object') {
    const node = plan as Record<string, unknown>;
    if (node['Node Type'] === 'Seq Scan' && typeof node['Relation Name'] === 'string')
      found.push(node['Relation Name']);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach((child) => seqScans(child, found));
      else if (value && typeof value === 'object') seqScans(value, found);
    }
  }
  return found;
}

test('dashboard SQL at benchmark scale', async () => {
  const people = JSON.parse(process.env.BENCH_PEOPLE ?? '{}') as Record<BenchActor, Person>;
  const runs = Number(process.env.BENCH_SQL_RUNS ?? 30);
  const explain = new pg.Client({ connectionString: process.env.BENCH_URL });
  await explain.connect();
  const sizes = new Map(
    (
      await explain.query<{ relname: string; n: number }>(
        "select relname, reltuples::bigint as n from pg_class where relkind = 'r'",
      )
    ).rows.map((r) => [r.relname, Number(r.n)]),
  );
  const results: Record<string, unknown> = {};
  for (const page of BENCH_PAGES) {
    const person = people[page.actor];
    const data = PAGE_DATA[page.id];
    if (!person || !data) throw new Error(`no person or data call for ${page.id}`);
    const now = Date.now();
    requestState.claims = {
      userId: person.id,
      organizationId: person.organizationId,
      role: person.role,
      sessionVersion: 1,
      sessionId: crypto.randomUUID(),
      authTime: now,
      lastActivity: now,
    };
    const { statements, queries } = await countStatements(data);
    const scans: string[] = [];
    if (process.env.BENCH_PRINT_SQL)
      for (const query of queries)
        console.log(`-- ${page.id}\n${query.sql}\n-- params: ${JSON.stringify(query.params)}`);
    for (const query of queries) {
      if (!/^\s*(select|with)\b/i.test(query.sql)) continue;
      // The plans PostgreSQL really chooses at this scale (normal planner settings).
      const { rows } = await explain.query<{ 'QUERY PLAN': unknown }>(
        `explain (format json) ${query.sql}`,
        query.params,
      );
      for (const relation of seqScans(rows[0]?.['QUERY PLAN']))
        if ((sizes.get(relation) ?? 0) > 1000) scans.push(relation);
    }
    const timings: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await data();
      timings.push(performance.now() - started);
    }
    results[page.id] = {
      statements: statements.length,
      seqScans: [...new Set(scans)],
      sqlP50: percentile(timings, 50),
      sqlP95: percentile(timings, 95),
    };
  }
  await explain.end();
  fs.writeFileSync(process.env.BENCH_OUT ?? 'bench/results/sql.json', JSON.stringify(results, null, 2));
});
