import fs from 'node:fs';
import { afterAll, beforeAll, inject, vi } from 'vitest';
import { closeDatabase, connectPostgres, useDatabase, type DatabaseHandle } from '@/db/client';
import { createDatabase, withDatabase } from '../support/postgres';

vi.mock('@/lib/auth/request-context', () => import('./request-context.mock'));

let handle: DatabaseHandle | undefined;

/** Each test file gets a fresh copy of the migrated template database. */
beforeAll(async () => {
  const serverUrl = inject('pgServerUrl');
  const template = inject('pgTemplate');
  if (serverUrl && template) {
    const name = `${inject('runPrefix')}${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await createDatabase(serverUrl, name, template);
    handle = await connectPostgres(withDatabase(serverUrl, name), { migrate: false });
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const schema = await import('@/db/schema');
    const { countingLogger } = await import('@/db/query-counter');
    const dumpFile = inject('pgliteDump');
    if (!dumpFile) throw new Error('integration global setup provided no database');
    const dump = fs.readFileSync(dumpFile);
    const client = await PGlite.create({ loadDataDir: new Blob([dump]) });
    handle = { db: drizzle({ client, schema, logger: countingLogger }), driver: 'pglite', close: () => client.close() };
  }
  useDatabase(handle);
}, 60_000);

afterAll(async () => {
  await closeDatabase();
});
