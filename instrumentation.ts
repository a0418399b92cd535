/**
 * Runs once when the server starts: opens the database (embedded PGlite is migrated, and
 * seeded with the demo clinic the first time) so the first visitor does not wait for it, and
 * prints the demo sign-ins.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Settings first: a production server without APP_URL or AUTH_SECRET refuses to start and says why.
  const { checkSettingsOrExit } = await import('./lib/startup-check');
  checkSettingsOrExit();
  // Then, so the per-IP sign-in limit sees the real TCP peer of every request (client-ip.ts).
  const { stampPeerAddresses } = await import('./lib/auth/peer-address');
  stampPeerAddresses();
  const { env } = await import('./lib/env');
  // The app's step on a freshly opened database (demo seed, rollup upkeep), then open it.
  const { prepareAppDatabase } = await import('./lib/database');
  prepareAppDatabase();
  const { openDatabase } = await import('./db/client');
  const { driver } = await openDatabase();
  if (driver === 'pglite' && env().ACCORD_NO_DEMO !== '1') {
    const { formatDemoSignIns } = await import('./lib/demo/demo-clinic');
    console.log(`\nAccord is running on the embedded database (${process.env.ACCORD_DATA_DIR ?? '.data'}).\n${formatDemoSignIns()}\n`);
  } else {
    console.log(`\nAccord is running on ${driver === 'pg' ? 'PostgreSQL (DATABASE_URL)' : 'the embedded database'}.\n`);
  }
  const { escalateOverdueRiskFlags } = await import('./lib/data/internal/flag-upkeep');
  const { sealAuditTrail } = await import('./lib/audit-chain/seal');
  startUpkeepTimer({
    flags: escalateOverdueRiskFlags,
    // Links new audit rows into each organisation's hash chain (ADR 0014).
    audit: async (now) => sealAuditTrail((await openDatabase()).db, now),
  });
}

/** How often overdue check-ins, unacknowledged risk flags and unsent risk emails are looked at, and new audit rows sealed. */
const UPKEEP_EVERY_MS = 5 * 60 * 1000;

/**
 * Upkeep on a timer (risk escalation after 24 hours must not wait for someone to open a page;
 * audit rows are sealed off the request path). Unref'd so it never keeps the process alive; a
 * failed job is logged and the next run tries it again. Nothing here is reachable over HTTP.
 */
function startUpkeepTimer(jobs: Record<string, (now: Date) => Promise<unknown>>) {
  const run = async () => {
    for (const [name, job] of Object.entries(jobs)) {
      await job(new Date()).catch((error: unknown) => console.error(`[${name}] upkeep failed; it will run again`, error));
    }
  };
  setInterval(() => void run(), UPKEEP_EVERY_MS).unref();
  setTimeout(() => void run(), 10_000).unref();
}
