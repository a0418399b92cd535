import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { acquirePgliteLock } from './pglite-lock';

/*
 * Backups and restores (`npm run db:backup`, `npm run db:restore`; ADR 0014).
 *  - PostgreSQL: pg_dump's custom format (compressed, restorable table by table) and pg_restore
 *    into an empty database, in one transaction: a failed restore leaves nothing half-done.
 *  - Embedded PGlite: its own data-folder dump (`dumpDataDir`, a gzipped tar), taken with the
 *    data folder's lock held, so it refuses while the app (or anything else) has it open.
 * Audit rows go through COPY, which fires no UPDATE/DELETE trigger, so the immutability trigger
 * never stands in the way, and the chain verifies the same after a restore.
 */

export class BackupError extends Error {}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new BackupError(
      `${command} was not found. Install the PostgreSQL client tools (Debian: apt-get install ` +
        `postgresql-client), matching the server's major version or newer.`,
    );
  }
  if (result.status !== 0) throw new BackupError(`${command} failed (exit ${result.status}):\n${result.stderr.trim()}`);
}

export function backupPostgres(url: string, file: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`]);
}

/** Restores into `url`, which must be an empty database (create it first, e.g. `createdb accord_restored`). */
export async function restorePostgres(url: string, file: string): Promise<void> {
  assertFormat(file, 'pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'`,
    );
    if (rows[0]!.n > 0)
      throw new BackupError(
        'The target database is not empty: restore into a new, empty database (e.g. `createdb accord_restored`), ' +
          'then point DATABASE_URL at it.',
      );
  } finally {
    await client.end();
  }
  run('pg_restore', [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--single-transaction',
    `--dbname=${url}`,
    file,
  ]);
}

/** Dumps the embedded database in `dataDir` (the folder holding `pglite/`), refusing while it is open elsewhere. */
export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  const folder = path.join(dataDir, 'pglite');
  if (!fs.existsSync(path.join(folder, 'PG_VERSION')))
    throw new BackupError(`There is no embedded database in ${folder}.`);
  const release = lockOrExplain(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const client = await PGlite.create(folder);
    try {
      const dump = await client.dumpDataDir('gzip');
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/** Restores a PGlite dump into `dataDir`, which must hold no database yet. */
export async function restoreEmbedded(dataDir: string, file: string): Promise<void> {
  assertFormat(file, 'pglite');
  const folder = path.join(dataDir, 'pglite');
  const release = lockOrExplain(dataDir);
  try {
    if (fs.existsSync(folder) && fs.readdirSync(folder).length > 0) {
      throw new BackupError(
        `${folder} already holds a database: move it away (or set ACCORD_DATA_DIR to a new folder), then restore.`,
      );
    }
    const { PGlite } = await import('@electric-sql/pglite');
    const client = await PGlite.create({ dataDir: folder, loadDataDir: new Blob([fs.readFileSync(file)]) });
    await client.close();
  } finally {
    release();
  }
}

function lockOrExplain(dataDir: string): () => void {
  try {
    return acquirePgliteLock(dataDir);
  } catch (error) {
    throw new BackupError(
      `${(error as Error).message} Backups and restores of the embedded database need the app stopped.`,
    );
  }
}

/** pg_dump's custom format starts with "PGDMP"; PGlite's dump is gzip (or a plain tar). */
function assertFormat(file: string, driver: 'pg' | 'pglite'): void {
  if (!fs.existsSync(file)) throw new BackupError(`No backup file at ${file}.`);
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, head, 0, 5, 0);
  fs.closeSync(fd);
  const isPg = head.toString('latin1') === 'PGDMP';
  if (driver === 'pg' && !isPg)
    throw new BackupError(
      `${file} is not a PostgreSQL backup (pg_dump custom format). An embedded-database backup restores without DATABASE_URL.`,
    );
  if (driver === 'pglite' && isPg)
    throw new BackupError(
      `${file} is a PostgreSQL backup: set DATABASE_URL to an empty PostgreSQL database to restore it.`,
    );
}
