/**
 * `npm run audit:verify`: checks every organisation's sealed audit chain (ADR 0014), prints the
 * first broken link of each broken chain and how many rows are not sealed yet. Exits 1 when a
 * chain is broken. Uses DATABASE_URL, or the embedded database when the app is not running
 * (PGlite allows one process at a time).
 */
import path from 'node:path';
import { connectEmbedded, connectPostgres } from '../db/client';
import { dataDir } from '../lib/env';
import { formatVerifyReport, verifyAuditTrail } from '../lib/audit-chain/verify';

async function main() {
  const url = process.env.DATABASE_URL;
  const handle = url
    ? await connectPostgres(url, { migrate: false })
    : await connectEmbedded(path.join(dataDir(), 'pglite'));
  try {
    const report = await verifyAuditTrail(handle.db);
    console.log(formatVerifyReport(report));
    process.exitCode = report.ok ? 0 : 1;
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
