import { expect, test } from '@playwright/test';
import { enumerateInterviewPaths, type InterviewPath } from '../../src/interview/paths';
import { loadQuestionsFromDisk } from '../fixtures/content';
import { answerByMouse, watchForErrors } from './interview-helpers';

const questions = loadQuestionsFromDisk();
const paths = enumerateInterviewPaths(questions);
const start = questions[0]!;

/** Three paths that begin with different answers to the first question, so each takes another branch. */
function threeBranches(): InterviewPath[] {
  const chosen: InterviewPath[] = [];
  for (const option of start.options) {
    const path = paths.find((p) => p.answers[start.id]?.[0] === option.id && !chosen.some((c) => c.questions.join() === p.questions.join()));
    if (path) chosen.push(path);
    if (chosen.length === 3) break;
  }
  return chosen;
}

test.describe('the interview at /check/', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('check/');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  });

  for (const [i, path] of threeBranches().entries()) {
    test(`completes branch ${i + 1} by mouse (${path.questions.length} questions, starting "${path.answers[start.id]}")`, async ({ page }) => {
      const errors = watchForErrors(page);
      for (const id of path.questions) await answerByMouse(page, id, path.answers[id]!);
      await expect(page.getByRole('heading', { name: 'You have answered every question' })).toBeVisible();
      await expect(page.locator('.answer-list li')).toHaveCount(path.questions.length);
      expect(errors).toEqual([]);
    });
  }

  test('completes a branch by keyboard alone', async ({ page }) => {
    const path = threeBranches()[1]!;
    for (const id of path.questions) {
      const question = questions.find((q) => q.id === id)!;
      await expect(page.locator(`form[data-question="${id}"]`)).toBeVisible();
      // After the first step, focus moves to the new question's heading; keys go to the new form from then on.
      if (id !== path.questions[0]) await expect(page.locator(`form[data-question="${id}"] h2`)).toBeFocused();
      for (const optionId of path.answers[id]!) {
        await page.keyboard.press(String(question.options.findIndex((o) => o.id === optionId) + 1));
      }
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { name: 'You have answered every question' })).toBeVisible();
  });

  test('Back returns to the previous question with the earlier answer still selected', async ({ page }) => {
    const path = threeBranches()[0]!;
    const [first, second, third] = path.questions;
    await answerByMouse(page, first!, path.answers[first!]!);
    await answerByMouse(page, second!, path.answers[second!]!);
    await expect(page.locator(`form[data-question="${third}"]`)).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    const form = page.locator(`form[data-question="${second}"]`);
    await expect(form).toBeVisible();
    for (const id of path.answers[second!]!) await expect(form.locator(`input[value="${id}"]`)).toBeChecked();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.locator(`form[data-question="${first}"] input[value="${path.answers[first!]![0]}"]`)).toBeChecked();
  });
});
