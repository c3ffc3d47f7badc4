import { expect, test } from '@playwright/test';
import { personas } from '../fixtures/personas';
import { watchForErrors } from './interview-helpers';
import { openReportWithSavedAnswers, SHOTS } from './report-helpers';

test.describe('where the report\'s answers come from', () => {
  test('with no link and no answers in this browser, it says so and offers to start the check', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto('report/');
    await expect(page.getByRole('heading', { name: 'There are no answers to report on yet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start the check' })).toHaveAttribute('href', /\/check\/$/);
    expect(errors).toEqual([]);
  });

  for (const fragment of ['garbage!', 'zzzzzzzzzzzz', 'x'.repeat(5000), '%E0%A4%A', '<img src=x onerror=alert(1)>']) {
    test(`a link that cannot be read (#${fragment.slice(0, 16)}) shows a message and an offer to start the check`, async ({ page }) => {
      const errors = watchForErrors(page);
      await openReportWithSavedAnswers(page, personas[0]!.story);
      await page.goto(`report/#${fragment}`);
      await page.reload();
      await expect(page.getByRole('heading', { name: 'This report link cannot be opened' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Start the check' })).toBeVisible();
      await expect(page.locator('.report-document')).toHaveCount(0);
      await expect(page.locator('img')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  for (const width of [320, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`reads at ${width} px in the ${colorScheme} theme, with nothing wider than the screen`, async ({ page }) => {
        const errors = watchForErrors(page);
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await openReportWithSavedAnswers(page, personas[1]!.story);
        await page.getByText('Show the ratings as a table').click();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SHOTS}/report-${width}-${colorScheme}.png`, fullPage: true });
        expect(errors).toEqual([]);
      });
    }
  }
});
