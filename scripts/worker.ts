/**
 * `npm run worker`: a process that only runs jobs (flag upkeep, audit sealing, reminders), for
 * operators who keep them out of the web process (set JOBS_IN_WEB=0 there). Needs
 * DATABASE_URL (or JOB_DATABASE_URL and DATABASE_URL): the embedded database belongs to the one
 * web process. Stops cleanly on SIGTERM/SIGINT, finishing the job in hand.
 */
import { closeDatabase, openDatabase } from '../db/client';
import { env } from '../lib/env';
import { startJobsOnce, stopJobs } from '../lib/jobs/queue';

async function main() {
  if (!env().DATABASE_URL) {
    console.error(
      'npm run worker needs DATABASE_URL: the embedded database belongs to the web process (it runs the jobs itself).',
    );
    process.exit(1);
  }
  await openDatabase();
  await startJobsOnce();
  console.log('[worker] working jobs: flag upkeep, audit sealing, reminders. Ctrl-C to stop.');
  const stop = async () => {
    await stopJobs();
    await closeDatabase();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

void main();
