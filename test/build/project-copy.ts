/**
 * Copies of the project for the build tests: each shares node_modules, gets its content changed, and
 * is built with `astro build` as the site is. `removeCopies` deletes them all after the tests.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const copies: string[] = [];

/** A copy of the project to build, sharing node_modules, with `change` applied to its content. */
export function projectWith(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'ai-team-check-content-'));
  copies.push(dir);
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  change(dir);
  return dir;
}

/**
 * One build of a copy at a time, across Vitest's workers: the copies share node_modules, where Vite and
 * Astro keep their caches, and two builds writing there at once break each other. A lock older than five
 * minutes is a run that was killed, and is taken over.
 */
async function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(tmpdir(), 'ai-team-check-build-copy.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // Released between the two calls: try again.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds `dir`, one copy at a time; resolves to the build's exit code and everything it printed. */
export function build(dir: string): Promise<{ code: number; output: string }> {
  return oneAtATime(() => buildNow(dir));
}

async function buildNow(dir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/' },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** Deletes every copy made so far. */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}
