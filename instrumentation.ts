/**
 * Runs once when the server starts: opens the database (embedded PGlite is migrated, and
 * seeded with the demo clinic the first time) so the first visitor does not wait for it,
 * prints the demo sign-ins and starts this process's job worker.
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
    console.log(
      `\nAccord is running on the embedded database (${process.env.ACCORD_DATA_DIR ?? '.data'}).\n${formatDemoSignIns()}\n`,
    );
  } else {
    console.log(`\nAccord is running on ${driver === 'pg' ? 'PostgreSQL (DATABASE_URL)' : 'the embedded database'}.\n`);
  }
  // The job queue (ADR 0019): flag upkeep, audit sealing and reminders. One worker per process,
  // started once; JOBS_IN_WEB=0 leaves them to a separate `npm run worker`.
  if (env().JOBS_IN_WEB !== '0') {
    const { startJobsOnce } = await import('./lib/jobs/queue');
    await startJobsOnce().catch((error: unknown) =>
      console.error('[jobs] the job queue did not start; reminders and flag upkeep wait', error),
    );
  }
}
