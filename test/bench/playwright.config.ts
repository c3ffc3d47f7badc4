import { defineConfig } from '@playwright/test';
import { chromiumProject } from '../chromium';

/** The benchmark's own Playwright run (`npm run bench`), kept apart from the e2e suite and `npm test`. */
const port = Number(process.env.BENCH_PORT ?? 4622);
const base = process.env.BASE_PATH ?? '/';
const distDir = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
  testDir: '.',
  testMatch: /\.bench\.ts$/,
  workers: 1,
  retries: 0,
  timeout: 15 * 60_000,
  reporter: [['line']],
  use: { baseURL: `http://127.0.0.1:${port}${base}`, trace: 'off' },
  webServer: {
    command: `npx astro preview --outDir ${distDir} --port ${port} --host 127.0.0.1 --ignore-lock`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
  projects: [chromiumProject],
});
