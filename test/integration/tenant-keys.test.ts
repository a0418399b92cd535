import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '@/db/client';
import {
  distributedTableNames,
  distributionRuleViolations,
  distributionStatements,
  DISTRIBUTION_COLUMN,
  readSchemaCatalog,
  REFERENCE_TABLES,
  schemaForeignKeys,
  type SchemaCatalog,
} from '@/db/distribution';
import type { Db } from '@/db/types';
import { rowMaker, type RowMaker } from './tenant-rows';

/**
 * Tenant-safe keys and the distribution rules (ADR 0020), checked on the migrated database.
 * The foreign-key cases are generated from db/schema (and checked against pg_constraint), so a
 * new foreign key is covered the day it is added.
 */

let db: Db;
let catalog: SchemaCatalog;
let rows: RowMaker;

beforeAll(async () => {
  db = await getDb();
  catalog = await readSchemaCatalog(db);
  rows = await rowMaker(db, catalog);
});

/** Every foreign key except those that name the organisation itself (organization_id → organizations). */
const TENANT_FOREIGN_KEYS = schemaForeignKeys().filter((fk) => fk.target !== 'organizations');

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the insert was accepted').not.toBeNull();
  const cause = (error as { cause?: unknown }).cause ?? error;
  return `${(cause as Error).message}`;
}

describe('a row cannot point at a record of another organisation', () => {
  test('the schema and the migrated database have the same foreign keys', () => {
    const migrated = catalog.foreignKeys
      .filter((fk) => fk.target !== 'organizations')
      .map((fk) => fk.name)
      .sort();
    expect(migrated).toEqual(TENANT_FOREIGN_KEYS.map((fk) => fk.name).sort());
    expect(TENANT_FOREIGN_KEYS.length).toBeGreaterThanOrEqual(80);
  });

  for (const fk of TENANT_FOREIGN_KEYS) {
    const column = fk.columns.find((c) => c !== DISTRIBUTION_COLUMN) ?? '?';
    test(`${fk.name}: ${fk.table}.${column} → ${fk.target}`, async () => {
      const [own, other] = [await rows.organization(), await rows.organization()];
      const foreign = await rows.insert(fk.target, other);
      const message = await failure(rows.insert(fk.table, own, { [column]: foreign! }));
      expect(message).toContain(`violates foreign key constraint "${fk.name}"`);
      // The same row pointing within its own organisation is accepted: only the organisation made the difference.
      const mine = await rows.insert(fk.target, own);
      await expect(rows.insert(fk.table, own, { [column]: mine! })).resolves.not.toThrow();
    });
  }
});

describe('the schema is ready to distribute by organisation', () => {
  test('migrated schema: the listed reference tables; organization_id in each distributed unique index and FK; no identity columns', () => {
    expect(distributionRuleViolations(catalog)).toEqual([]);
    const withoutOrganization = Object.keys(catalog.tables).filter(
      (table) => !catalog.tables[table]!.some((c) => c.column === DISTRIBUTION_COLUMN && c.notNull),
    );
    expect(withoutOrganization.sort()).toEqual(['organizations', 'sign_in_limits']);
    expect(Object.keys(REFERENCE_TABLES).sort()).toEqual(['access_tokens', 'organizations', 'sign_in_limits', 'users']);
    expect(distributedTableNames().sort()).toEqual(
      Object.keys(catalog.tables)
        .filter((t) => !(t in REFERENCE_TABLES))
        .sort(),
    );
  });

  test('a new table that breaks the rules is named, with what is wrong', async () => {
    await db
      .transaction(async (tx) => {
        await tx.execute(sql`create table probe_notes (
        id uuid primary key default gen_random_uuid(),
        organization_id uuid not null,
        author_id uuid not null references users (id),
        body text not null)`);
        await tx.execute(sql`create unique index probe_notes_author_key on probe_notes (author_id)`);
        await tx.execute(sql`create table probe_counters (n bigint generated always as identity primary key)`);
        const violations = distributionRuleViolations(await readSchemaCatalog(tx));
        expect(violations).toEqual([
          'probe_counters has no organization_id and is not a listed reference table (db/distribution.ts)',
          'unique index probe_counters_pkey on distributed table probe_counters (n) does not contain organization_id',
          'unique index probe_notes_author_key on distributed table probe_notes (author_id) does not contain organization_id',
          'unique index probe_notes_pkey on distributed table probe_notes (id) does not contain organization_id',
          'foreign key probe_notes_author_id_fkey (probe_notes.author_id → users.id) does not pair organization_id with organization_id',
          'probe_counters.n is an identity column (use a uuid or a sequence default)',
        ]);
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message === 'Rollback')) throw error;
      });
  });

  test('a reference table may not point at a distributed one, unless the key is listed as dropped at distribution', () => {
    expect(distributionRuleViolations(catalog, REFERENCE_TABLES, {})).toEqual([
      'reference table access_tokens points at distributed table clients (access_tokens_client_id_fk); Citus cannot keep that key',
    ]);
    const { users: _users, ...withoutUsers } = REFERENCE_TABLES;
    expect(distributionRuleViolations(catalog, withoutUsers)).toContain(
      'unique index users_email_lower_key on distributed table users (<expression>) does not contain organization_id',
    );
  });

  test('ADR 0020 lists the distribution statements in the order the schema needs', () => {
    const adr = fs.readFileSync(
      path.join(process.cwd(), 'docs/decisions/0020-tenant-keys-and-distribution.md'),
      'utf8',
    );
    const listed =
      adr
        .match(/```sql\n([\s\S]*?)```/)?.[1]
        ?.trim()
        .split('\n') ?? [];
    expect(listed).toEqual(distributionStatements());
  });
});
