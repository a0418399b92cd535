import { sql } from 'drizzle-orm';
import type { Db } from '@/db/types';
import { AUDIT_ROW_CONTENT, auditRowHash, CHAIN_START, type AuditRowContent } from './digest';
import { rowsOf } from '@/db/rows';

/*
 * `npm run audit:verify` (ADR 0014): walks each organisation's sealed chain from position 1,
 * recomputing every hash, and checks that the chain ends where the organisation's chain head
 * says it does (so a deleted tail is caught too). Unsealed rows are counted, not judged: they
 * are sealed on the next upkeep run.
 */

export interface BrokenLink {
  organizationId: string;
  /** The chain position where the chain first stops holding. */
  position: number;
  /** The audit row found there, if any. */
  eventId: string | null;
  seq: string | null;
  reason: string;
}

export interface ChainReport {
  organizationId: string;
  sealed: number;
  unsealed: number;
  /** Hash of the last sealed row: record it elsewhere to detect a rewritten chain later. */
  headHash: string;
  broken: BrokenLink | null;
}

export interface VerifyReport {
  ok: boolean;
  chains: ChainReport[];
  sealed: number;
  unsealed: number;
  /** The first broken link of each broken chain. */
  broken: BrokenLink[];
}

const PAGE = 5_000;

type SealedRow = AuditRowContent & { chainPosition: string; prevHash: string; rowHash: string };

export async function verifyAuditTrail(db: Db): Promise<VerifyReport> {
  const orgs = await db.execute(sql`
    select o.organization_id::text as "organizationId",
           coalesce(h.last_position, 0)::text as "headPosition", coalesce(h.last_hash, '') as "headHash",
           (select count(*) from audit_events e where e.organization_id = o.organization_id and e.row_hash is null)::int as "unsealed"
    from (select organization_id from audit_chain_heads union select distinct organization_id from audit_events) o
    left join audit_chain_heads h on h.organization_id = o.organization_id
    order by o.organization_id`);
  const chains: ChainReport[] = [];
  for (const org of rowsOf<{ organizationId: string; headPosition: string; headHash: string; unsealed: number }>(
    orgs,
  )) {
    chains.push(await verifyChain(db, org.organizationId, Number(org.headPosition), org.headHash, org.unsealed));
  }
  const broken = chains.flatMap((c) => (c.broken ? [c.broken] : []));
  return {
    ok: broken.length === 0,
    chains,
    sealed: chains.reduce((sum, c) => sum + c.sealed, 0),
    unsealed: chains.reduce((sum, c) => sum + c.unsealed, 0),
    broken,
  };
}

async function verifyChain(
  db: Db,
  organizationId: string,
  headPosition: number,
  headHash: string,
  unsealed: number,
): Promise<ChainReport> {
  let expected = 1;
  let prevHash = CHAIN_START;
  const report = (broken: Omit<BrokenLink, 'organizationId'> | null): ChainReport => ({
    organizationId,
    sealed: expected - 1,
    unsealed,
    headHash: prevHash,
    broken: broken ? { organizationId, ...broken } : null,
  });
  for (;;) {
    const page = await db.execute(sql`
      select ${AUDIT_ROW_CONTENT}, e.chain_position::text as "chainPosition", e.prev_hash as "prevHash", e.row_hash as "rowHash"
      from audit_events e
      where e.organization_id = ${organizationId}::uuid and e.chain_position >= ${expected}
      order by e.chain_position
      limit ${PAGE}`);
    const rows = rowsOf<SealedRow>(page);
    for (const row of rows) {
      const at = { position: expected, eventId: row.id, seq: row.seq };
      if (Number(row.chainPosition) !== expected)
        return report({
          ...at,
          eventId: null,
          seq: null,
          reason: `position ${expected} is missing (the next sealed row is at ${row.chainPosition})`,
        });
      if (row.rowHash === null || row.prevHash === null)
        return report({ ...at, reason: 'the row has a chain position but no hashes' });
      if (row.prevHash !== prevHash)
        return report({ ...at, reason: 'its previous-row hash does not match the row before it' });
      if (auditRowHash(prevHash, expected, row) !== row.rowHash)
        return report({ ...at, reason: 'its content does not match its hash (the row was altered)' });
      prevHash = row.rowHash;
      expected += 1;
    }
    if (rows.length < PAGE) break;
  }
  const last = expected - 1;
  if (last !== headPosition) {
    return report({
      position: Math.min(last, headPosition) + 1,
      eventId: null,
      seq: null,
      reason:
        last < headPosition
          ? `the chain ends at ${last} but was sealed up to ${headPosition} (rows were removed)`
          : `the chain runs to ${last} but its head says ${headPosition}`,
    });
  }
  if (prevHash !== headHash)
    return report({
      position: last,
      eventId: null,
      seq: null,
      reason: 'the last row’s hash does not match the chain head',
    });
  return report(null);
}

/** The report as lines a person reads. */
export function formatVerifyReport(report: VerifyReport): string {
  const lines = report.chains.map((c) => {
    const state = c.broken
      ? `BROKEN at position ` +
        `${c.broken.position}${c.broken.eventId ? ` (audit event ${c.broken.eventId}, seq ${c.broken.seq})` : ''}: ` +
        `${c.broken.reason}`
      : 'intact';
    return `organisation ${c.organizationId}: ${c.sealed} sealed, ${c.unsealed} unsealed, head ${c.headHash || '(none)'}: ${state}`;
  });
  lines.push(
    report.ok
      ? `Audit trail intact: ${report.sealed} sealed rows verified, ${report.unsealed} not sealed yet.`
      : `Audit trail BROKEN in ${report.broken.length} organisation(s); ${report.sealed} rows verified before the ` +
          `first broken links, ${report.unsealed} not sealed yet.`,
  );
  return lines.join('\n');
}
