import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { connectEmbedded, connectPostgres, getDb, type DatabaseHandle } from '@/db/client';
import { auditEvents, organizations } from '@/db/schema';
import type { Db } from '@/db/types';
import { sealAuditTrail, sealOrganization } from '@/lib/audit-chain/seal';
import { verifyAuditTrail } from '@/lib/audit-chain/verify';
import { createDatabase, withDatabase } from '../support/postgres';
import { rowsOf } from '@/db/rows';

/** Inserts `n` audit rows for an organisation, as page views and writes do. */
async function addEvents(db: Db, organizationId: string, n: number, action = 'client.read'): Promise<void> {
  await db.insert(auditEvents).values(
    Array.from({ length: n }, (_, i) => ({
      organizationId,
      action,
      entityType: 'client',
      entityId: `client-${i}`,
      outcome: 'allowed' as const,
      details: { page: i, search: i % 2 === 0 },
    })),
  );
}

async function newOrganization(db: Db): Promise<string> {
  const [org] = await db
    .insert(organizations)
    .values({ name: `Chain ${Math.random().toString(36).slice(2, 8)}` })
    .returning();
  return org!.id;
}

async function chainOf(db: Db, organizationId: string) {
  const result = await db.execute(sql`
    select chain_position::int as "position", seq::text as "seq", prev_hash as "prevHash", row_hash as "rowHash", id::text as "id"
    from audit_events e where organization_id = ${organizationId}::uuid order by e.seq`);
  return rowsOf<{ position: number | null; seq: string; prevHash: string | null; rowHash: string | null; id: string }>(
    result,
  );
}

/** What the database answered: the error message, or 'ok'. */
async function messageOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? (error as Error).message;
  }
}

function attempt(db: Db, statement: ReturnType<typeof sql>): Promise<string> {
  return messageOf(db.execute(statement));
}

/** A hand edit as an attacker with superuser rights would make it: the immutability trigger switched off around it. */
async function tamper(db: Db, statement: ReturnType<typeof sql>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_events enable always trigger audit_events_append_only`);
  });
}

const REFUSED = 'audit events cannot be changed or deleted';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

describe('sealing', () => {
  test('links each organisation’s rows in seq order into its own chain, and a second run seals nothing', async () => {
    const orgA = await newOrganization(db);
    const orgB = await newOrganization(db);
    await addEvents(db, orgA, 5);
    await addEvents(db, orgB, 3);

    const first = await sealAuditTrail(db);
    expect(first.sealed[orgA]).toBe(5);
    expect(first.sealed[orgB]).toBe(3);

    const chainA = await chainOf(db, orgA);
    expect(chainA.map((r) => r.position)).toEqual([1, 2, 3, 4, 5]);
    expect(chainA[0]!.prevHash).toBe('');
    for (let i = 1; i < chainA.length; i++) expect(chainA[i]!.prevHash).toBe(chainA[i - 1]!.rowHash);
    expect((await chainOf(db, orgB)).map((r) => r.position)).toEqual([1, 2, 3]);

    const again = await sealAuditTrail(db);
    expect(again.sealed[orgA]).toBeUndefined();
    expect(await chainOf(db, orgA)).toEqual(chainA);

    await addEvents(db, orgA, 2);
    expect(await sealOrganization(db, orgA)).toBe(2);
    const extended = await chainOf(db, orgA);
    expect(extended.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(extended[5]!.prevHash).toBe(chainA[4]!.rowHash);

    const report = await verifyAuditTrail(db);
    expect(report.ok).toBe(true);
    expect(report.unsealed).toBe(0);
    expect(report.chains.find((c) => c.organizationId === orgA)).toMatchObject({
      sealed: 7,
      unsealed: 0,
      headHash: extended[6]!.rowHash,
      broken: null,
    });
  });

  test('four sealers at once seal every row exactly once and the chain does not fork', async () => {
    const org = await newOrganization(db);
    await addEvents(db, org, 120);
    // Small batches so the sealers interleave on the chain head.
    const counts = await Promise.all([1, 2, 3, 4].map(() => sealOrganization(db, org, new Date(), 7)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(120);
    const chain = await chainOf(db, org);
    expect(chain.map((r) => r.position).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    const report = await verifyAuditTrail(db);
    expect(report.chains.find((c) => c.organizationId === org)).toMatchObject({
      sealed: 120,
      unsealed: 0,
      broken: null,
    });
  });

  // Needs a second connection (PGlite has one); PostgreSQL is there whenever TEST_DATABASE_URL is set.
  test.runIf(inject('pgServerUrl') !== null)(
    'a row committed after later rows were sealed joins the chain at the next position',
    async () => {
      const org = await newOrganization(db);
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let inserted!: () => void;
      const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
      // A long request: its audit row takes its seq now and commits later.
      const slow = db.transaction(async (tx) => {
        await tx
          .insert(auditEvents)
          .values({ organizationId: org, action: 'slow.request', entityType: 'client', outcome: 'allowed' });
        inserted();
        await gate;
      });
      await insertedYet;
      await addEvents(db, org, 3);
      expect(await sealOrganization(db, org)).toBe(3);
      release();
      await slow;
      expect(await sealOrganization(db, org)).toBe(1);

      const chain = await chainOf(db, org);
      // First by seq, last in the chain.
      expect(chain.map((r) => r.position)).toEqual([4, 1, 2, 3]);
      expect((await verifyAuditTrail(db)).chains.find((c) => c.organizationId === org)).toMatchObject({
        sealed: 4,
        unsealed: 0,
        broken: null,
      });
    },
  );

  test('unsealed rows are counted by the verifier and leave the chain valid', async () => {
    const org = await newOrganization(db);
    await addEvents(db, org, 3);
    await sealOrganization(db, org);
    await addEvents(db, org, 4);
    const report = await verifyAuditTrail(db);
    expect(report.chains.find((c) => c.organizationId === org)).toMatchObject({ sealed: 3, unsealed: 4, broken: null });
  });
});

describe('immutability', () => {
  test('UPDATE, DELETE and TRUNCATE of audit rows raise, sealed or not, for the superuser the tests run as', async () => {
    const org = await newOrganization(db);
    await addEvents(db, org, 2);
    const [first, second] = await chainOf(db, org);
    await sealOrganization(db, org);
    await addEvents(db, org, 1);
    const [, , unsealed] = await chainOf(db, org);

    expect(
      await attempt(db, sql`update audit_events set action = 'client.update' where id = ${first!.id}::uuid`),
    ).toContain(REFUSED);
    expect(
      await attempt(db, sql`update audit_events set action = 'client.update' where id = ${unsealed!.id}::uuid`),
    ).toContain(REFUSED);
    expect(await attempt(db, sql`delete from audit_events where id = ${second!.id}::uuid`)).toContain(REFUSED);
    expect(await attempt(db, sql`delete from audit_events where id = ${unsealed!.id}::uuid`)).toContain(REFUSED);
    expect(await attempt(db, sql`truncate audit_events`)).toContain(REFUSED);
    // Re-sealing a sealed row, or sealing while changing content, is refused too.
    expect(await attempt(db, sql`update audit_events set row_hash = 'x' where id = ${first!.id}::uuid`)).toContain(
      REFUSED,
    );
    expect(
      await attempt(
        db,
        sql`update audit_events set chain_position = 99, prev_hash = '', row_hash = 'x', sealed_at = now(), action = 'forged'
          where id = ${unsealed!.id}::uuid`,
      ),
    ).toContain(REFUSED);
    // Replication mode does not switch the trigger off (ENABLE ALWAYS).
    const underReplicaRole = await messageOf(
      db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(sql`delete from audit_events where id = ${first!.id}::uuid`);
      }),
    );
    expect(underReplicaRole).toContain(REFUSED);

    const [row] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from audit_events where organization_id = ${org}::uuid`),
    );
    expect(row!.n).toBe(3);
    expect((await verifyAuditTrail(db)).chains.find((c) => c.organizationId === org)).toMatchObject({
      sealed: 2,
      unsealed: 1,
      broken: null,
    });
  });
});

describe('verification', () => {
  test('a hand-altered row is reported as the first broken link', async () => {
    const org = await newOrganization(db);
    await addEvents(db, org, 6);
    await sealOrganization(db, org);
    const chain = await chainOf(db, org);
    await tamper(db, sql`update audit_events set details = '{"page": 99}'::jsonb where id = ${chain[3]!.id}::uuid`);
    // A later row altered too: only the first break is reported.
    await tamper(db, sql`update audit_events set action = 'forged' where id = ${chain[5]!.id}::uuid`);

    const report = await verifyAuditTrail(db);
    expect(report.ok).toBe(false);
    expect(report.broken).toEqual([
      {
        organizationId: org,
        position: 4,
        eventId: chain[3]!.id,
        seq: chain[3]!.seq,
        reason: 'its content does not match its hash (the row was altered)',
      },
    ]);
    expect(report.chains.find((c) => c.organizationId === org)).toMatchObject({ sealed: 3 });
  });

  test('a deleted row and a removed tail are reported', async () => {
    const middle = await newOrganization(db);
    await addEvents(db, middle, 4);
    await sealOrganization(db, middle);
    const chain = await chainOf(db, middle);
    await tamper(db, sql`delete from audit_events where id = ${chain[1]!.id}::uuid`);

    const tail = await newOrganization(db);
    await addEvents(db, tail, 4);
    await sealOrganization(db, tail);
    const tailChain = await chainOf(db, tail);
    await tamper(db, sql`delete from audit_events where id = ${tailChain[3]!.id}::uuid`);

    const report = await verifyAuditTrail(db);
    expect(report.broken.find((b) => b.organizationId === middle)).toEqual({
      organizationId: middle,
      position: 2,
      eventId: null,
      seq: null,
      reason: 'position 2 is missing (the next sealed row is at 3)',
    });
    expect(report.broken.find((b) => b.organizationId === tail)).toMatchObject({
      position: 4,
      reason: 'the chain ends at 3 but was sealed up to 4 (rows were removed)',
    });
  });

  test(
    'npm run audit:verify exits 1 and names the altered row; 0 on an intact trail',
    { timeout: 90_000 },
    async () => {
      const target = await scriptDatabase();
      try {
        const org = await newOrganization(target.db);
        await addEvents(target.db, org, 5);
        await sealAuditTrail(target.db);
        await addEvents(target.db, org, 2);
        const intact = await target.run();
        expect(intact.status).toBe(0);
        expect(intact.stdout).toContain('Audit trail intact: 5 sealed rows verified, 2 not sealed yet.');

        const chain = (await chainOf(target.db, org)).filter((r) => r.position !== null);
        await tamper(
          target.db,
          sql`update audit_events set entity_id = 'someone-else' where id = ${chain[2]!.id}::uuid`,
        );
        const broken = await target.run();
        expect(broken.status).toBe(1);
        expect(broken.stdout).toContain(`organisation ${org}: 2 sealed, 2 unsealed`);
        expect(broken.stdout).toContain(
          `BROKEN at position 3 (audit event ${chain[2]!.id}, seq ${chain[2]!.seq}): its content does not match ` +
            `its hash (the row was altered)`,
        );
      } finally {
        await target.dispose();
      }
    },
  );
});

/**
 * A fresh database for the script to check (this file's own holds chains broken on purpose): on
 * PostgreSQL a copy of the migrated template (DATABASE_URL); on PGlite a new data folder,
 * closed while the script runs (one process at a time).
 */
async function scriptDatabase(): Promise<{
  db: Db;
  run: () => Promise<{ status: number | null; stdout: string }>;
  dispose: () => Promise<void>;
}> {
  const root = path.resolve(import.meta.dirname, '../..');
  const runScript = (env: Record<string, string>) => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/audit-verify.ts'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: '', ACCORD_DATA_DIR: '', ...env },
      },
    );
    return { status: result.status, stdout: result.stdout + result.stderr };
  };
  const serverUrl = inject('pgServerUrl');
  const template = inject('pgTemplate');
  if (serverUrl && template) {
    const name = `${inject('runPrefix')}verify_${process.pid}`;
    await createDatabase(serverUrl, name, template);
    const url = withDatabase(serverUrl, name);
    const handle = await connectPostgres(url, { migrate: false });
    return {
      db: handle.db,
      run: () => Promise.resolve(runScript({ DATABASE_URL: url })),
      dispose: () => handle.close(),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-verify-'));
  // The migrated template, unpacked into a data folder (initdb would take several seconds).
  const { PGlite } = await import('@electric-sql/pglite');
  const unpacked = await PGlite.create({
    dataDir: path.join(dir, 'pglite'),
    loadDataDir: new Blob([fs.readFileSync(inject('pgliteDump')!)]),
  });
  await unpacked.close();
  let handle: DatabaseHandle | null = await connectEmbedded(path.join(dir, 'pglite'));
  const proxy = new Proxy({} as Db, { get: (_, key): unknown => Reflect.get(handle!.db, key) });
  return {
    db: proxy,
    run: async () => {
      await handle!.close();
      const result = runScript({ ACCORD_DATA_DIR: dir });
      handle = await connectEmbedded(path.join(dir, 'pglite'));
      return result;
    },
    dispose: async () => {
      await handle?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
