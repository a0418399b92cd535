import { getTableName, sql } from 'drizzle-orm';
import { foreignKey, primaryKey, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * Primary key of a global table (organizations, users, access_tokens: db/distribution.ts): a
 * random UUID made by the database (works the same on PostgreSQL and PGlite).
 */
export const id = () =>
  uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`);

/**
 * The id of a row of a tenant table: still a random UUID, but the primary key is
 * `(organization_id, id)` (`tenantKeys`), so the table can be distributed by organisation (ADR 0020).
 */
export const rowId = () =>
  uuid('id')
    .notNull()
    .default(sql`gen_random_uuid()`);

/** Every row carries its organisation: tenant isolation and the distribution key (ADR 0020). */
export const organizationId = () => uuid('organization_id').notNull();

export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A table another tenant row may point at: it has `(organization_id, id)` as its primary key or a unique key. */
interface TenantTarget {
  organizationId: AnyPgColumn;
  id: AnyPgColumn;
}

/**
 * The keys of a tenant table (ADR 0020), for its extra-config list:
 *   (t) => [...tenantKeys(t, { clientId: () => clients, createdBy: () => users }), index(…)]
 * - `primaryKey: true` (the default) makes `(organization_id, id)` the primary key; pass false for
 *   a table whose primary key is something else (also led by organization_id).
 * - each entry of `references` makes the foreign key `(organization_id, <column>) →
 *   (organization_id, id)` of the target, named `<table>_<column>_fk`: a row can only point at a
 *   row of its own organisation, whatever the code does. A nullable column is checked when set.
 */
export function tenantKeys<T extends { organizationId: AnyPgColumn; id?: AnyPgColumn }>(
  t: T,
  references: { [K in keyof T]?: () => TenantTarget },
  options: { primaryKey?: boolean } = {},
) {
  const table = getTableName(t.organizationId.table);
  const keys = [];
  if (options.primaryKey !== false) {
    if (!t.id) throw new Error(`${table}: a tenant primary key needs an id column`);
    keys.push(primaryKey({ name: `${table}_pkey`, columns: [t.organizationId, t.id] }));
  }
  for (const [key, target] of Object.entries(references) as [keyof T & string, () => TenantTarget][]) {
    const column = t[key] as AnyPgColumn;
    keys.push(
      foreignKey({
        name: `${table}_${column.name}_fk`,
        columns: [t.organizationId, column],
        foreignColumns: [target().organizationId, target().id],
      }),
    );
  }
  return keys;
}
