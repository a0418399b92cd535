import 'server-only';
import PgBoss from 'pg-boss';
import type { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '@/db/client';
import type { Db } from '@/db/types';
import { env } from '@/lib/env';

/*
 * The job queue (ADR 0019): pg-boss 10.4.2 on the app's own PostgreSQL (schema `pgboss`), or on
 * the embedded PGlite through pg-boss's `db.executeSql` adapter. pg-boss 10 polls for work and
 * locks with transaction-scoped advisory locks, so it runs through PgBouncer in transaction
 * mode (no LISTEN/NOTIFY, no session state). Every job is idempotent: it re-reads the rows it
 * acts on, so a retry or a second worker never sends twice.
 */

export const JOBS = {
  /** Overdue check-in flags, risk escalation after 24 hours, unsent risk notifications. */
  flagUpkeep: 'flag-upkeep',
  /** Links new audit rows into each organisation's hash chain (ADR 0014). */
  auditSeal: 'audit-seal',
  /** Plans the reminders due now and queues a send for each. */
  planReminders: 'plan-reminders',
  /** Sends one planned reminder (data: { deliveryId }). */
  sendReminder: 'send-reminder',
} as const;

/** Cron (UTC) of the recurring jobs: one run per tick across every worker (pg-boss's schedule). */
const SCHEDULES: Record<string, string> = {
  [JOBS.flagUpkeep]: '*/5 * * * *',
  [JOBS.auditSeal]: '*/5 * * * *',
  [JOBS.planReminders]: '*/5 * * * *',
};

export interface QueueOptions {
  /** A PostgreSQL URL; default JOB_DATABASE_URL, else DATABASE_URL, else the embedded database. null: the embedded database of `db`. */
  connectionString?: string | null;
  /** How often an idle worker looks for work (seconds, at least 0.5). */
  pollingIntervalSeconds?: number;
  /** Send retries: how many, and the first delay (seconds; doubled each time). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Run the recurring jobs on their schedule (off in tests that drive jobs by hand). */
  schedule?: boolean;
  /** The app database the jobs read and write (default: the app's). */
  db?: Db;
  /** The clock the jobs see (tests move it). */
  now?: () => Date;
}

export interface JobQueue {
  boss: PgBoss;
  /** Queues a reminder send to start at `sendAt`. */
  queueSend(deliveryId: string, sendAt: Date): Promise<void>;
  stop(): Promise<void>;
}

/** pg-boss's database adapter over PGlite: parameterised statements go to query(), scripts to exec(). */
function pgliteAdapter(client: PGlite): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) return client.query(text, values);
      const results = await client.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
  };
}

function bossFor(options: QueueOptions, db: Db): PgBoss {
  const connectionString =
    options.connectionString === null
      ? undefined
      : (options.connectionString ?? env().JOB_DATABASE_URL ?? env().DATABASE_URL);
  const common = {
    schema: 'pgboss',
    application_name: 'accord-jobs',
    superviseIntervalSeconds: 60,
    schedule: options.schedule ?? true,
  } as const;
  if (connectionString) return new PgBoss({ ...common, connectionString, max: 4 });
  const client = (db as unknown as { $client: PGlite }).$client;
  return new PgBoss({ ...common, db: pgliteAdapter(client) });
}

/** Starts a worker: creates the queues, schedules the recurring jobs and works them. */
export async function startJobQueue(options: QueueOptions = {}): Promise<JobQueue> {
  const db = options.db ?? (await openDatabase()).db;
  const now = options.now ?? (() => new Date());
  const boss = bossFor(options, db);
  boss.on('error', (error: Error) => console.error('[jobs] queue error:', error.message));
  await boss.start();
  const retryLimit = options.retryLimit ?? 4;
  const retryDelay = options.retryDelaySeconds ?? 60;
  for (const name of Object.values(JOBS)) {
    // Recurring jobs never pile up: one waiting run is enough.
    await boss.createQueue(
      name,
      name === JOBS.sendReminder
        ? { name, retryLimit, retryDelay, retryBackoff: true }
        : { name, policy: 'stately', retryLimit: 0 },
    );
  }
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 5 };

  const queueSend = async (deliveryId: string, sendAt: Date) => {
    await boss.send(
      JOBS.sendReminder,
      { deliveryId },
      { startAfter: sendAt, singletonKey: deliveryId, retryLimit, retryDelay, retryBackoff: true },
    );
  };

  const { escalateOverdueRiskFlags } = await import('@/lib/data/internal/flag-upkeep');
  const { sealAuditTrail } = await import('@/lib/audit-chain/seal');
  const { planReminders, deliverReminder, orphanedDeliveries } = await import('@/lib/data/internal/reminder-jobs');

  await boss.work(JOBS.flagUpkeep, polling, async () => {
    await escalateOverdueRiskFlags(now());
  });
  await boss.work(JOBS.auditSeal, polling, async () => {
    await sealAuditTrail(db, now());
  });
  await boss.work(JOBS.planReminders, polling, async () => {
    const at = now();
    for (const planned of [...(await planReminders(db, at)), ...(await orphanedDeliveries(db, at))])
      await queueSend(planned.id, planned.sendAt);
  });
  // Sends are fetched up to 20 at a time (a worker waits one polling interval between fetches)
  // and handled one by one: a refused send fails only its own job, which pg-boss retries.
  await boss.work<{ deliveryId: string }>(
    JOBS.sendReminder,
    { ...polling, batchSize: 20, includeMetadata: true },
    async (jobs) => {
      for (const job of jobs) {
        try {
          const result = await deliverReminder(db, job.data.deliveryId, now(), {
            lastTry: job.retryCount >= job.retryLimit,
          });
          if (result.outcome === 'later')
            await boss.send(
              JOBS.sendReminder,
              { deliveryId: job.data.deliveryId },
              { startAfter: result.sendAt, retryLimit, retryDelay, retryBackoff: true },
            );
        } catch (error) {
          await boss.fail(JOBS.sendReminder, job.id, {
            message: error instanceof Error ? error.message.split('\n')[0] : 'send failed',
          });
        }
      }
    },
  );
  if (options.schedule ?? true) {
    for (const [name, cron] of Object.entries(SCHEDULES)) await boss.schedule(name, cron);
    // And once now: upkeep and reminders must not wait for the next five-minute mark after a start.
    for (const name of Object.keys(SCHEDULES)) await boss.send(name, {});
  }
  return {
    boss,
    queueSend,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}

// One worker per process: dev reloads and a second call to register() find the first one.
const holder = globalThis as unknown as { __accordJobs?: Promise<JobQueue> };

/** Starts this process's worker once (instrumentation.ts, scripts/worker.ts); later calls get the same one. */
export function startJobsOnce(options: QueueOptions = {}): Promise<JobQueue> {
  holder.__accordJobs ??= startJobQueue(options).catch((error: unknown) => {
    holder.__accordJobs = undefined;
    throw error;
  });
  return holder.__accordJobs;
}

export async function stopJobs(): Promise<void> {
  const pending = holder.__accordJobs;
  holder.__accordJobs = undefined;
  if (pending) await (await pending).stop();
}
