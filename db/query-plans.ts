import { sql } from 'drizzle-orm';
import type { CountedQuery } from './query-counter';
import type { Db } from './types';
import { rowsOf } from './rows';

/**
 * Query plans of statements captured by `countStatements`: each is EXPLAINed (not run) inside a
 * rolled-back transaction with sequential scans switched off, so a plan that still scans a table
 * sequentially has no index it could use. Used by the dashboard tests and the benchmark.
 */

/** The statement with its parameters written in as SQL literals (EXPLAIN takes no parameters). */
export function inlineParameters(query: CountedQuery): string {
  let text = query.sql;
  for (let index = query.params.length; index >= 1; index -= 1) {
    const value = query.params[index - 1];
    const literal =
      value === null || value === undefined
        ? 'null'
        : typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : value instanceof Date
            ? `'${value.toISOString()}'`
            : `'${(typeof value === 'string' ? value : JSON.stringify(value)).replace(/'/g, "''")}'`;
    text = text.replaceAll(`$${index}`, literal);
  }
  return text;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' ? [node['Relation Name'] ?? '?'] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

class Rollback extends Error {}

/** For each statement, the tables its plan still scans sequentially with `enable_seqscan = off` ("table in: statement…"). */
export async function sequentialScansIn(db: Db, queries: readonly CountedQuery[]): Promise<string[]> {
  const found: string[] = [];
  for (const query of queries) {
    await db
      .transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        const result = await tx.execute(sql.raw(`explain (format json) ${inlineParameters(query)}`));
        const [row] = rowsOf<Record<string, unknown>>(result);
        const raw = Object.values(row ?? {})[0];
        const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
        found.push(
          ...seqScans(plan[0]!.Plan).map(
            (table) => `${table} in: ${query.sql.replace(/\s+/g, ' ').trim().slice(0, 120)}`,
          ),
        );
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
  }
  return found;
}
