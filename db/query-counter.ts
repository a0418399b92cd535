import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm';

/**
 * Counts SQL statements issued inside `countStatements(fn)`. Used by tests and the benchmark
 * to prove dashboards issue a constant number of statements whatever the caseload size.
 */
const store = new AsyncLocalStorage<{ statements: string[] }>();

export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const bucket = { statements: [] as string[] };
  const result = await store.run(bucket, fn);
  return { result, statements: bucket.statements };
}

export const countingLogger: Logger = {
  logQuery(query: string) {
    store.getStore()?.statements.push(query);
  },
};
