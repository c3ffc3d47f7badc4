import { expect, test, type Page } from '@playwright/test';
import { expectNoViolationsInBothThemes } from './axe';
import { followAnswers } from '../../src/questionnaire/follow';
import { QUESTIONNAIRE_VERSION } from '../fixtures/questionnaire-version';
import { showcaseSampleIds } from '../fixtures/samples';
import { personas } from '../fixtures/personas';
import { answerByKeys, answerByMouse, openFreshInterview, SAVED_KEY } from './interview-helpers';
import { library, openReportWithSavedAnswers, reportAction } from './report-helpers';
import { personaPayload } from './share-helpers';

// Full axe runs are the slowest tests there are, and none depends on another: spread them over every worker.
// Each state is checked in both themes where it is: every rule in the light theme, then the colour rules in
// the dark one (see axe.ts). The compare page's states are in compare.spec.ts and compare-export.spec.ts.
test.describe.configure({ mode: 'parallel' });

const persona = personas[0]!;
const { path, answers } = followAnswers(library.questions, persona.story);
const byId = new Map(library.questions.map((q) => [q.id, q]));
/** The questions before the first multiple-choice one on the persona's path. */
const beforeMultiple = path.slice(0, path.findIndex((id) => byId.get(id)?.kind === 'multiple'));

/**
 * Fails unless the question on screen is a fieldset whose legend holds the question as a heading, with
 * every option inside it and labelled once: how a screen reader knows which question the options answer.
 */
async function expectQuestionStructure(page: Page, id: string) {
  const form = page.locator(`form[data-question="${id}"]`);
  await expect(form).toBeVisible();
  const shape = await form.evaluate((el) => {
    const fieldset = el.querySelector('fieldset');
    const legend = fieldset?.querySelector(':scope > legend');
    const inputs = [...el.querySelectorAll('input[type="radio"], input[type="checkbox"]')];
    return {
      legendHeading: legend?.querySelector('h2')?.textContent ?? null,
      inputsInFieldset: inputs.length > 0 && inputs.every((i) => fieldset?.contains(i)),
      labelled: inputs.every((i) => (i as HTMLInputElement).labels?.length === 1),
    };
  });
  expect(shape, id).toEqual({ legendHeading: byId.get(id)!.prompt, inputsInFieldset: true, labelled: true });
}

test.describe('axe, WCAG 2.2 AA, in the light and the dark theme', () => {
  // The compare page's empty form is compare.spec.ts's, with its details open.
  for (const url of ['', 'method/', 'sample/', `sample/${showcaseSampleIds()[0]}/`]) {
    test(`/${url}`, async ({ page }) => {
      await page.goto(url);
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
      await expectNoViolationsInBothThemes(page, `/${url}`);
    });
  }

  test('/report/ with no answers, and with a broken link', async ({ page }) => {
    await page.goto('report/');
    await expect(page.getByRole('heading', { name: 'There are no answers to report on yet' })).toBeVisible();
    await expectNoViolationsInBothThemes(page, '/report/ with no answers');
    await page.goto('report/#not-a-link');
    await expect(page.getByRole('heading', { name: 'This report link cannot be opened' })).toBeVisible();
    await expectNoViolationsInBothThemes(page, '/report/ with a broken link');
  });

  test('the interview: first question, an error, a multiple-choice question, the review; every question a fieldset', async ({ page }) => {
    await openFreshInterview(page);
    await expectQuestionStructure(page, path[0]!);
    await expectNoViolationsInBothThemes(page, 'the first question');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolationsInBothThemes(page, 'the error after Continue with nothing chosen');
    // Answered by keys, the quicker way (the page follows either: interview-branches.spec.ts).
    for (const id of beforeMultiple) {
      await expectQuestionStructure(page, id);
      await answerByKeys(page, byId.get(id)!, answers[id]!);
    }
    const multiple = page.locator(`form[data-question="${path[beforeMultiple.length]}"]`);
    await expect(multiple.locator('input[type="checkbox"]').first()).toBeVisible();
    await multiple.locator('input[type="checkbox"]').first().check();
    await expectNoViolationsInBothThemes(page, 'a multiple-choice question');
    // The multiple-choice question by mouse, its first option already checked; the rest by keys.
    await expectQuestionStructure(page, path[beforeMultiple.length]!);
    await answerByMouse(page, path[beforeMultiple.length]!, answers[path[beforeMultiple.length]!]!);
    for (const id of path.slice(beforeMultiple.length + 1)) {
      await expectQuestionStructure(page, id);
      await answerByKeys(page, byId.get(id)!, answers[id]!);
    }
    await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
    await expectNoViolationsInBothThemes(page, 'the review');
  });

  test('the report with a persona\'s answers, navigable by headings, and its Present view', async ({ page }) => {
    await openReportWithSavedAnswers(page, persona.story);
    await expectNoViolationsInBothThemes(page, 'the report');
    // One h1, the principal constraint, then sections, never skipping a level.
    const levels = await page.locator('main').evaluate((main) =>
      [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => Number(h.tagName[1])),
    );
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 2).length).toBeGreaterThanOrEqual(6);
    for (const [i, level] of levels.entries()) if (i > 0) expect(level, `heading ${i + 1} skips a level`).toBeLessThanOrEqual(levels[i - 1]! + 1);
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByRole('dialog', { name: 'Present view' })).toBeVisible();
    await expectNoViolationsInBothThemes(page, 'the Present view');
  });

  test('interview states: the Start over dialog, the resume offer, changing an answer, corrupt saved progress', async ({ page }) => {
    test.slow(); // four full axe runs
    await openFreshInterview(page);
    for (const id of path.slice(0, 2)) await answerByMouse(page, id, answers[id]!);
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('dialog', { name: 'Start over?' })).toBeVisible();
    await expectNoViolationsInBothThemes(page, 'the Start over dialog');
    await page.keyboard.press('Escape');
    await page.goto('');
    await expect(page.getByRole('link', { name: 'Resume the check' })).toBeVisible();
    await expectNoViolationsInBothThemes(page, 'the landing page offering to resume');
    // The rest answered as the interview would save it (answering is the other test's), so the check opens at the review.
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [SAVED_KEY, JSON.stringify({ version: QUESTIONNAIRE_VERSION, answers, path })]);
    await page.goto('check/');
    await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
    await page.getByRole('button', { name: /^Change your answer to/ }).first().click();
    await expect(page.locator('.revising')).toBeVisible();
    await expectNoViolationsInBothThemes(page, 'changing an answer from the review');
    // Damaged from a page with no interview, so the interview's own saving cannot put a good copy back first.
    await page.goto('method/');
    await page.evaluate((key) => localStorage.setItem(key, '{"answers": {'), SAVED_KEY);
    await page.goto('check/');
    await expect(page.getByText(/could not be read/)).toBeVisible();
    await expectNoViolationsInBothThemes(page, 'the notice about corrupt saved progress');
  });

  test('report states: an import error and the field shown when the clipboard is refused', async ({ page }) => {
    test.slow(); // a full report under axe
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(`report/#${personaPayload(persona.id)}`);
    await reportAction(page, 'Import answers (.json)');
    await page.locator('input[type="file"]').setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await expect(page.getByRole('alert')).toContainText('could not be imported');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('textbox', { name: 'Link to this report' })).toBeVisible();
    await expectNoViolationsInBothThemes(page, 'an import error and the manual copy field');
  });

  test('the embedded check, on its own page', async ({ page }) => {
    await page.goto('embed/');
    await expect(page.locator('.interview[data-live]')).toBeVisible();
    await expectNoViolationsInBothThemes(page, '/embed/');
  });

  test('the embedded check\'s report, on its own page', async ({ page }) => {
    test.slow(); // a full report under axe
    await page.goto(`embed/report/#${personaPayload(persona.id)}`);
    await expect(page.locator('.report-document')).toBeVisible();
    await expectNoViolationsInBothThemes(page, '/embed/report/');
  });
});
