import { expect, type Frame, type Page } from '@playwright/test';
import type { AnswerMap } from '../../src/schemas/answers';
import { QUESTIONNAIRE_VERSION } from '../fixtures/questionnaire-version';
import type { Question } from '../../src/schemas/question';

/**
 * Waits until every island on the page has hydrated and run its effects (Preact runs them in a task
 * after the next frame), so that what an island shows, or does not show, is what it decided.
 */
export async function waitForIslands(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** The localStorage key of the interview in progress. */
export const SAVED_KEY = 'ai-team-check:interview';

/** Opens the interview with nothing saved, and waits until it is live (hydrated and started). */
export async function openFreshInterview(page: Page) {
  await page.goto('check/');
  // Each test has a fresh browser context, so storage is usually empty already: reload only when it is not.
  if (await page.evaluate(() => localStorage.length > 0)) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
  }
  await waitForInterview(page);
}

/**
 * Opens the interview with `answers` along `path` saved in this browser, as answering them would have
 * left them (a complete path opens at the review), and waits until it is live. Saved once, so a reload
 * keeps what the page saved since.
 */
export async function openInterviewWithSaved(page: Page, answers: AnswerMap, path: readonly string[]) {
  const saved = JSON.stringify({ version: QUESTIONNAIRE_VERSION, answers, path });
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [SAVED_KEY, saved],
  );
  await page.goto('check/');
  await waitForInterview(page);
}

/** Waits until the interview island has hydrated and read the saved progress. */
export async function waitForInterview(page: Page) {
  await expect(page.locator('.interview[data-live]')).toBeVisible();
}

/** Chooses options of the question on screen (by their ids) with the mouse and continues. */
export async function answerByMouse(page: Page, questionId: string, optionIds: readonly string[]) {
  const form = page.locator(`form[data-question="${questionId}"]`);
  await expect(form).toBeVisible();
  for (const id of optionIds) await form.locator(`input[value="${id}"]`).check();
  await form.getByRole('button', { name: 'Continue' }).click();
}

/**
 * Chooses options of the question on screen by their number keys and continues with Enter, as the
 * interview's keys allow (faster than the mouse: no pointer to move). `scope` is where the question is
 * shown (a frame of the check); the keys go to whichever frame has focus.
 */
export async function answerByKeys(page: Page, question: Question, optionIds: readonly string[], scope: Page | Frame = page) {
  await expect(scope.locator(`form[data-question="${question.id}"]`)).toBeVisible();
  for (const id of optionIds) {
    const n = question.options.findIndex((o) => o.id === id) + 1;
    if (n < 1 || n > 9) throw new Error(`${question.id}: option "${id}" has no number key`);
    await page.keyboard.press(String(n));
  }
  await page.keyboard.press('Enter');
}

/** The interview as saved in this browser. */
export async function savedInterview(page: Page): Promise<{ answers: AnswerMap; path: string[] }> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), SAVED_KEY);
}

/** The question ids listed on the review step, in order. */
export async function reviewedQuestions(page: Page): Promise<string[]> {
  return page.locator('.answer-list li').evaluateAll((items) => items.map((li) => li.getAttribute('data-question') ?? ''));
}

/** Fails the test on any uncaught page error or console error. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}
