import { expect, type Page } from '@playwright/test';

/** Chooses options of the question on screen (by their ids) with the mouse and continues. */
export async function answerByMouse(page: Page, questionId: string, optionIds: readonly string[]) {
  const form = page.locator(`form[data-question="${questionId}"]`);
  await expect(form).toBeVisible();
  for (const id of optionIds) await form.locator(`input[value="${id}"]`).check();
  await form.getByRole('button', { name: 'Continue' }).click();
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
