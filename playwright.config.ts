import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the site built and served by our own server (`npm start --build`),
 * with the clock fixed so that "upcoming" and "past" never depend on the day the tests run. The
 * build for tests goes to dist-test/ so it never replaces a real build in dist/.
 */
export const testClock = '2026-11-27T12:00:00+01:00';
const port = Number(process.env['E2E_PORT'] ?? 4399);
/** Lets the signup tests read what was stored, through the export API as a WSP would. */
export const exportToken = 'e2e-export-token-for-wsp-regio-amersfoort';
/** Lets the staff view tests read the counts as a script would (src/lib/staff/). */
export const staffToken = 'e2e-staff-results-token-for-campaign-scripts';
/** Where the CMS test runs decap-server; the test build's /admin/ talks to it. */
export const cmsBackendPort = Number(process.env['E2E_CMS_PORT'] ?? 8181);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? 'line' : 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Traces make the page loops several times slower; failures print enough to reproduce.
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'site', testIgnore: /cms(-login-\w+)?\.spec\.ts$/ },
    // The CMS test drives the heavy Decap interface and rebuilds a project copy: it runs after
    // the others, so that neither slows the other past its timeouts on a small machine.
    { name: 'cms', testMatch: /cms\.spec\.ts$/, dependencies: ['site'] },
    // The logins with a Git host build project copies of their own and serve them with the real
    // server; after the CMS test, so that the two heavy parts never run at the same time.
    { name: 'cms-login', testMatch: /cms-login-github\.spec\.ts$/, dependencies: ['cms'] },
    // One Git host after the other, so that their two project builds never run at once on a small
    // machine. (They once also raced on Vite's dependency cache in the shared node_modules; that
    // cache is now inside each copy, astro.config.mjs.)
    {
      name: 'cms-login-gitlab',
      testMatch: /cms-login-gitlab\.spec\.ts$/,
      dependencies: ['cms-login'],
    },
  ],
  webServer: {
    // A fresh signup store for every run.
    command: 'rm -rf .test-data/e2e && node src/server/start.ts --build',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 300_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DIST_DIR: 'dist-test',
      DATA_DIR: '.test-data/e2e',
      CAMPAIGN_NOW: testClock,
      // The tests sign up many times from one address, and quickly.
      RATE_LIMIT_MAX: '100000',
      FORM_MIN_SECONDS: '1',
      DELIVERY_WSP_REGIO_AMERSFOORT_EXPORT_TOKEN: exportToken,
      STAFF_RESULTS_TOKEN: staffToken,
      PUBLIC_CMS_BACKEND: 'local',
      PUBLIC_CMS_LOCAL_URL: `http://127.0.0.1:${cmsBackendPort}/api/v1`,
    },
  },
});
