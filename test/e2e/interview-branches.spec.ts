/**
 * Every branch of the interview, completed in the browser by mouse and by keyboard: a few paths that
 * between them take every step from one question to the next that the content allows (the model
 * tests walk all of the paths through the machine; these show the page follows it on each branch).
 */
import { expect, test, type Page } from '@playwright/test';
import { enumerateInterviewPaths, type InterviewPath } from '../../src/interview/paths';
import { loadQuestionsFromDisk } from '../fixtures/content';
import { pathsCoveringEveryStep, stepsOf } from '../fixtures/branch-cover';
import { answerByMouse, openFreshInterview, reviewedQuestions, watchForErrors } from './interview-helpers';

const questions = loadQuestionsFromDisk();
const byId = new Map(questions.map((q) => [q.id, q]));
const paths = enumerateInterviewPaths(questions);
const cover = pathsCoveringEveryStep(paths);

test.describe.configure({ mode: 'parallel' });

test('the chosen paths take every step of every path', () => {
  const taken = new Set(cover.flatMap(stepsOf));
  expect([...new Set(paths.flatMap(stepsOf))].filter((step) => !taken.has(step))).toEqual([]);
  console.log(`${cover.length} paths cover the ${taken.size} steps of ${paths.length} paths`);
});

/** Answers the question on screen by number keys and Enter, once focus has moved to its heading. */
async function answerByKeys(page: Page, path: InterviewPath, id: string, first: boolean) {
  const form = page.locator(`form[data-question="${id}"]`);
  await expect(form).toBeVisible();
  if (!first) await expect(form.locator('h2')).toBeFocused();
  const question = byId.get(id)!;
  for (const option of path.answers[id]!) await page.keyboard.press(String(question.options.findIndex((o) => o.id === option) + 1));
  await page.keyboard.press('Enter');
}

for (const [i, path] of cover.entries()) {
  const name = `branch set ${i + 1} of ${cover.length} (${path.questions.length} questions)`;

  test(`${name}, by mouse`, async ({ page }) => {
    const errors = watchForErrors(page);
    await openFreshInterview(page);
    for (const id of path.questions) await answerByMouse(page, id, path.answers[id]!);
    await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
    expect(await reviewedQuestions(page)).toEqual(path.questions);
    await expect(page.getByRole('link', { name: 'See my report' })).toHaveAttribute('href', /\/report\/$/);
    expect(errors).toEqual([]);
  });

  test(`${name}, by keyboard`, async ({ page }) => {
    const errors = watchForErrors(page);
    await openFreshInterview(page);
    for (const [n, id] of path.questions.entries()) await answerByKeys(page, path, id, n === 0);
    await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
    expect(await reviewedQuestions(page)).toEqual(path.questions);
    expect(errors).toEqual([]);
  });
}
