import { defineConfig } from '@playwright/test';
import { chromiumProject } from './test/chromium';

const port = Number(process.env.E2E_PORT ?? 4321);
const base = process.env.BASE_PATH ?? '/';
/** Where the built site is: `dist` unless DIST_DIR says otherwise (so parallel checkouts do not share one build). */
const distDir = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  testDir: 'test/e2e',
  forbidOnly: !!process.env.CI,
  // One retry on CI only: a timing hiccup on a loaded machine must not block a landing, and the line
  // reporter still names any test that needed it as flaky. Locally a flake fails at once.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  reporter: process.env.CI ? [['line']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'off',
  },
  webServer: {
    // --ignore-lock: several checkouts or builds may each run a preview server at once (one per port).
    command: `npx astro preview --outDir ${distDir} --port ${port} --host 127.0.0.1 --ignore-lock`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [chromiumProject],
});
