/**
 * `npm run export:fhir -- --organization <id> --out <folder>`: every client of one organisation
 * as FHIR R4 (staff copy, ADR 0017), one Bundle per client in `<folder>/<client id>.fhir.json`,
 * for a move to an EHR. Admins never see clinical content in the app, so this is the operator's
 * command, run where the database is: DATABASE_URL, or the embedded database when the app is
 * stopped (PGlite allows one process at a time). Audited as a system export: one
 * `record.export` row per client and one `records.export` row for the run, with no person as
 * actor. Existing files are never overwritten.
 */
import fs from 'node:fs';
import path from 'node:path';
import { connectEmbedded, connectPostgres } from '../db/client';
import { exportOrganizationRecords } from '../lib/data/internal/record-export-load';
import { dataDir } from '../lib/env';
import { isRecordId } from '../lib/validation/url-input';

const USAGE = 'Usage: npm run export:fhir -- --organization <organisation id> --out <folder>';

function parseArgs(argv: readonly string[]): { organizationId: string; out: string } {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const organizationId = value('--organization');
  const out = value('--out');
  if (!organizationId || !out) throw new UsageError(USAGE);
  if (!isRecordId(organizationId))
    throw new UsageError(`"${String(organizationId)}" is not an organisation id (a UUID). ${USAGE}`);
  return { organizationId, out };
}

class UsageError extends Error {}

async function main() {
  const { organizationId, out } = parseArgs(process.argv.slice(2));
  const folder = path.resolve(out);
  fs.mkdirSync(folder, { recursive: true });
  const url = process.env.DATABASE_URL;
  const handle = url
    ? await connectPostgres(url, { migrate: false })
    : await connectEmbedded(path.join(dataDir(), 'pglite'));
  try {
    const result = await exportOrganizationRecords(handle.db, organizationId, new Date(), async (client, bundle) => {
      // 'wx': an earlier export in the same folder is never overwritten.
      await fs.promises.writeFile(path.join(folder, `${client.id}.fhir.json`), `${JSON.stringify(bundle, null, 2)}\n`, {
        flag: 'wx',
      });
    });
    if (!result) throw new UsageError(`No organisation has the id ${organizationId}.`);
    console.log(
      `Exported ${result.clients} client record${result.clients === 1 ? '' : 's'} of ${result.organizationName} ` +
        `as FHIR R4 Bundles to ${folder}`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
