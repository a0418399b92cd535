import { rowsOf } from '@/db/rows';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { connectPostgres } from '@/db/client';
import { DISTRIBUTION_COLUMN, distributionRuleViolations, readSchemaCatalog } from '@/db/distribution';
import { migrationsFolder } from '@/db/migrate';
import type { Db } from '@/db/types';
import { createDatabase, withDatabase } from '../support/postgres';
import { rowMaker } from './tenant-rows';

/**
 * Upgrading a database that already holds data to the tenant-safe keys (ADR 0020), on this run's
 * driver: every row survives and the rules hold afterwards; a row that points into another
 * organisation stops the upgrade before anything changes, naming where to look.
 */

const FIRST_TENANT_KEYS_MIGRATION = '0010_tenant-keys-precheck';
const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};
const tags = journal.entries.map((entry) => entry.tag);
const cut = tags.indexOf(FIRST_TENANT_KEYS_MIGRATION);
const before = tags.slice(0, cut);
const after = tags.slice(cut);

async function apply(db: Db, migrations: string[]): Promise<void> {
  for (const tag of migrations) {
    const text = fs.readFileSync(path.join(migrationsFolder, `${tag}.sql`), 'utf8');
    for (const statement of text.split('--> statement-breakpoint')) {
      if (statement.trim()) await db.execute(sql.raw(statement));
    }
  }
}

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

/** An empty database of this run's driver, migrated up to just before the tenant keys. */
// A new database is created and migrated step by step (PGlite's initdb alone takes seconds on a busy machine).
async function databaseBeforeTenantKeys(label: string): Promise<Db> {
  const serverUrl = inject('pgServerUrl');
  let db: Db;
  if (serverUrl) {
    const name = `${inject('runPrefix')}upgrade_${label}_${process.pid}`;
    await createDatabase(serverUrl, name);
    const handle = await connectPostgres(withDatabase(serverUrl, name), { migrate: false });
    closers.push(() => handle.close());
    db = handle.db;
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const client = await PGlite.create();
    closers.push(() => client.close());
    db = drizzle({ client }) as unknown as Db;
  }
  await apply(db, before);
  return db;
}

async function counts(db: Db, tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const result = await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`);
    out[table] = rowsOf<{ n: number }>(result)[0]!.n;
  }
  return out;
}

describe('upgrading a database with data to tenant-safe keys', () => {
  test('every row of every table is kept, and the upgraded schema keeps the distribution rules', async () => {
    const db = await databaseBeforeTenantKeys('ok');
    const old = await readSchemaCatalog(db);
    const rows = await rowMaker(db, old);
    const organization = await rows.organization();
    const tenantTables = Object.keys(old.tables).filter((table) =>
      old.tables[table]!.some((c) => c.column === DISTRIBUTION_COLUMN),
    );
    for (const table of tenantTables) await rows.insert(table, organization);
    const kept = await counts(db, Object.keys(old.tables));
    expect(tenantTables.filter((table) => kept[table] === 0)).toEqual([]);

    await apply(db, after);

    expect(await counts(db, Object.keys(old.tables))).toEqual(kept);
    expect(distributionRuleViolations(await readSchemaCatalog(db))).toEqual([]);
  }, 180_000);

  test('a row pointing into another organisation stops the upgrade, naming the table, the column and the count', async () => {
    const db = await databaseBeforeTenantKeys('mixed');
    const rows = await rowMaker(db, await readSchemaCatalog(db));
    const [mine, theirs] = [await rows.organization(), await rows.organization()];
    const theirClient = await rows.insert('clients', theirs);
    await rows.insert('goals', mine, { client_id: theirClient! });

    const error = await apply(db, after).then(
      () => null,
      (e: unknown) => ((e as { cause?: Error }).cause ?? (e as Error)).message,
    );
    expect(error).toContain('Rows point at records of another organisation');
    expect(error).toContain('goals.client_id → clients: 1 rows');
    // Nothing was changed: the old single-column key is still there.
    const catalog = await readSchemaCatalog(db);
    expect(catalog.foreignKeys.find((fk) => fk.table === 'goals' && fk.target === 'clients')?.columns).toEqual([
      'client_id',
    ]);
  }, 180_000);
});
