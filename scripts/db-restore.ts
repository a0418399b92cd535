/**
 * `npm run db:restore -- <file>`: restores a backup made by `npm run db:backup` into the empty
 * PostgreSQL database in DATABASE_URL (pg_restore, one transaction), or into an embedded data
 * folder (ACCORD_DATA_DIR, default .data) that holds no database yet. Then check it with
 * `npm run audit:verify`. See README "Backups".
 */
import { BackupError, restoreEmbedded, restorePostgres } from '../db/backup';
import { dataDir } from '../lib/env';

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npm run db:restore -- <backup file>');
    process.exit(2);
  }
  const url = process.env.DATABASE_URL;
  if (url) await restorePostgres(url, file);
  else await restoreEmbedded(dataDir(), file);
  console.log(
    `Restored ${file} into ${url ? 'the PostgreSQL database in DATABASE_URL' : `the embedded database in ${dataDir()}`}.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? `Restore refused: ${error.message}` : error);
  process.exit(1);
});
