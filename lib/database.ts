import { whenDatabaseOpened } from '@/db/client';
import { env } from '@/lib/env';

/**
 * What the app does each time it opens its database, after migrations: the embedded database
 * is seeded with the demo clinic the first time (unless ACCORD_NO_DEMO=1), goal-quality reports
 * made by an older version of the checks are recomputed, and clients with no dashboard rollup get
 * one. The arrows run app → lib → db: db/client.ts opens and migrates, this step is installed by
 * instrumentation.ts when the server starts. Scripts and tests open their own databases and call
 * what they need themselves.
 */
export function prepareAppDatabase(): void {
  whenDatabaseOpened(async ({ db, driver }) => {
    if (driver === 'pglite' && env().ACCORD_NO_DEMO !== '1') {
      const { seedDemoClinicIfEmpty } = await import('@/lib/demo/demo-clinic');
      await seedDemoClinicIfEmpty(db);
    }
    const { afterDatabaseOpened } = await import('@/lib/rollups/after-open');
    await afterDatabaseOpened(db);
  });
}
