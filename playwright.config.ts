import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, systemChromium } from './lib/testing/chromium';
import { IDP_CLIENT } from './e2e/identity-provider';

/**
 * Flows run against the production build (`next build` first; scripts/test-all.mjs does it).
 * The browser is the system Chromium when there is one (CHROMIUM_PATH, else /usr/bin/chromium),
 * otherwise Playwright's own, for machines that have run `npx playwright install chromium`.
 */

// scripts/test-all.mjs passes a free port. Run directly, the flows use 3100, and the server must not be
// running already: a test run never reuses a server it did not start (it could be any other app).
const PORT = Number(process.env.E2E_PORT ?? 3100);
// localhost, not 127.0.0.1: browsers make passkeys for a host name, never for an IP address (the
// server still listens on 127.0.0.1 alone; Chromium and Playwright try it for localhost).
const baseURL = `http://localhost:${PORT}`;
const PGLITE_DIR = path.join(os.tmpdir(), `newsquiz-e2e-pglite-${PORT}`);
// The test identity provider teachers sign in with (e2e/identity-provider.ts, started by e2e/global-setup.ts).
const IDP_PORT = Number(process.env.E2E_IDP_PORT ?? PORT + 1);
process.env.E2E_IDP_PORT = String(IDP_PORT);
process.env.E2E_BASE_URL = baseURL;

const launchOptions = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: CHROMIUM_FLAGS,
};

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // A retry only tells a flaky test from a broken one: scripts/test-all.mjs counts a pass on retry as a failure.
  retries: process.env.CI ? 1 : 0,
  // The server, the browser and the tests share the cores: with two or fewer, one worker is as fast
  // (measured in docs/decisions/008-test-runs-on-two-cores.md) and never starves the server.
  workers:
    Number(process.env.E2E_WORKERS) ||
    (os.availableParallelism() <= 2 ? 1 : Math.min(4, os.availableParallelism() - 1)),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL,
    // The service worker would download the whole app in every test; the offline tests allow it.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop-chrome',
      // Touch-only flows (tap and swipe) run on the phone project alone.
      grepInvert: /@touch/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'phone',
      // The JSON API, hostile paths, the 404 and the keyboard-only flow are not about screen size, and
      // layout.spec sets its own sizes and text zoom: the desktop project covers them.
      testIgnore: [
        /api\.spec\.ts/,
        /crash-safety\.spec\.ts/,
        /hostile-paths\.spec\.ts/,
        /keyboard\.spec\.ts/,
        /layout\.spec\.ts/,
        /not-found\.spec\.ts/,
      ],
      // Of the flows, the phone runs those where touch and a small screen change what happens (tagged @phone).
      grep: /@phone|a11y|saved-progress/,
      use: { ...devices['Pixel 7'], launchOptions },
    },
  ],
  webServer: {
    // A fresh embedded database for every run (assignments made by the tests do not pile up).
    command: `rm -rf ${PGLITE_DIR} && node_modules/.bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/api/sets`,
    reuseExistingServer: false,
    timeout: 120_000,
    // E2E_DATABASE_URL runs the server on PostgreSQL (npm test does this for the assignment flows).
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      PGLITE_DIR,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
      // Teacher sign-in against the test identity provider.
      APP_URL: baseURL,
      AUTH_SECRET: 'e2e-auth-secret-e2e-auth-secret-e2e-auth-secret',
      OIDC_ISSUER: `http://127.0.0.1:${IDP_PORT}`,
      OIDC_CLIENT_ID: IDP_CLIENT.id,
      OIDC_CLIENT_SECRET: IDP_CLIENT.secret,
      OIDC_NAME: 'Test School',
    },
  },
});
