import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * e2e against the production bundles (`npm run build` first) served by the stand-in portal, with the
 * real API on a fresh embedded PostgreSQL holding the demo data. Browser: Debian's Chromium.
 */
const apiPort = Number(process.env['E2E_API_PORT'] ?? 4310);
const portalPort = Number(process.env['E2E_PORTAL_PORT'] ?? 4210);
// scripts/test.mjs starts a real Keycloak with the dev realm and says where.
const keycloakUrl = process.env['OCOP_TEST_KEYCLOAK_URL'] ?? 'http://localhost:8181';
// Workers evaluate this file again; the data dir must be the main process's one.
process.env['E2E_DATA_DIR'] ??= mkdtempSync(join(tmpdir(), 'ocop-e2e-'));

export default defineConfig({
  testDir: './specs',
  outputDir: '../test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: '../test-results/e2e-results.json' }]],
  use: {
    // `localhost`, like Keycloak: the portal and the login page must be the same site.
    baseURL: `http://localhost:${portalPort}`,
    browserName: 'chromium',
    viewport: { width: 1200, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: [
    {
      command: 'node --import tsx projects/ocop-api/src/main.ts',
      cwd: '..',
      url: `http://127.0.0.1:${apiPort}/api/health/ready`,
      env: {
        PORT: String(apiPort),
        OCOP_DATA_DIR: process.env['E2E_DATA_DIR'],
        LOG_LEVEL: 'warn',
        KEYCLOAK_URL: keycloakUrl,
        // The evaluation e2e scores, closes and certifies the 2021 session itself.
        OCOP_DEMO_DATA_SKIP: 'van-quan-evaluation-2021-scores',
      },
      timeout: 120_000,
      reuseExistingServer: false,
    },
    {
      command: 'node portal/server.mjs',
      cwd: '..',
      url: `http://127.0.0.1:${portalPort}/`,
      env: {
        PORTAL_PORT: String(portalPort),
        OCOP_API_URL: `http://127.0.0.1:${apiPort}`,
        KEYCLOAK_URL: keycloakUrl,
      },
      timeout: 30_000,
      reuseExistingServer: false,
    },
  ],
});
