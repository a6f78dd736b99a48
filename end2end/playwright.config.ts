import { defineConfig } from '@playwright/test';

// scripts/test.sh starts one portal per worker, each with its own fresh demo data, and lists them
// in PORTAL_URLS (comma-separated); worker n talks to the n-th. A test file runs in one worker from
// top to bottom, so its later tests see what its earlier ones changed; which other files ran on
// the same portal before it varies, so no test counts on that.
const urls = (process.env.PORTAL_URLS ?? 'http://localhost:3000').split(',');
const baseURL = urls[Number(process.env.TEST_PARALLEL_INDEX ?? 0) % urls.length];

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  fullyParallel: false,
  workers: urls.length,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
