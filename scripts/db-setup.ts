/**
 * `npm run db:setup`: migrates the PostgreSQL database in DATABASE_URL and seeds the demo clinic
 * if it holds no organisation yet. (The embedded database migrates and seeds itself on start.)
 */
import { connectPostgres } from '../db/client';
import { formatDemoSignIns, seedDemoClinicIfEmpty } from '../lib/demo/demo-clinic';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      'Set DATABASE_URL to your PostgreSQL database. Without it, `npm start` uses the embedded database and seeds itself.',
    );
    process.exit(2);
  }
  const handle = await connectPostgres(url, { migrate: true });
  try {
    const seeded = await seedDemoClinicIfEmpty(handle.db);
    console.log(
      seeded
        ? `Migrated and seeded the demo clinic.\n${formatDemoSignIns()}`
        : 'Migrated. The database already holds an organisation, so no demo data was added.',
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
