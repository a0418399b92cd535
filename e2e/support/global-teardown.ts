import fs from 'node:fs';
import { dropDatabasesWithPrefix } from '../../test/support/postgres';
import { e2eDatabaseName, e2eDataDir, fixtureFile, serverUrl } from './run-config';

/** Removes this run's own database or data folder; nothing else. */
export default async function globalTeardown() {
  fs.rmSync(fixtureFile, { force: true });
  fs.rmSync(e2eDataDir, { recursive: true, force: true });
  if (serverUrl) await dropDatabasesWithPrefix(serverUrl, e2eDatabaseName);
}
