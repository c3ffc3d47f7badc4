/**
 * A content editor's mistake fails the real build, with a message that names the file and the field.
 * The validator's unit tests cover every kind of mistake; this runs `astro build` itself on a copy of the
 * project with broken content, so the build is shown to stop on them (and not to ship a broken interview).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { build, projectWith, removeCopies } from './project-copy';

afterAll(removeCopies);

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
