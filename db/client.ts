import fs from 'node:fs';
import path from 'node:path';
import { dataDir, env } from '@/lib/env';
import { acquirePgliteLock } from './pglite-lock';
import { countingLogger } from './query-counter';
import { runMigrations } from './migrate';
import * as schema from './schema';
import type { Db } from './types';

export type Driver = 'pg' | 'pglite';

export interface DatabaseHandle {
  db: Db;
  driver: Driver;
  close(): Promise<void>;
}

/** What the app does with its database once it is open and migrated (demo seed, rollup upkeep). */
export type OpenedStep = (handle: DatabaseHandle) => Promise<void>;

// Kept on globalThis so dev reloads reuse the one connection (PGlite allows a single owner), and
// so the step installed by instrumentation.ts is seen by every bundle of the server.
const holder = globalThis as unknown as { __accordDatabase?: Promise<DatabaseHandle>; __accordOpenedStep?: OpenedStep };

/**
 * Installs what runs each time the app opens its database, after migrations. db/ knows nothing of
 * the app: lib/database.ts supplies the step (seeding the embedded demo clinic, recomputing stale
 * goal-quality reports, filling missing rollups) and instrumentation.ts installs it at start.
 */
export function whenDatabaseOpened(step: OpenedStep): void {
  holder.__accordOpenedStep = step;
}

/**
 * Opens the database on first use (never at import: `next build` workers import modules):
 * node-postgres when DATABASE_URL is set, otherwise embedded PGlite under the data folder,
 * migrated, then handed to the step installed with whenDatabaseOpened.
 */
export function openDatabase(): Promise<DatabaseHandle> {
  holder.__accordDatabase ??= connect().catch((error: unknown) => {
    holder.__accordDatabase = undefined;
    throw error;
  });
  return holder.__accordDatabase;
}

export async function getDb(): Promise<Db> {
  return (await openDatabase()).db;
}

/**
 * Installs an already opened database as the app's database: used by scripts and tests that
 * create their own database (tests never touch one they did not make).
 */
export function useDatabase(handle: DatabaseHandle): void {
  holder.__accordDatabase = Promise.resolve(handle);
}

export async function closeDatabase(): Promise<void> {
  const pending = holder.__accordDatabase;
  holder.__accordDatabase = undefined;
  if (pending) await (await pending).close();
}

async function connect(): Promise<DatabaseHandle> {
  const url = env().DATABASE_URL;
  const handle = url ? await connectPostgres(url) : await connectEmbedded(path.join(dataDir(), 'pglite'));
  await holder.__accordOpenedStep?.(handle);
  return handle;
}

export async function connectPostgres(url: string, options: { migrate?: boolean } = {}): Promise<DatabaseHandle> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  // JIT compilation pays off for long analytical queries; the dashboards' aggregates cross its
  // cost threshold yet finish in well under a second, where compiling costs 30-60 ms each time.
  const pool = new Pool({ connectionString: url, max: 10, idleTimeoutMillis: 30_000, options: '-c jit=off' });
  // An idle connection dropped by the server (restart, failover) must not crash the app.
  pool.on('error', (error) => console.error('[db] idle connection closed:', error.message));
  const db = drizzle({ client: pool, schema, logger: countingLogger }) as unknown as Db;
  if (options.migrate ?? true) await runMigrations(db, 'pg');
  return { db, driver: 'pg', close: () => pool.end() };
}

export async function connectEmbedded(folder: string): Promise<DatabaseHandle> {
  const release = acquirePgliteLock(path.dirname(folder));
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    // PGlite.create makes only the last folder, so the parents are made first.
    fs.mkdirSync(path.dirname(folder), { recursive: true });
    const client = await PGlite.create(folder);
    const db = drizzle({ client, schema, logger: countingLogger }) as unknown as Db;
    await runMigrations(db, 'pglite');
    return {
      db,
      driver: 'pglite',
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
