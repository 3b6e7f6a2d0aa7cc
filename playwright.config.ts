import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// `npm test` builds the app against a seeded throwaway database, serves it and passes BASE_URL.
const baseURL = process.env.BASE_URL
if (!baseURL)
  throw new Error('Run the end-to-end tests with `npm test` (or `npm test -- --e2e`), which starts the app for them.')

// Debian's Chromium where the machine has it (Playwright's own download needs the network);
// elsewhere Playwright's bundled browser.
const systemChromium = '/usr/bin/chromium'

const adminSpecs = /(site-settings|category-admin)\.spec\.ts$/
const outageSpec = /outage\.spec\.ts$/

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // Generous: the suite shares two cores with builds and other runs, and a busy machine is not a failure.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: 'off',
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
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
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: [adminSpecs, outageSpec] },
    // An admin's change re-renders every page, which would expire pages other specs expect cached:
    // these specs run after all the others.
    { name: 'admin', use: { ...devices['Desktop Chrome'] }, testMatch: adminSpecs, dependencies: ['chromium'] },
    // Stops PostgreSQL under the site for a while: after everything else, alone.
    { name: 'outage', use: { ...devices['Desktop Chrome'] }, testMatch: outageSpec, dependencies: ['admin'] },
  ],
})
