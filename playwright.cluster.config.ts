import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { clusterBalancerPort } from './e2e-cluster/run-config';

// The cluster journey (ADR 0021): two production instances behind HAProxy and PgBouncer, started by
// the global setup from the build the e2e suite already made. `node scripts/test.mjs` runs it when
// HAProxy and PgBouncer are installed (.ci/run installs them).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(CHROMIUM)) {
  throw new Error(`No Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
}

export default defineConfig({
  testDir: './e2e-cluster',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 300_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-cluster-results.json' }]],
  globalSetup: './e2e-cluster/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${clusterBalancerPort}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'cluster', use: { ...devices['Desktop Chrome'] } }],
});
