/**
 * The page follows the interview's branching, by mouse and by keyboard: one complete path for each
 * situation the first question offers, alternately by keyboard and by mouse. Every path through the
 * machine is walked by the model tests, and through the store the island drives in
 * test/model/interview-store-paths.test.ts; these show the page shows each step the store asks.
 */
import { expect, test, type Page } from '@playwright/test';
import { enumerateInterviewPaths, type InterviewPath } from '../../src/interview/paths';
import { loadQuestionsFromDisk } from '../fixtures/content';
import { pathsCoveringEveryStep } from '../fixtures/branch-cover';
import { answerByMouse, openFreshInterview, reviewedQuestions, watchForErrors } from './interview-helpers';

const questions = loadQuestionsFromDisk();
const byId = new Map(questions.map((q) => [q.id, q]));
const start = questions[0]!;
const cover = pathsCoveringEveryStep(enumerateInterviewPaths(questions));
/** For each option of the first question, the first of the covering paths (the one taking most steps) that starts with it. */
const sample = start.options.flatMap((option) => cover.find((p) => p.answers[start.id]?.[0] === option.id) ?? []);

test.describe.configure({ mode: 'parallel' });

/** Answers the question on screen by number keys and Enter, once focus has moved to its heading. */
async function answerByKeys(page: Page, path: InterviewPath, id: string, first: boolean) {
  const form = page.locator(`form[data-question="${id}"]`);
  await expect(form).toBeVisible();
  if (!first) await expect(form.locator('h2')).toBeFocused();
  const question = byId.get(id)!;
  for (const option of path.answers[id]!) await page.keyboard.press(String(question.options.findIndex((o) => o.id === option) + 1));
  await page.keyboard.press('Enter');
}

test('the sample starts once with every answer to the first question', () => {
  expect(sample.map((p) => p.answers[start.id]![0])).toEqual(start.options.map((o) => o.id));
});

for (const [i, path] of sample.entries()) {
  const situation = path.answers[start.id]![0]!;
  const name = `"${situation}", ${path.questions.length} questions`;

  if (i % 2 === 0) {
    test(`${name}, by keyboard`, async ({ page }) => {
      const errors = watchForErrors(page);
      await openFreshInterview(page);
      for (const [n, id] of path.questions.entries()) await answerByKeys(page, path, id, n === 0);
      await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
      expect(await reviewedQuestions(page)).toEqual(path.questions);
      expect(errors).toEqual([]);
    });
  } else {
    test(`${name}, by mouse`, async ({ page }) => {
      const errors = watchForErrors(page);
      await openFreshInterview(page);
      for (const id of path.questions) await answerByMouse(page, id, path.answers[id]!);
      await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
      expect(await reviewedQuestions(page)).toEqual(path.questions);
      await expect(page.getByRole('link', { name: 'See my report' }).first()).toHaveAttribute('href', /\/report\/$/);
      expect(errors).toEqual([]);
    });
  }
}
