/**
 * Inputs that explain themselves: a file picked by mistake says what kind of file it is, and an answers
 * file or a saved interview with some unusable answers keeps the rest and names what went. The words
 * themselves are held by test/unit/diagnosis/import-messages.test.ts; this shows them on the page.
 */
import { expect, test } from '@playwright/test';
import { ANSWERS_FORMAT } from '../../src/schemas/answers';
import { QUESTIONNAIRE_VERSION } from '../fixtures/questionnaire-version';
import { personas } from '../fixtures/personas';
import { SAVED_KEY, waitForInterview, watchForErrors } from './interview-helpers';
import { openReportWithSavedAnswers, SHOTS, reportAction } from './report-helpers';
import { personaAnswers } from './share-helpers';

const persona = personas[0]!;

test('the report’s Markdown, imported by mistake, is named as such, and a file with one malformed answer keeps the rest', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.setViewportSize({ width: 320, height: 700 });
  await openReportWithSavedAnswers(page, persona.story);
  await reportAction(page, 'Import answers (.json)');
  const input = page.locator('input[type="file"]');

  await input.setInputFiles({ name: 'report.md', mimeType: 'text/markdown', buffer: Buffer.from('# AI Team Check report\n\n## The principal constraint\n') });
  const alert = page.getByRole('alert').filter({ hasText: 'could not be imported' });
  await expect(alert).toContainText('is the report written out in Markdown');
  await expect(alert).not.toContainText('Unexpected token');
  await alert.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/import-markdown-320.png` });

  // The last answer on the path made text instead of a list: the file is read, that answer left out.
  const kept = personaAnswers(persona.id);
  const last = Object.keys(kept).at(-1)!;
  const answers = { ...kept, [last]: kept[last]![0] };
  await input.setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: ANSWERS_FORMAT, version: QUESTIONNAIRE_VERSION, answers })) });
  await expect(page.locator('.report-origin')).toHaveText('From the answers file you imported.');
  const notes = page.getByRole('status').filter({ hasText: 'Some answers were left out' });
  await expect(notes).toContainText(`“answers.${last}” must be a list of option ids`);
  await notes.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/import-partial-320.png` });
  expect(errors).toEqual([]);
});

test('a saved interview with one unknown option keeps its progress and names the option it left out', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 320, height: 700 });
  // Stored from a page that runs no interview: on /check/ itself, the interview's own first save could land
  // after this one and overwrite it before the reload (the cause of this test's old flakiness).
  await page.goto('method/');
  await page.evaluate(([key, version]) => {
    localStorage.setItem(key!, JSON.stringify({ version: Number(version), answers: { stage: ['in-production'], 'team-size': ['6-to-12'], roles: ['data-scientists', 'quantum-team'] }, path: ['stage', 'team-size', 'roles'] }));
  }, [SAVED_KEY, String(QUESTIONNAIRE_VERSION)]);
  await page.goto('check/');
  await waitForInterview(page);
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('One saved answer could not be used');
  await expect(notice).toContainText('“quantum-team”');
  // Every answer was kept, roles without the unknown option: the interview resumes after them.
  await expect(page.locator('form[data-question]')).not.toHaveAttribute('data-question', /^(stage|team-size|roles)$/);
  await expect(page.locator('.progress .count')).toContainText('Question 4 of');
  await page.screenshot({ path: `${SHOTS}/storage-salvage-320-dark.png` });
  expect(errors).toEqual([]);
});
