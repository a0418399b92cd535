import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm';

/**
 * Counts SQL statements issued inside `countStatements(fn)`. Used by tests and the benchmark
 * to prove dashboards issue a constant number of statements whatever the caseload size, and
 * (with each statement's parameters) to EXPLAIN exactly what a dashboard ran.
 */
export interface CountedQuery {
  sql: string;
  params: unknown[];
}

const store = new AsyncLocalStorage<{ statements: string[]; queries: CountedQuery[] }>();

export async function countStatements<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; statements: string[]; queries: CountedQuery[] }> {
  const bucket = { statements: [] as string[], queries: [] as CountedQuery[] };
  const result = await store.run(bucket, fn);
  return { result, statements: bucket.statements, queries: bucket.queries };
}

export const countingLogger: Logger = {
  logQuery(query: string, params: unknown[]) {
    const bucket = store.getStore();
    if (!bucket) return;
    bucket.statements.push(query);
    bucket.queries.push({ sql: query, params: [...params] });
  },
};
