/**
 * Runs once when the server starts: opens the database (embedded PGlite is migrated, and
 * seeded with the demo clinic the first time) so the first visitor does not wait for it, and
 * prints the demo sign-ins.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { openDatabase } = await import('./db/client');
  const { env } = await import('./lib/env');
  const { driver } = await openDatabase();
  if (driver === 'pglite' && env().ACCORD_NO_DEMO !== '1') {
    const { formatDemoSignIns } = await import('./db/seed/demo-clinic');
    console.log(`\nAccord is running on the embedded database (${process.env.ACCORD_DATA_DIR ?? '.data'}).\n${formatDemoSignIns()}\n`);
  } else {
    console.log(`\nAccord is running on ${driver === 'pg' ? 'PostgreSQL (DATABASE_URL)' : 'the embedded database'}.\n`);
  }
}
