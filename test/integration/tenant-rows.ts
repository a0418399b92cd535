import { rowsOf } from '@/db/rows';
import crypto from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { DISTRIBUTION_COLUMN, type SchemaCatalog } from '@/db/distribution';
import type { Db } from '@/db/types';

/**
 * Makes a valid row of any table from the migrated catalog alone, so a test can cover every
 * foreign key without knowing the tables: columns with a default keep it, other columns get a
 * plain value of their type (1, a random text, an enum's first label, now), nullable foreign keys
 * stay empty and NOT NULL ones point at a new row of the same organisation, made the same way.
 */

interface ColumnInfo {
  column: string;
  type: string;
  notNull: boolean;
  hasDefault: boolean;
  enumLabel: string | null;
}

export interface RowMaker {
  /** Inserts a row of `table` in `organizationId`; `values` set columns (ids) by name. Returns its id (null for a table without one). */
  insert(table: string, organizationId: string, values?: Record<string, string>): Promise<string | null>;
  organization(): Promise<string>;
}

export async function rowMaker(db: Db, catalog: SchemaCatalog): Promise<RowMaker> {
  const result = await db.execute(sql`
    select c.relname::text as table, a.attname::text as column, format_type(a.atttypid, a.atttypmod) as type,
      a.attnotnull as not_null, (a.atthasdef or a.attidentity <> '' or a.attgenerated <> '') as has_default,
      (select e.enumlabel from pg_enum e where e.enumtypid = a.atttypid order by e.enumsortorder limit 1) as enum_label
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    where c.relkind = 'r'
    order by c.relname, a.attnum`);
  const columns = new Map<string, ColumnInfo[]>();
  for (const row of (
    result as {
      rows: {
        table: string;
        column: string;
        type: string;
        not_null: boolean;
        has_default: boolean;
        enum_label: string | null;
      }[];
    }
  ).rows) {
    const list = columns.get(row.table) ?? [];
    list.push({
      column: row.column,
      type: row.type,
      notNull: row.not_null,
      hasDefault: row.has_default,
      enumLabel: row.enum_label,
    });
    columns.set(row.table, list);
  }
  /** Column → the table it points at (the non-organisation column of each foreign key). */
  const pointsAt = new Map<string, Map<string, string>>();
  for (const fk of catalog.foreignKeys) {
    const own = fk.columns.filter((c) => c !== DISTRIBUTION_COLUMN);
    const column = own[0] ?? DISTRIBUTION_COLUMN;
    const map = pointsAt.get(fk.table) ?? new Map<string, string>();
    map.set(column, fk.target);
    pointsAt.set(fk.table, map);
  }

  const plainValue = (info: ColumnInfo): SQL => {
    if (info.enumLabel !== null) return sql`${info.enumLabel}::${sql.raw(info.type)}`;
    if (info.type === 'uuid') return sql`${crypto.randomUUID()}::uuid`;
    if (info.type === 'text') return sql`${`r${crypto.randomBytes(6).toString('hex')}@example.test`}`;
    if (/^(smallint|integer|bigint|numeric)/.test(info.type)) return sql`1`;
    if (info.type === 'boolean') return sql`false`;
    if (info.type === 'date') return sql`'2026-01-15'::date`;
    if (info.type.startsWith('timestamp')) return sql`now()`;
    if (info.type === 'jsonb') return sql`'{}'::jsonb`;
    throw new Error(`no plain value for a column of type ${info.type}`);
  };

  async function organization(): Promise<string> {
    const id = crypto.randomUUID();
    await db.execute(sql`insert into organizations (id, name) values (${id}::uuid, ${`Org ${id.slice(0, 8)}`})`);
    return id;
  }

  async function insert(
    table: string,
    organizationId: string,
    values: Record<string, string> = {},
  ): Promise<string | null> {
    const list = columns.get(table);
    if (!list) throw new Error(`no table ${table}`);
    const names: SQL[] = [];
    const literals: SQL[] = [];
    for (const info of list) {
      let value: SQL | null;
      if (info.column in values) value = sql`${values[info.column]}::${sql.raw(info.type)}`;
      else if (info.column === DISTRIBUTION_COLUMN) value = sql`${organizationId}::uuid`;
      else if (pointsAt.get(table)?.has(info.column)) {
        value = info.notNull
          ? sql`${await insert(pointsAt.get(table)!.get(info.column)!, organizationId)}::uuid`
          : null;
      } else if (info.hasDefault) value = null;
      else value = plainValue(info);
      if (value === null) continue;
      names.push(sql`${sql.identifier(info.column)}`);
      literals.push(value);
    }
    const hasId = list.some((info) => info.column === 'id');
    const inserted = await db.execute(
      sql`insert into ${sql.identifier(table)} (${sql.join(names, sql`, `)})
        values (${sql.join(literals, sql`, `)}) ${hasId ? sql`returning id` : sql``}`,
    );
    return hasId ? rowsOf<{ id: string }>(inserted)[0]!.id : null;
  }

  return { insert, organization };
}
