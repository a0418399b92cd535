import { sql } from 'drizzle-orm';
import type { Db } from '@/db/types';
import { AUDIT_ROW_CONTENT, auditRowHash, type AuditRowContent } from './digest';
import { rowsOf } from '@/db/rows';

/*
 * The sealer (ADR 0014): links each organisation's unsealed audit rows, in `seq` order, onto the
 * end of its hash chain. Runs on the upkeep timer (instrumentation.ts), never on a request: a
 * page view only inserts its audit row and takes no lock.
 *
 * Per organisation and batch, one transaction: lock the organisation's chain head row
 * (SELECT … FOR UPDATE), read up to `batchSize` unsealed rows by `seq`, hash them in order, set
 * their seal columns in one UPDATE and move the head on. A second sealer waits on the head row,
 * then finds those rows sealed and continues from the new head, so the chain never forks (and
 * the unique (organization_id, chain_position) index would refuse a fork anyway). A row whose
 * transaction commits after rows with a later `seq` were sealed is sealed in the next run, at
 * the next position: the chain's order is the order of sealing, `seq` order within a batch.
 */

export const SEAL_BATCH_SIZE = 2_000;

export interface SealResult {
  /** Rows sealed, per organisation that had any. */
  sealed: Record<string, number>;
  total: number;
}

/** Seals every unsealed audit row of every organisation. Idempotent. */
export async function sealAuditTrail(db: Db, now: Date = new Date(), batchSize = SEAL_BATCH_SIZE): Promise<SealResult> {
  const pending = await db.execute(
    sql`select distinct organization_id::text as "organizationId" from audit_events where row_hash is null`,
  );
  const result: SealResult = { sealed: {}, total: 0 };
  for (const { organizationId } of rowsOf<{ organizationId: string }>(pending)) {
    const count = await sealOrganization(db, organizationId, now, batchSize);
    if (count > 0) result.sealed[organizationId] = count;
    result.total += count;
  }
  return result;
}

/** Seals one organisation's unsealed rows, batch by batch; returns how many it sealed. */
export async function sealOrganization(
  db: Db,
  organizationId: string,
  now: Date = new Date(),
  batchSize = SEAL_BATCH_SIZE,
): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await sealBatch(db, organizationId, now, batchSize);
    total += sealed;
    if (sealed < batchSize) return total;
  }
}

async function sealBatch(db: Db, organizationId: string, now: Date, batchSize: number): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`insert into audit_chain_heads (organization_id) values (${organizationId}::uuid) on conflict do nothing`,
    );
    const headResult = await tx.execute(
      sql`select last_position::text as "lastPosition", last_hash as "lastHash"
        from audit_chain_heads where organization_id = ${organizationId}::uuid for update`,
    );
    const head = rowsOf<{ lastPosition: string; lastHash: string }>(headResult)[0]!;
    // Read after the lock: rows another sealer sealed while this one waited are not seen again.
    const unsealed = await tx.execute(sql`
      select ${AUDIT_ROW_CONTENT} from audit_events e
      where e.organization_id = ${organizationId}::uuid and e.row_hash is null
      order by e.seq
      limit ${batchSize}`);
    const rows = rowsOf<AuditRowContent>(unsealed);
    if (rows.length === 0) return 0;

    let position = Number(head.lastPosition);
    let prevHash = head.lastHash;
    const seals = rows.map((row) => {
      position += 1;
      const hash = auditRowHash(prevHash, position, row);
      const seal = { id: row.id, position, prevHash, hash };
      prevHash = hash;
      return seal;
    });
    const at = now.toISOString();
    const values = seals.map((s) => ({ id: s.id, position: s.position, prev_hash: s.prevHash, hash: s.hash }));
    await tx.execute(sql`
      update audit_events e
      set chain_position = v.position, prev_hash = v.prev_hash, row_hash = v.hash, sealed_at = ${at}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb)
        as v(id uuid, position bigint, prev_hash text, hash text)
      where e.organization_id = ${organizationId}::uuid and e.id = v.id and e.row_hash is null`);
    await tx.execute(sql`
      update audit_chain_heads set last_position = ${position}, last_hash = ${prevHash}, sealed_at = ${at}::timestamptz
      where organization_id = ${organizationId}::uuid`);
    return rows.length;
  });
}
