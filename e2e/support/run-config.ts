import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

/**
 * One e2e run's private database: a fresh PostgreSQL database when a server is configured,
 * otherwise a fresh embedded data folder. The run id travels in the environment so the
 * Playwright runner, its workers and the server agree on it.
 */
process.env.ACCORD_E2E_RUN ??= crypto.randomBytes(4).toString('hex');
export const runId = process.env.ACCORD_E2E_RUN;

export const port = Number(process.env.E2E_PORT ?? 3200);
export const baseURL = `http://localhost:${port}`;
export const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || null;
export const e2eDatabaseName = `accord_it_e2e_${runId}`;
export const e2eDataDir = path.join(os.tmpdir(), `accord-e2e-${runId}`);
export const fixtureFile = path.join(os.tmpdir(), `accord-e2e-${runId}.json`);
/** A fixed non-production secret for the test server only. */
export const e2eAuthSecret = 'e2e-only-secret-0123456789abcdefghijklmnopqrstuvwxyz';
