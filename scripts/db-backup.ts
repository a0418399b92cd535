/**
 * `npm run db:backup [-- <file>]`: backs up the database in DATABASE_URL with pg_dump, or the
 * embedded database (ACCORD_DATA_DIR, default .data) with PGlite's own dump while the app is
 * stopped. Prints the file written. See README "Backups".
 */
import { backupEmbedded, backupPostgres, BackupError } from '../db/backup';
import { dataDir } from '../lib/env';

async function main() {
  const url = process.env.DATABASE_URL;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = process.argv[2] ?? `backups/accord-${url ? 'postgres' : 'embedded'}-${stamp}.${url ? 'dump' : 'tar.gz'}`;
  if (url) backupPostgres(url, file);
  else await backupEmbedded(dataDir(), file);
  console.log(`Backup written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? `Backup refused: ${error.message}` : error);
  process.exit(1);
});
