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
  const { env } = await import('./lib/env');
  const { openDatabase } = await import('./db/client');
  const { driver } = await openDatabase();
  if (driver === 'pglite' && env().ACCORD_NO_DEMO !== '1') {
    const { formatDemoSignIns } = await import('./db/seed/demo-clinic');
    console.log(`\nAccord is running on the embedded database (${process.env.ACCORD_DATA_DIR ?? '.data'}).\n${formatDemoSignIns()}\n`);
  } else {
    console.log(`\nAccord is running on ${driver === 'pg' ? 'PostgreSQL (DATABASE_URL)' : 'the embedded database'}.\n`);
  }
  const { escalateOverdueRiskFlags } = await import('./lib/data/flag-upkeep');
  startFlagUpkeepTimer(escalateOverdueRiskFlags);
}

/** How often overdue check-ins, unacknowledged risk flags and unsent risk emails are looked at. */
const FLAG_UPKEEP_EVERY_MS = 5 * 60 * 1000;

/**
 * Flag upkeep on a timer (risk escalation after 24 hours must not wait for someone to open a
 * page). Unref'd so it never keeps the process alive; a failed run is logged and the next run
 * tries again. Nothing here is reachable over HTTP.
 */
function startFlagUpkeepTimer(escalateOverdueRiskFlags: (now: Date) => Promise<unknown>) {
  const run = () => {
    escalateOverdueRiskFlags(new Date()).catch((error: unknown) => console.error('[flags] upkeep failed; it will run again', error));
  };
  setInterval(run, FLAG_UPKEEP_EVERY_MS).unref();
  setTimeout(run, 10_000).unref();
}
