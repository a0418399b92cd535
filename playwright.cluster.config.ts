import { defineConfig, devices } from '@playwright/test';
import { requireChromium } from './lib/chromium';
import { clusterBalancerPort } from './e2e-cluster/run-config';

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
    // Debian's Chromium with the flags in lib/chromium.ts.
    launchOptions: requireChromium(),
  },
  projects: [{ name: 'cluster', use: { ...devices['Desktop Chrome'] } }],
});
