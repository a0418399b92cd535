import type { SQL } from 'drizzle-orm';
import type { Executor } from './types';

/**
 * The rows of a raw SQL statement. Both drivers (node-postgres and PGlite) answer `execute` with
 * `{ rows }`; this is the one place that relies on it, and it checks rather than casts. `T` is
 * the caller's word for its SELECT list: name the columns with `as` and cast them in SQL
 * (`::int`, `::text`, `to_json(...)`) so both drivers return the same JavaScript values.
 */
export async function selectRows<T>(executor: Pick<Executor, 'execute'>, query: SQL): Promise<T[]> {
  return rowsOf<T>(await executor.execute(query));
}

/** The rows of a result `execute` already returned (for code that needs the result itself). */
export function rowsOf<T>(result: unknown): T[] {
  const rows = (result as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) throw new Error('The database driver returned no rows array for a raw statement.');
  return rows as T[];
}
