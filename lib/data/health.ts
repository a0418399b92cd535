import 'server-only';
import { sql } from 'drizzle-orm';
import { openDatabase } from '@/db/client';

/** For the health route: can the app reach its database? Reveals nothing else. */
export async function checkHealth(): Promise<{ ok: boolean; database: 'pg' | 'pglite' | 'unreachable' }> {
  try {
    const { db, driver } = await openDatabase();
    await db.execute(sql`select 1`);
    return { ok: true, database: driver };
  } catch {
    return { ok: false, database: 'unreachable' };
  }
}
