/**
 * `npx tsx bench/audit-chain.ts`: what the tamper-evident audit trail costs (ADR 0014), on a
 * scratch PostgreSQL database (BENCH_DATABASE_URL or TEST_DATABASE_URL names the server):
 *  - a page view's audit insert, one row per statement as the app writes them, with the chain's
 *    sequence and index in place and then without them;
 *  - sealing throughput (rows per second) and verification throughput.
 */
import { sql } from 'drizzle-orm';
import { connectPostgres } from '../db/client';
import { auditEvents } from '../db/schema';
import type { Db } from '../db/types';
import { sealAuditTrail } from '../lib/audit-chain/seal';
import { verifyAuditTrail } from '../lib/audit-chain/verify';
import { createDatabase, dropDatabasesWithPrefix, testServerUrl, withDatabase } from '../test/support/postgres';
import { rowsOf } from '../db/rows';

const ORG = '00000000-0000-4000-8000-000000000001';
const INSERTS = Number(process.env.BENCH_INSERTS ?? 3_000);
const SEAL_ROWS = Number(process.env.BENCH_SEAL_ROWS ?? 50_000);

async function timeInserts(db: Db, n: number): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    await db.insert(auditEvents).values({
      organizationId: ORG,
      actorUserId: ORG,
      actorRole: 'therapist',
      action: 'caseload.view',
      entityType: 'caseload',
      entityId: ORG,
      outcome: 'allowed',
      requestId: `r${i}`,
      details: { rows: 25, page: 1 },
    });
  }
  return Number(process.hrtime.bigint() - started) / 1e6 / n;
}

async function main() {
  const server = process.env.BENCH_DATABASE_URL || testServerUrl();
  if (!server) throw new Error('Set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server.');
  const name = `accord_bench_audit_${process.pid}`;
  await createDatabase(server, name);
  const handle = await connectPostgres(withDatabase(server, name), { migrate: true });
  try {
    const db = handle.db;
    await timeInserts(db, 300); // warm up
    const withChain = await timeInserts(db, INSERTS);

    await db.execute(sql`
      insert into audit_events
        (organization_id, actor_user_id, actor_role, action, entity_type, entity_id, outcome, request_id, details)
      select ${ORG}::uuid, ${ORG}::uuid, 'therapist', 'client.read', 'client', gen_random_uuid()::text, 'allowed',
        'r' || g, jsonb_build_object('rows', g % 50)
      from generate_series(1, ${SEAL_ROWS}) g`);
    const [pending] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from audit_events where row_hash is null`),
    );
    let started = Date.now();
    const sealed = await sealAuditTrail(db);
    const sealSeconds = (Date.now() - started) / 1000;
    started = Date.now();
    const report = await verifyAuditTrail(db);
    const verifySeconds = (Date.now() - started) / 1000;

    // The same inserts without what the chain adds at insert time (the sequence default, the partial index of unsealed rows).
    await db.execute(sql`drop index audit_events_unsealed_idx`);
    await db.execute(sql`alter table audit_events alter column seq drop not null, alter column seq drop default`);
    const withoutChain = await timeInserts(db, INSERTS);

    console.log(
      `audit insert, one row per statement: ${withChain.toFixed(3)} ms with the chain's sequence and index, ` +
        `${withoutChain.toFixed(3)} ms without (${INSERTS} each)`,
    );
    console.log(
      `sealing: ${sealed.total} of ${pending!.n} rows in ${sealSeconds.toFixed(2)} s = ${Math.round(sealed.total / sealSeconds)} rows/s`,
    );
    console.log(
      `verifying: ${report.sealed} rows in ${verifySeconds.toFixed(2)} s = ` +
        `${Math.round(report.sealed / verifySeconds)} rows/s; ok=${report.ok}`,
    );
  } finally {
    await handle.close();
    await dropDatabasesWithPrefix(server, 'accord_bench_audit_');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
