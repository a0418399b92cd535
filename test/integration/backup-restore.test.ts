import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { connectEmbedded, connectPostgres, type DatabaseHandle } from '@/db/client';
import { auditEvents, organizations } from '@/db/schema';
import { seedDemoClinic } from '@/lib/demo/demo-clinic';
import type { Db } from '@/db/types';
import { sealAuditTrail } from '@/lib/audit-chain/seal';
import { verifyAuditTrail } from '@/lib/audit-chain/verify';
import { createDatabase, withDatabase } from '../support/postgres';
import { rowsOf } from '@/db/rows';

/*
 * The restore drill: a seeded database with a sealed audit trail is backed up with
 * `npm run db:backup`, restored into a new database with `npm run db:restore`, and every table
 * (the migrations journal included) must come back with the same row count and checksum, and
 * the audit chain must still verify. Runs for PGlite always, and for PostgreSQL when a server
 * is configured (CI always has one).
 */

const root = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-backup-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function script(name: 'db-backup' | 'db-restore', args: string[], env: Record<string, string>) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), `scripts/${name}.ts`, ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '', ACCORD_DATA_DIR: '', ...env },
    },
  );
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Every table's row count and an md5 over its rows' text, in a fixed order. */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`
    select format('%I.%I', schemaname, tablename) as name from pg_tables
    where schemaname not in ('pg_catalog', 'information_schema') order by 1`),
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = (
      (await db.execute(
        sql.raw(
          `select count(*)::int as n, coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '') as sum from ${name} t`,
        ),
      )) as {
        rows: { n: number; sum: string }[];
      }
    ).rows;
    result[name] = `${row!.n} rows, md5 ${row!.sum}`;
  }
  return result;
}

/** The demo clinic plus audit rows, most sealed and one not yet. */
async function seed(db: Db): Promise<void> {
  await seedDemoClinic(db);
  const [org] = await db.select({ id: organizations.id }).from(organizations).limit(1);
  await db.insert(auditEvents).values(
    Array.from({ length: 40 }, (_, i) => ({
      organizationId: org!.id,
      action: 'client.read',
      entityType: 'client',
      entityId: `c${i}`,
      outcome: 'allowed' as const,
      details: { page: i },
    })),
  );
  await sealAuditTrail(db);
  await db
    .insert(auditEvents)
    .values({ organizationId: org!.id, action: 'caseload.view', entityType: 'caseload', outcome: 'allowed' });
}

/** What must hold on the restored copy besides equal tables. */
async function expectRestoredCopyWorks(restored: Db, before: Awaited<ReturnType<typeof verifyAuditTrail>>) {
  const after = await verifyAuditTrail(restored);
  expect(after.ok).toBe(true);
  expect(after.sealed).toBe(before.sealed);
  expect(after.sealed).toBeGreaterThanOrEqual(40);
  expect(after.unsealed).toBe(1);
  expect(after.chains.map((c) => c.headHash)).toEqual(before.chains.map((c) => c.headHash));
  // The insertion sequence carries on after the restored rows, and the rows are still immutable.
  const [max] = rowsOf<{ seq: string }>(await restored.execute(sql`select max(seq)::bigint as seq from audit_events`));
  const [org] = await restored.select({ id: organizations.id }).from(organizations).limit(1);
  const [added] = await restored
    .insert(auditEvents)
    .values({ organizationId: org!.id, action: 'client.read', entityType: 'client', outcome: 'allowed' })
    .returning({ seq: auditEvents.seq });
  expect(added!.seq).toBeGreaterThan(Number(max!.seq));
  await expect(restored.execute(sql`delete from audit_events`)).rejects.toThrow();
}

describe('backup and restore', () => {
  test(
    'embedded database: refused while open, then dumped and restored into a new data folder, table for table',
    { timeout: 240_000 },
    async () => {
      const source = path.join(work, 'embedded-source');
      const target = path.join(work, 'embedded-restored');
      const file = path.join(work, 'embedded.tar.gz');
      // The migrated PGlite template when this run has one (initdb takes several seconds); else a new folder.
      const dump = inject('pgliteDump');
      if (dump) {
        const { PGlite } = await import('@electric-sql/pglite');
        await (
          await PGlite.create({ dataDir: path.join(source, 'pglite'), loadDataDir: new Blob([fs.readFileSync(dump)]) })
        ).close();
      }

      let handle: DatabaseHandle = await connectEmbedded(path.join(source, 'pglite'));
      await seed(handle.db);
      const tables = await fingerprint(handle.db);
      const chain = await verifyAuditTrail(handle.db);

      const whileOpen = script('db-backup', [file], { ACCORD_DATA_DIR: source });
      expect(whileOpen.status).toBe(1);
      expect(whileOpen.output).toContain(
        `Backup refused: The embedded database in ${source} is open in another process (pid ${process.pid}).`,
      );
      expect(fs.existsSync(file)).toBe(false);
      await handle.close();

      const backup = script('db-backup', [file], { ACCORD_DATA_DIR: source });
      expect(backup.output).toContain(`Backup written to ${file}`);
      expect(backup.status).toBe(0);
      const restore = script('db-restore', [file], { ACCORD_DATA_DIR: target });
      expect(restore.output).toContain('Restored');
      expect(restore.status).toBe(0);
      const again = script('db-restore', [file], { ACCORD_DATA_DIR: target });
      expect(again.status).toBe(1);
      expect(again.output).toContain('already holds a database');

      handle = await connectEmbedded(path.join(target, 'pglite'));
      try {
        expect(Object.keys(tables).length).toBeGreaterThan(20);
        expect(await fingerprint(handle.db)).toEqual(tables);
        await expectRestoredCopyWorks(handle.db, chain);
      } finally {
        await handle.close();
      }
    },
  );

  const serverUrl = inject('pgServerUrl');
  const template = inject('pgTemplate');
  // PostgreSQL is there whenever TEST_DATABASE_URL is set, which .ci/run always does.
  test.runIf(serverUrl !== null && template !== null)(
    'PostgreSQL: pg_dump and pg_restore into a new, empty database, table for table',
    { timeout: 240_000 },
    async () => {
      const prefix = `${inject('runPrefix')}backup_${process.pid}`;
      const sourceUrl = withDatabase(serverUrl!, `${prefix}_source`);
      const targetUrl = withDatabase(serverUrl!, `${prefix}_restored`);
      const file = path.join(work, 'postgres.dump');
      await createDatabase(serverUrl!, `${prefix}_source`, template!);
      await createDatabase(serverUrl!, `${prefix}_restored`);

      const source = await connectPostgres(sourceUrl, { migrate: false });
      let tables: Record<string, string>;
      let chain: Awaited<ReturnType<typeof verifyAuditTrail>>;
      try {
        await seed(source.db);
        tables = await fingerprint(source.db);
        chain = await verifyAuditTrail(source.db);
      } finally {
        await source.close();
      }

      const backup = script('db-backup', [file], { DATABASE_URL: sourceUrl });
      expect(backup.output).toContain(`Backup written to ${file}`);
      expect(backup.status).toBe(0);
      const restore = script('db-restore', [file], { DATABASE_URL: targetUrl });
      expect(restore.output).toContain('Restored');
      expect(restore.status).toBe(0);
      const again = script('db-restore', [file], { DATABASE_URL: targetUrl });
      expect(again.status).toBe(1);
      expect(again.output).toContain('The target database is not empty');

      const restored = await connectPostgres(targetUrl, { migrate: false });
      try {
        expect(Object.keys(tables).length).toBeGreaterThan(20);
        expect(await fingerprint(restored.db)).toEqual(tables);
        await expectRestoredCopyWorks(restored.db, chain);
      } finally {
        await restored.close();
      }
    },
  );
});
