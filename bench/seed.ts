/** `npm run bench:seed`: only load the benchmark database (see bench/run.ts for the whole benchmark). */
import { testServerUrl } from '../test/support/postgres';
import { loadBenchDatabase } from './load';

async function main() {
  const server = process.env.BENCH_DATABASE_URL || testServerUrl();
  if (!server)
    throw new Error(
      'Set BENCH_DATABASE_URL (or TEST_DATABASE_URL/DATABASE_URL) to a PostgreSQL server; the benchmark creates its own database there.',
    );
  const loaded = await loadBenchDatabase(server, 'accord_bench');
  const total = Object.values(loaded.counts).reduce((a, b) => a + b, 0);
  console.log(`Loaded ${total.toLocaleString('en-GB')} rows in ${loaded.seconds.toFixed(1)} s`);
  console.table(loaded.counts);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
