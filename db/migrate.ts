import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Db, Schema } from './types';

export const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations');

/** Applies the committed drizzle-kit migrations; idempotent, the same SQL on both drivers. */
export async function runMigrations(db: Db, driver: 'pg' | 'pglite'): Promise<void> {
  if (driver === 'pglite') {
    await migratePglite(db as unknown as PgliteDatabase<Schema>, { migrationsFolder });
    return;
  }
  // Several app instances may start at once against one server: serialise them.
  const lockKey = 4_211_902; // arbitrary, fixed: "accord migrations"
  await db.execute(sql`select pg_advisory_lock(${lockKey})`);
  try {
    await migratePg(db as unknown as NodePgDatabase<Schema>, { migrationsFolder });
  } finally {
    await db.execute(sql`select pg_advisory_unlock(${lockKey})`);
  }
}
