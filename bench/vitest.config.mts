import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs bench/sql.check.ts in-process against the benchmark database (see bench/run.ts). */
export default defineConfig({
  resolve: {
    alias: {
      '@/': root,
      'server-only': fileURLToPath(new URL('../node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    root,
    include: ['bench/sql.check.ts'],
    setupFiles: ['bench/sql.setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
