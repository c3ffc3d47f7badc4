/**
 * The landing page and the interview as a phone and a laptop show them (screenshots in both themes): nothing
 * wider than the screen, a calm step-to-step layout, and motion only for those who did not ask
 * for less. Screenshots go to /tmp/shots for a person to look at.
 */
import { expect, test } from '@playwright/test';
import { followAnswers } from '../../src/questionnaire/follow';
import { personas } from '../fixtures/personas';
import { answerByMouse, openFreshInterview, watchForErrors } from './interview-helpers';
import { library, SHOTS } from './report-helpers';

const { path, answers } = followAnswers(library.questions, personas[0]!.story);

for (const width of [320, 1280]) {
  // The themes change colours only, so each width is checked once; the screenshots show both.
  test(`at ${width} px, the landing page and the interview fit the screen`, async ({ page }) => {
    const errors = watchForErrors(page);
    await page.setViewportSize({ width, height: 800 });
    const shoot = async (name: string) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.screenshot({ path: `${SHOTS}/${name}-${width}-${colorScheme}.png`, fullPage: true });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    };
    await page.goto('');
    await expect(page.getByRole('link', { name: 'Start the check' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await shoot('landing');

    await openFreshInterview(page);
    for (const id of path.slice(0, 3)) await answerByMouse(page, id, answers[id]!);
    await expect(page.locator(`form[data-question="${path[3]}"]`)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await shoot('check');
    expect(errors).toEqual([]);
  });
}

test('from one question to the next, the heading stays in the same place', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await openFreshInterview(page);
  const tops = new Set<number>();
  for (const id of path) {
    const heading = page.locator(`form[data-question="${id}"] h2`);
    await expect(heading).toBeVisible();
    tops.add(Math.round(await heading.evaluate((h) => h.getBoundingClientRect().top + window.scrollY)));
    await answerByMouse(page, id, answers[id]!);
  }
  expect([...tops]).toHaveLength(1);
});

test('prefers-reduced-motion: the progress bar moves without a transition', async ({ page }) => {
  const duration = () => page.locator('.progress-fill').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  await openFreshInterview(page);
  expect(await duration()).not.toBe('0s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await duration()).toBe('0s');
});
