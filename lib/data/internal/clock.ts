import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db/types';
import { selectRows } from '@/db/rows';

/**
 * The one clock of a write (ADR 0008): the database's, read inside the write's transaction after
 * any lock it takes, once, and used for every timestamp it stores and every day it computes
 * (never `new Date()` or SQL `now()` in a write). Two app servers with drifting clocks still
 * write one order, and a timestamp taken after a lock follows the writes before it.
 */
export async function databaseNow(executor: Executor): Promise<Date> {
  const [row] = await selectRows<{ now: string | Date }>(executor, sql`select clock_timestamp() as now`);
  return new Date(row!.now);
}
