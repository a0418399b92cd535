import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  createDatabase,
  dropDatabasesWithPrefix,
  TEST_DATABASE_PREFIX,
  testServerUrl,
  withDatabase,
} from '../support/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL: server URL and the migrated template database to copy per test file. */
    pgServerUrl: string | null;
    pgTemplate: string | null;
    /** PGlite: a migrated data directory dump to load per test file. */
    pgliteDump: string | null;
    runPrefix: string;
  }
}

/** Migrates one template database for the whole run; each test file copies it. */
export default async function setup(project: TestProject) {
  const runPrefix = `${TEST_DATABASE_PREFIX}${crypto.randomBytes(4).toString('hex')}_`;
  project.provide('runPrefix', runPrefix);
  const serverUrl = testServerUrl();
  const { runMigrations } = await import('../../db/migrate');

  if (serverUrl) {
    const template = `${runPrefix}template`;
    await createDatabase(serverUrl, template);
    const { connectPostgres } = await import('../../db/client');
    const handle = await connectPostgres(withDatabase(serverUrl, template), { migrate: true });
    await handle.close();
    project.provide('pgServerUrl', serverUrl);
    project.provide('pgTemplate', template);
    project.provide('pgliteDump', null);
    return async () => dropDatabasesWithPrefix(serverUrl, runPrefix);
  }

  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const schema = await import('../../db/schema');
  const client = await PGlite.create();
  await runMigrations(drizzle({ client, schema }), 'pglite');
  const dump = await client.dumpDataDir('none');
  await client.close();
  const file = path.join(os.tmpdir(), `${runPrefix}pglite.tar`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgServerUrl', null);
  project.provide('pgTemplate', null);
  project.provide('pgliteDump', file);
  return () => fs.rmSync(file, { force: true });
}
