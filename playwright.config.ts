import { existsSync } from 'node:fs';
import { defineConfig, type Project } from '@playwright/test';
import { chromiumProject } from './test/chromium';

const port = Number(process.env.E2E_PORT ?? 4321);
const base = process.env.BASE_PATH ?? '/';
/** Where the built site is: `dist` unless DIST_DIR says otherwise (so parallel checkouts do not share one build). */
const distDir = process.env.DIST_DIR ?? 'dist';

/**
 * The same site built under a sub-path (`npm run build:subpath`), as an intranet would serve it. When that
 * build is there, the sub-path smoke tests run against it on the next port; `npm test` always builds it, and
 * on CI its absence is an error rather than a silent skip.
 */
const subpath = { dir: `${distDir}-subpath`, base: '/tools/ai-team-check/', port: port + 1 };
const withSubpath = existsSync(subpath.dir);
if (process.env.CI && !withSubpath) throw new Error(`No sub-path build at ${subpath.dir}: run npm run build:subpath first.`);
const SUBPATH_SPECS = /subpath\.spec\.ts$/;

/** A preview server for one build; --ignore-lock: several builds may each run a preview server at once. */
const previewServer = (dir: string, serverPort: number, serverBase: string) => ({
  command: `BASE_PATH=${serverBase} npx astro preview --outDir ${dir} --port ${serverPort} --host 127.0.0.1 --ignore-lock`,
  url: `http://127.0.0.1:${serverPort}${serverBase}`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

const subpathProject: Project = {
  ...chromiumProject,
  name: 'chromium-subpath',
  testMatch: SUBPATH_SPECS,
  use: { ...chromiumProject.use, baseURL: `http://127.0.0.1:${subpath.port}${subpath.base}` },
};

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
  webServer: [previewServer(distDir, port, base), ...(withSubpath ? [previewServer(subpath.dir, subpath.port, subpath.base)] : [])],
  projects: [
    // The sub-path specs run in the main project only when the whole run is itself under a base path.
    { ...chromiumProject, ...(base === '/' ? { testIgnore: SUBPATH_SPECS } : {}) },
    ...(withSubpath ? [subpathProject] : []),
  ],
});
