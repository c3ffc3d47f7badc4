import { parse as parseYaml } from 'yaml';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { SECTIONS } from '../../src/diagnosis/report-labels';
import { followAnswers } from '../../src/questionnaire/follow';
import { ANSWERS_FORMAT } from '../../src/schemas/answers';
import { QUESTIONNAIRE_VERSION } from '../fixtures/questionnaire-version';
import { personas } from '../fixtures/personas';
import { watchForErrors } from './interview-helpers';
import { expectedReport, library, openReportWithSavedAnswers, reportText, reportAction } from './report-helpers';

const persona = personas.find((p) => p.id === 'joint-ownership') ?? personas[0]!;

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const item = await reportAction(page, button);
  const [file] = await Promise.all([page.waitForEvent('download'), item.click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** Each finding's "why it matters" as written in content/findings (the Markdown after the front matter). */
function findingMarkdown(): Map<string, string> {
  const folder = new URL('../../content/findings/', import.meta.url);
  const bodies = new Map<string, string>();
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.md') && !n.startsWith('_'))) {
    const text = readFileSync(new URL(name, folder), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    const id = match && /^id:\s*(\S+)/m.exec(match[1]!)?.[1];
    if (id) bodies.set(id.replace(/^['"]|['"]$/g, ''), match[2]!.trim());
    // A variant's own why, as the page renders it: paragraphs with their lines joined (plainTextBody).
    const front = match ? (parseYaml(match[1]!) as { id: string; variants?: { id: string; why?: string }[] }) : undefined;
    for (const v of front?.variants ?? []) {
      if (v.why) bodies.set(`${front!.id}:${v.id}`, v.why.trim().split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).join('\n\n'));
    }
  }
  return bodies;
}

async function importFile(page: Page, name: string, contents: string | Buffer) {
  await reportAction(page, 'Import answers (.json)');
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

test.describe('exporting and importing the report', () => {
  test('Markdown: the download and the clipboard hold every section of the report', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const expected = expectedReport(persona.story);
    await openReportWithSavedAnswers(page, persona.story);
    const md = await download(page, 'Download .md');
    expect(md.name).toMatch(/^ai-team-check-report-\d{4}-\d{2}-\d{2}\.md$/);
    // The path forward is there when the path has steps (report-summary.spec and the unit tests hold it).
    for (const heading of Object.values(SECTIONS).filter((h) => h !== SECTIONS.path || md.text.includes(`## ${SECTIONS.path}`))) expect(md.text).toContain(`\n## ${heading}\n`);
    expect(md.text).toContain(`### ${expected.principal.finding.title}`);
    for (const { finding } of [...expected.problems, ...expected.strengths]) expect(md.text).toContain(finding.title);
    // The page ships most bodies as HTML only and reads their Markdown back from it: it must be the text as written.
    const written = findingMarkdown();
    for (const { finding } of [expected.principal, ...expected.problems, ...expected.strengths]) {
      expect(written.get(finding.bodyKey), finding.bodyKey).toBeTruthy();
      expect(md.text, finding.bodyKey).toContain(written.get(finding.bodyKey));
    }
    for (const question of expected.meetingQuestions) expect(md.text).toContain(question);

    await (await reportAction(page, 'Copy as Markdown')).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied the report as Markdown.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(md.text);
  });

  test('JSON: exporting the answers and importing them in a fresh browser gives the identical report', async ({ page, browser }) => {
    await openReportWithSavedAnswers(page, persona.story);
    const before = await reportText(page);
    const json = await download(page, 'Export answers (.json)');
    expect(json.name).toMatch(/^ai-team-check-answers-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(json.text)).toEqual({
      format: ANSWERS_FORMAT,
      version: QUESTIONNAIRE_VERSION,
      answers: followAnswers(library.questions, persona.story).answers,
    });

    const fresh = await browser.newPage();
    const errors = watchForErrors(fresh);
    await fresh.goto('report/');
    await expect(fresh.getByRole('heading', { name: 'There are no answers to report on yet' })).toBeVisible();
    await importFile(fresh, json.name, json.text);
    await expect(fresh.locator('.report-document')).toBeVisible();
    await expect(fresh.getByText('From the answers file you imported.')).toBeVisible();
    expect(await reportText(fresh)).toBe(before);
    expect(errors).toEqual([]);
    await fresh.close();
  });

  const valid = { format: ANSWERS_FORMAT, version: QUESTIONNAIRE_VERSION, answers: { stage: ['starting'] } };
  const invalid: [string, string | Buffer, RegExp][] = [
    ['not JSON', '{"format": "ai-team-check/answers", ', /The file is cut off/],
    ['a wrong format tag', JSON.stringify({ ...valid, format: 'someone-else/answers' }), /The file is JSON, but not an answers file from this check \(its format is the text "someone-else\/answers"\)/],
    ['an unknown version', JSON.stringify({ ...valid, version: 99 }), /“version” is 99, from a newer version/],
    ['answers of the wrong shape', JSON.stringify({ ...valid, answers: { stage: 'starting', roles: [1] } }), /“answers\.stage” must be a list[\s\S]*“answers\.roles\[0\]” must be an option id/],
    ['a file over 1 MB', Buffer.alloc(1024 * 1024 + 10, 32), /The file is 1\.0 MB; an answers file is at most 1 MB/],
    ['answers to questions this check does not ask', JSON.stringify({ ...valid, answers: { 'not-a-question': ['yes'] } }), /None of its answers fits the questions/],
  ];
  test(`an import of ${invalid.map(([name]) => name).join(', ')}: each says which part is wrong and changes nothing`, async ({ page }) => {
    const errors = watchForErrors(page);
    await openReportWithSavedAnswers(page, persona.story);
    const before = await reportText(page);
    const url = page.url();
    const alert = page.getByRole('alert');
    for (const [name, contents, message] of invalid) {
      await importFile(page, 'answers.json', contents);
      await expect(alert, name).toContainText('That file could not be imported, so nothing was changed.');
      await expect(alert, name).toContainText(message);
      expect(await reportText(page), name).toBe(before);
      expect(page.url(), name).toBe(url);
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      await expect(alert, name).toHaveCount(0);
    }
    expect(errors).toEqual([]);
  });

  test('Edit answers loads imported answers into the interview, after asking in a dialog to replace those in progress', async ({ page }) => {
    const native: string[] = [];
    page.on('dialog', (d) => {
      native.push(d.message());
      void d.dismiss();
    });
    const other = personas.find((p) => p.id !== persona.id)!;
    await openReportWithSavedAnswers(page, other.story);
    await importFile(page, 'answers.json', JSON.stringify({ ...valid, answers: persona.story }));
    await expect(page.getByText('From the answers file you imported.')).toBeVisible();
    await page.getByRole('button', { name: 'Edit answers' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit these answers?' });
    await dialog.getByRole('button', { name: 'Replace my answers' }).click();
    await page.waitForURL(/\/check\/$/);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('ai-team-check:interview') ?? 'null'));
    const followed = followAnswers(library.questions, persona.story);
    expect(saved.answers).toEqual(followed.answers);
    expect(saved.path).toEqual(followed.path);
    expect(native).toEqual([]);
  });

  test('an evidence link loads the answers and goes back to that question in the interview', async ({ page }) => {
    const expected = expectedReport(persona.story);
    const evidence = expected.principal.evidence[0]!;
    await page.goto('report/');
    await importFile(page, 'answers.json', JSON.stringify({ ...valid, answers: persona.story }));
    await page.locator('.principal-evidence summary').click();
    await page.locator('.principal').getByRole('link', { name: evidence.prompt }).click();
    await page.waitForURL(new RegExp(`/check/#answer-${evidence.question}$`));
    // The review opens at that answer, its Change button focused.
    await expect(page.locator(`#answer-${evidence.question} button`)).toBeFocused();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('ai-team-check:interview') ?? 'null'));
    expect(saved.answers).toEqual(followAnswers(library.questions, persona.story).answers);
  });

  test('makes no network request after load, whatever the reader does', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openReportWithSavedAnswers(page, persona.story);
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (request) => {
      // The browser itself fetches the tab's icon when it likes; that is not the page asking for anything.
      // The site's own hashed code, fetched the first time a reader asks for an export or Present, carries nothing.
      const ownCode = /\/_astro\/[\w.-]+\.js$/.test(new URL(request.url()).pathname) && request.method() === 'GET';
      if (/^https?:/.test(request.url()) && !request.url().endsWith('/favicon.svg') && !ownCode) requests.push(request.url());
    });
    await page.getByText('Show the ratings as a table').click();
    await (await reportAction(page, 'Copy as Markdown')).click();
    await download(page, 'Download .md');
    const json = await download(page, 'Export answers (.json)');
    await importFile(page, 'answers.json', json.text);
    await importFile(page, 'broken.json', '{');
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Present' }).click();
    await download(page, 'Download slide (SVG)');
    await download(page, 'Download slide (PNG)');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Present view' })).toBeHidden();
    // Two frames after the last action, every effect it started has run: any request it made is recorded.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(requests).toEqual([]);
  });
});
