import pg from 'pg';

/**
 * Tests run against PostgreSQL when TEST_DATABASE_URL (or DATABASE_URL) names a server, and
 * against embedded PGlite otherwise. They only ever create, use and drop databases of their
 * own (named with the prefix below): the database in the URL is never touched.
 */
export const TEST_DATABASE_PREFIX = 'accord_it_';

export function testServerUrl(): string | null {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || null;
}

/** The same server and credentials, pointed at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs statements on the server's maintenance database (CREATE/DROP DATABASE need one). */
export async function onServer<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  return `"${name}"`;
}

export async function createDatabase(url: string, name: string, template?: string): Promise<void> {
  await onServer(url, (client) =>
    client.query(`create database ${quoteIdent(name)}${template ? ` template ${quoteIdent(template)}` : ''}`),
  );
}

/** Drops the databases this run created (and only those: they carry the run's own prefix). */
export async function dropDatabasesWithPrefix(url: string, prefix: string): Promise<void> {
  if (!prefix.startsWith(TEST_DATABASE_PREFIX) && !prefix.startsWith('accord_bench'))
    throw new Error('refusing to drop databases this run did not create');
  await onServer(url, async (client) => {
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [
      `${prefix}%`,
    ]);
    for (const { datname } of rows) await client.query(`drop database if exists ${quoteIdent(datname)} with (force)`);
  });
}
