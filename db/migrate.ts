import { rowsOf } from './rows';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Db, Schema } from './types';

export const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations');

/** Arbitrary and fixed: the transaction-scoped advisory lock that serialises "accord migrations". */
const MIGRATION_LOCK_KEY = 4_211_902;

/**
 * Applies the committed drizzle-kit migrations; idempotent, the same SQL on both drivers.
 *
 * On PostgreSQL several app instances may start at once, and they may reach the server through
 * PgBouncer in transaction mode (ADR 0021), where consecutive statements outside a transaction can
 * run on different server connections. So everything happens in ONE transaction that first takes a
 * transaction-scoped advisory lock (released by the commit, never left behind on a pooled
 * connection): the bookkeeping is drizzle's own (`drizzle.__drizzle_migrations`, a migration applies
 * when it is newer than the last one recorded), so databases migrated before stay compatible.
 */
export async function runMigrations(db: Db, driver: 'pg' | 'pglite'): Promise<void> {
  if (driver === 'pglite') {
    await migratePglite(db as unknown as PgliteDatabase<Schema>, { migrationsFolder });
    return;
  }
  const migrations = readMigrationFiles({ migrationsFolder });
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.execute(sql`create schema if not exists drizzle`);
    await tx.execute(
      sql`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`,
    );
    // Read under the lock: an instance that waited sees what the first one applied.
    const last: unknown = await tx.execute(
      sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    );
    const lastAt = Number(rowsOf<{ created_at: string | null }>(last)[0]?.created_at ?? -1);
    for (const migration of migrations) {
      if (migration.folderMillis <= lastAt) continue;
      for (const statement of migration.sql) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`,
      );
    }
  });
}
