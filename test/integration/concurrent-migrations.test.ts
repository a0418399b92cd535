import { rowsOf } from '@/db/rows';
import { sql } from 'drizzle-orm';
import { expect, inject, test } from 'vitest';
import { connectPostgres } from '@/db/client';
import { createDatabase, withDatabase } from '../support/postgres';

/*
 * Several instances start at once against one empty database (ADR 0021). Their migrations run in
 * one transaction each, behind a transaction-scoped advisory lock, so they also hold through
 * PgBouncer in transaction mode (a session lock could be taken on one pooled connection and
 * "released" on another). Runs when a PostgreSQL server is configured (CI always has one).
 */

const serverUrl = inject('pgServerUrl');

test.runIf(serverUrl !== null)(
  'three instances migrating an empty database at once apply each migration once and leave no lock behind',
  { timeout: 240_000 },
  async () => {
    const name = `${inject('runPrefix')}migrate_${process.pid}`;
    await createDatabase(serverUrl!, name);
    const url = withDatabase(serverUrl!, name);
    const handles = await Promise.all([1, 2, 3].map(() => connectPostgres(url)));
    try {
      const { db } = handles[0]!;
      const rows = rowsOf;
      const applied = rows<{ hash: string; n: number }>(
        await db.execute(sql`select hash, count(*)::int as n from drizzle.__drizzle_migrations group by hash`),
      );
      const fs = await import('node:fs');
      const journal = JSON.parse(fs.readFileSync('db/migrations/meta/_journal.json', 'utf8')) as { entries: unknown[] };
      expect(applied).toHaveLength(journal.entries.length);
      expect(applied.every((row) => row.n === 1)).toBe(true);
      const locks = rows<{ n: number }>(
        await db.execute(
          sql`select count(*)::int as n from pg_locks
            where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())`,
        ),
      );
      expect(locks[0]!.n).toBe(0);
      // And the schema is usable: the tables are there.
      const tables = rows<{ n: number }>(
        await db.execute(
          sql`select count(*)::int as n from pg_tables where schemaname = 'public' and tablename in ('organizations', 'users', 'goals')`,
        ),
      );
      expect(tables[0]!.n).toBe(3);
    } finally {
      for (const handle of handles) await handle.close();
    }
  },
);
