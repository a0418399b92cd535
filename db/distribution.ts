import { rowsOf } from './rows';
import { getTableName, is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import type { Executor } from './types';

/**
 * How the schema is distributed by organisation (ADR 0020), in one place. Every table is either
 * distributed by `organization_id` (the default: it must carry the column, and every unique key
 * and every foreign key between distributed tables must contain it, test/integration/tenant-keys.test.ts)
 * or a reference table listed here, copied whole to every node, with the reason it is global.
 */
export const DISTRIBUTION_COLUMN = 'organization_id';

export const REFERENCE_TABLES: Readonly<Record<string, string>> = {
  organizations:
    'the tenants themselves: every tenant row points at one, and a sign-in learns its organisation from here',
  users:
    'sign-in finds an account by its email, unique system-wide (users_email_lower_key), before the organisation ' +
    'is known; tenant rows point at users by (organization_id, id)',
  access_tokens:
    'an invitation or password-reset link is redeemed by its token hash (access_tokens_hash_key) before anyone ' +
    'is signed in, and a new invitation checks for a pending one to the same email in any organisation',
  sign_in_limits:
    'attempt counters keyed by hashed email or IP, consulted before the organisation is known (ADR 0012); no organization_id',
};

/**
 * Foreign keys Citus cannot keep (a reference table may not point at a distributed one): dropped
 * by the first distribution statement, with what keeps the rule afterwards.
 */
export const FOREIGN_KEYS_DROPPED_WHEN_DISTRIBUTED: Readonly<Record<string, string>> = {
  access_tokens_client_id_fk:
    'a client invitation names its client; acceptance re-reads the client by (organization_id, client_id) in the ' +
    'same transaction (lib/data/invitations.ts), so a link never attaches an account to a client of another ' +
    'organisation',
};

function allTables(): PgTable[] {
  return (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
}

/** Table names, sorted (the order of a module namespace differs between loaders). */
export function schemaTableNames(): string[] {
  return allTables()
    .map((table) => getTableName(table))
    .sort();
}

export function distributedTableNames(): string[] {
  return schemaTableNames().filter((name) => !(name in REFERENCE_TABLES));
}

/** The tables every distributed table is co-located with (the first one distributed). */
export const COLOCATION_ANCHOR = 'clients';

/** `names` with every table a foreign key points at before it (Citus needs the target in place first). */
function inDependencyOrder(names: string[]): string[] {
  const group = new Set(names);
  const targets = new Map<string, string[]>();
  for (const table of allTables()) {
    const name = getTableName(table);
    if (!group.has(name)) continue;
    const refs = getTableConfig(table).foreignKeys.map((fk) => getTableName(fk.reference().foreignTable));
    targets.set(
      name,
      refs.filter((ref) => ref !== name && group.has(ref)),
    );
  }
  const ordered: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (ordered.includes(name)) return;
    if (path.includes(name)) throw new Error(`foreign keys form a cycle: ${[...path, name].join(' → ')}`);
    for (const ref of targets.get(name) ?? []) visit(ref, [...path, name]);
    ordered.push(name);
  };
  for (const name of names) visit(name, []);
  return ordered;
}

/** The Citus statements that distribute this schema, in the order they must run (ADR 0020 lists them). */
export function distributionStatements(): string[] {
  const dropped = Object.keys(FOREIGN_KEYS_DROPPED_WHEN_DISTRIBUTED).map((name) => {
    const table = allTables().find((t) => getTableConfig(t).foreignKeys.some((fk) => fk.getName() === name));
    if (!table) throw new Error(`no foreign key named ${name} in the schema`);
    return `ALTER TABLE ${getTableName(table)} DROP CONSTRAINT ${name};`;
  });
  const reference = inDependencyOrder(schemaTableNames().filter((name) => name in REFERENCE_TABLES)).map(
    (name) => `SELECT create_reference_table('${name}');`,
  );
  const distributed = inDependencyOrder([
    COLOCATION_ANCHOR,
    ...distributedTableNames().filter((name) => name !== COLOCATION_ANCHOR),
  ]).map((name) =>
    name === COLOCATION_ANCHOR
      ? `SELECT create_distributed_table('${name}', '${DISTRIBUTION_COLUMN}');`
      : `SELECT create_distributed_table('${name}', '${DISTRIBUTION_COLUMN}', colocate_with => '${COLOCATION_ANCHOR}');`,
  );
  return [...dropped, ...reference, ...distributed];
}

/** A foreign key as declared in db/schema: `columns` of `table` point at `foreignColumns` of `target`. */
export interface SchemaForeignKey {
  name: string;
  table: string;
  columns: string[];
  target: string;
  foreignColumns: string[];
}

export function schemaForeignKeys(): SchemaForeignKey[] {
  return allTables().flatMap((table) =>
    getTableConfig(table).foreignKeys.map((fk) => {
      const reference = fk.reference();
      return {
        name: fk.getName(),
        table: getTableName(table),
        columns: reference.columns.map((column) => column.name),
        target: getTableName(reference.foreignTable),
        foreignColumns: reference.foreignColumns.map((column) => column.name),
      };
    }),
  );
}

/** What the distribution rules read from a migrated database (pg_catalog; the same on PostgreSQL and PGlite). */
export interface SchemaCatalog {
  /** Table name → its columns, with whether each is NOT NULL. */
  tables: Record<string, { column: string; notNull: boolean }[]>;
  /** Unique indexes (primary keys and unique constraints included): key columns, `null` standing for an expression. */
  uniqueIndexes: { name: string; table: string; columns: (string | null)[] }[];
  foreignKeys: { name: string; table: string; columns: string[]; target: string; foreignColumns: string[] }[];
  identityColumns: { table: string; column: string }[];
}

export async function readSchemaCatalog(db: Executor): Promise<SchemaCatalog> {
  const columns = rowsOf<{ table: string; column: string; not_null: boolean; identity: string }>(
    await db.execute(sql`
      select c.relname as table, a.attname as column, a.attnotnull as not_null, a.attidentity::text as identity
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where c.relkind in ('r', 'p')
      order by c.relname, a.attnum`),
  );
  const indexes = rowsOf<{ name: string; table: string; columns: (string | null)[] }>(
    await db.execute(sql`
      select ic.relname as name, t.relname as table,
        array(
          select a.attname::text
          from unnest(i.indkey::int2[]) with ordinality as k(attnum, ord)
          left join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
          where k.ord <= i.indnkeyatts
          order by k.ord
        ) as columns
      from pg_index i
      join pg_class ic on ic.oid = i.indexrelid
      join pg_class t on t.oid = i.indrelid
      join pg_namespace n on n.oid = t.relnamespace and n.nspname = 'public'
      where i.indisunique
      order by t.relname, ic.relname`),
  );
  const foreignKeys = rowsOf<{
    name: string;
    table: string;
    columns: string[];
    target: string;
    foreign_columns: string[];
  }>(
    await db.execute(sql`
      select con.conname as name, child.relname as table, parent.relname as target,
        array(select a.attname::text from unnest(con.conkey) with ordinality as k(attnum, ord)
              join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.ord) as columns,
        array(select a.attname::text from unnest(con.confkey) with ordinality as k(attnum, ord)
              join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.ord) as foreign_columns
      from pg_constraint con
      join pg_class child on child.oid = con.conrelid
      join pg_class parent on parent.oid = con.confrelid
      where con.contype = 'f' and con.connamespace = 'public'::regnamespace
      order by child.relname, con.conname`),
  );
  const tables: SchemaCatalog['tables'] = {};
  for (const row of columns) (tables[row.table] ??= []).push({ column: row.column, notNull: row.not_null });
  return {
    tables,
    uniqueIndexes: indexes.map((row) => ({ name: row.name, table: row.table, columns: row.columns })),
    foreignKeys: foreignKeys.map((row) => ({
      name: row.name,
      table: row.table,
      columns: row.columns,
      target: row.target,
      foreignColumns: row.foreign_columns,
    })),
    identityColumns: columns
      .filter((row) => row.identity !== '')
      .map((row) => ({ table: row.table, column: row.column })),
  };
}

/**
 * Every way the migrated schema breaks the rules of ADR 0020 (empty when it keeps them):
 * - a table is a listed reference table or is distributed, and then has a NOT NULL organization_id;
 * - every unique index of a distributed table contains organization_id (Citus enforces uniqueness per shard);
 * - a foreign key between two tables that both carry organization_id pairs it with organization_id
 *   (tenant-safe: a row cannot point into another organisation; between distributed tables Citus needs it too);
 * - no reference table points at a distributed table, except the listed keys dropped at distribution;
 * - no identity columns (GENERATED … AS IDENTITY).
 */
export function distributionRuleViolations(
  catalog: SchemaCatalog,
  referenceTables: Readonly<Record<string, string>> = REFERENCE_TABLES,
  droppedForeignKeys: Readonly<Record<string, string>> = FOREIGN_KEYS_DROPPED_WHEN_DISTRIBUTED,
): string[] {
  const problems: string[] = [];
  const isReference = (table: string) => table in referenceTables;
  const hasOrganization = (table: string) =>
    (catalog.tables[table] ?? []).some((c) => c.column === DISTRIBUTION_COLUMN);
  for (const name of Object.keys(referenceTables)) {
    if (!(name in catalog.tables)) problems.push(`${name} is listed as a reference table but does not exist`);
  }
  for (const [table, columns] of Object.entries(catalog.tables)) {
    if (isReference(table)) continue;
    const organization = columns.find((c) => c.column === DISTRIBUTION_COLUMN);
    if (!organization)
      problems.push(`${table} has no ${DISTRIBUTION_COLUMN} and is not a listed reference table (db/distribution.ts)`);
    else if (!organization.notNull) problems.push(`${table}.${DISTRIBUTION_COLUMN} may be null`);
  }
  for (const index of catalog.uniqueIndexes) {
    if (isReference(index.table)) continue;
    if (!index.columns.includes(DISTRIBUTION_COLUMN)) {
      problems.push(
        `unique index ${index.name} on distributed table ${index.table} ` +
          `(${index.columns.map((c) => c ?? '<expression>').join(', ')}) does not contain ${DISTRIBUTION_COLUMN}`,
      );
    }
  }
  const crossing = new Set<string>();
  for (const fk of catalog.foreignKeys) {
    if (hasOrganization(fk.table) && hasOrganization(fk.target)) {
      const at = fk.columns.indexOf(DISTRIBUTION_COLUMN);
      if (at === -1 || fk.foreignColumns[at] !== DISTRIBUTION_COLUMN) {
        problems.push(
          `foreign key ${fk.name} (${fk.table}.${fk.columns.join(', ')} → ` +
            `${fk.target}.${fk.foreignColumns.join(', ')}) does not pair ${DISTRIBUTION_COLUMN} with ` +
            `${DISTRIBUTION_COLUMN}`,
        );
      }
    }
    if (isReference(fk.table) && !isReference(fk.target)) {
      crossing.add(fk.name);
      if (!(fk.name in droppedForeignKeys))
        problems.push(
          `reference table ${fk.table} points at distributed table ${fk.target} (${fk.name}); Citus cannot keep that key`,
        );
    }
  }
  for (const name of Object.keys(droppedForeignKeys)) {
    if (!crossing.has(name))
      problems.push(
        `${name} is listed as dropped at distribution but is not a key from a reference table to a distributed one`,
      );
  }
  for (const { table, column } of catalog.identityColumns)
    problems.push(`${table}.${column} is an identity column (use a uuid or a sequence default)`);
  return problems;
}
