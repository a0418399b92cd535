import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { requireChromium } from './lib/chromium';
import { baseURL, e2eAuthSecret, e2eDatabaseName, e2eDataDir, port, serverUrl } from './e2e/support/run-config';
import { withDatabase } from './test/support/postgres';

export default defineConfig({
  testDir: './e2e',
  // Two cores: the server and one browser at a time keep timings honest.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  globalTeardown: './e2e/support/global-teardown.ts',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Debian's Chromium with the flags in lib/chromium.ts.
    launchOptions: requireChromium(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node node_modules/tsx/dist/cli.mjs e2e/support/prepare-database.ts && node node_modules/next/dist/bin/next start -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: serverUrl ? withDatabase(serverUrl, e2eDatabaseName) : '',
      TEST_DATABASE_URL: serverUrl ?? '',
      ACCORD_DATA_DIR: e2eDataDir,
      ACCORD_E2E_RUN: process.env.ACCORD_E2E_RUN!,
      AUTH_SECRET: e2eAuthSecret,
      // Links in emails come from APP_URL only (ADR 13); the e2e mail goes to a file the tests read.
      APP_URL: baseURL,
      MAIL_OUTBOX: path.join(e2eDataDir, 'mail.log'),
      ACCORD_NO_DEMO: '1',
    },
  },
});
