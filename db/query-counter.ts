import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm';

/**
 * Counts SQL statements issued inside `countStatements(fn)`. Used by tests and the benchmark
 * to prove dashboards issue a constant number of statements whatever the caseload size, and
 * (with the parameters) to EXPLAIN exactly the statements a page ran.
 */
const store = new AsyncLocalStorage<{ statements: string[]; parameters: unknown[][] }>();

export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[]; parameters: unknown[][] }> {
  const bucket = { statements: [] as string[], parameters: [] as unknown[][] };
  const result = await store.run(bucket, fn);
  return { result, statements: bucket.statements, parameters: bucket.parameters };
}

export const countingLogger: Logger = {
  logQuery(query: string, params: unknown[]) {
    const bucket = store.getStore();
    if (!bucket) return;
    bucket.statements.push(query);
    bucket.parameters.push(params);
  },
};
