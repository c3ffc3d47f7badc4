/**
 * A content editor's mistake fails the real build, with a message that names the file and the field.
 * The validator's unit tests cover every kind of mistake; this runs `astro build` itself on a copy of the
 * project with broken content, so the build is shown to stop on them (and not to ship a broken interview).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const copies: string[] = [];

/** A copy of the project to build, sharing node_modules, with `change` applied to its content. */
function projectWith(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'ai-team-check-content-'));
  copies.push(dir);
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  change(dir);
  return dir;
}

/** Builds `dir`; resolves to the build's exit code and everything it printed. */
async function build(dir: string): Promise<{ code: number; output: string }> {
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

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('astro build on broken content', () => {
  // That the content as it is builds is the production build's, which `npm test` runs right after these:
  // building it here as well would add seconds and show nothing more.
  test('stops on a duplicate id, naming both files', async () => {
    const dir = projectWith((project) => {
      const questions = join(project, 'content/questions');
      writeFileSync(join(questions, 'team-size-copy.yaml'), readFileSync(join(questions, 'team-size.yaml')));
    });
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('The interview content is invalid');
    expect(output).toMatch(/content\/questions\/team-size-copy\.yaml › id: "team-size" is already the id of content\/questions\/team-size\.yaml/);
  }, 240_000);

  test('stops on a branch to a missing question, naming the file and the rule', async () => {
    const dir = projectWith((project) => {
      const pressure = join(project, 'content/questions/headcount-pressure.yaml');
      writeFileSync(pressure, readFileSync(pressure, 'utf8').replace(/goto: constraint\b/, 'goto: budget-holder'));
    });
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('The interview content is invalid');
    expect(output).toMatch(/content\/questions\/headcount-pressure\.yaml › next\[\d+\]\.goto: goes to "budget-holder", which is not a question/);
  }, 240_000);

  test('stops on a question with no options, naming the file and the field', async () => {
    const dir = projectWith((project) => {
      const file = join(project, 'content/questions/team-size.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^options:\n(?:  .*\n)+/m, 'options: []\n'));
    });
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/team-size/);
    expect(output).toMatch(/options/);
    expect(output).toMatch(/needs at least one option/);
  }, 240_000);
});
