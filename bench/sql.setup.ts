import { afterAll, beforeAll, vi } from 'vitest';
import { closeDatabase, connectPostgres, useDatabase } from '@/db/client';

// The request is the one thing stood in for: which signed claims arrived. Everything else is real.
vi.mock('@/lib/auth/request-context', () => import('../test/integration/request-context.mock'));

beforeAll(async () => {
  const url = process.env.BENCH_URL;
  if (!url) throw new Error('BENCH_URL is not set (run through npm run bench)');
  useDatabase(await connectPostgres(url, { migrate: false }));
});

afterAll(async () => {
  await closeDatabase();
});
