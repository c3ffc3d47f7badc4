// `npm run bench`: builds the site (timed), then runs the benchmark in Playwright, which prints the table.
// Not part of `npm test`. DIST_DIR picks the build folder (default dist), BENCH_PORT the preview port.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const distDir = process.env.DIST_DIR ?? 'dist';
const run = (args, env = {}) => spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

const started = performance.now();
const build = run(['astro', 'build', '--outDir', distDir]);
if (build.status !== 0) process.exit(build.status ?? 1);
const buildMs = Math.round(performance.now() - started);

const bench = run(['playwright', 'test', '-c', 'test/bench/playwright.config.ts'], { DIST_DIR: distDir, BENCH_BUILD_MS: String(buildMs) });
process.exit(bench.status ?? 1);
