import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { followAnswers } from '../../src/interview/follow';
import { showcaseSampleIds } from '../fixtures/samples';
import { personas } from '../fixtures/personas';
import { answerByMouse, openFreshInterview } from './interview-helpers';
import { library, openReportWithSavedAnswers } from './report-helpers';
import { compareLinkFor } from './share-helpers';

/** WCAG 2.2 AA, as axe-core tags it. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now and fails with every violation, its nodes and how to fix them. */
async function expectNoViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replaceAll('\n', ' ')}`).join('\n')}`,
  );
  expect(found, `axe violations in ${state}`).toEqual([]);
}

const persona = personas[0]!;
const { path, answers } = followAnswers(library.questions, persona.story);
const byId = new Map(library.questions.map((q) => [q.id, q]));
/** The questions before the first multiple-choice one on the persona's path. */
const beforeMultiple = path.slice(0, path.findIndex((id) => byId.get(id)?.kind === 'multiple'));

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, WCAG 2.2 AA, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const url of ['', 'method/', 'sample/', `sample/${showcaseSampleIds()[0]}/`, 'compare/']) {
      test(`/${url}`, async ({ page }) => {
        await page.goto(url);
        await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
        await expectNoViolations(page, `/${url}`);
      });
    }

    test('/report/ with no answers, and with a broken link', async ({ page }) => {
      await page.goto('report/');
      await expect(page.getByRole('heading', { name: 'There are no answers to report on yet' })).toBeVisible();
      await expectNoViolations(page, '/report/ with no answers');
      await page.goto('report/#not-a-link');
      await expect(page.getByRole('heading', { name: 'This report link cannot be opened' })).toBeVisible();
      await expectNoViolations(page, '/report/ with a broken link');
    });

    test('the interview: first question, an error, a multiple-choice question, the review', async ({ page }) => {
      await openFreshInterview(page);
      await expectNoViolations(page, 'the first question');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page, 'the error after Continue with nothing chosen');
      for (const id of beforeMultiple) await answerByMouse(page, id, answers[id]!);
      const multiple = page.locator(`form[data-question="${path[beforeMultiple.length]}"]`);
      await expect(multiple.locator('input[type="checkbox"]').first()).toBeVisible();
      await multiple.locator('input[type="checkbox"]').first().check();
      await expectNoViolations(page, 'a multiple-choice question');
      for (const id of path.slice(beforeMultiple.length)) await answerByMouse(page, id, answers[id]!);
      await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
      await expectNoViolations(page, 'the review');
    });

    test('the report with a persona\'s answers, and its Present view', async ({ page }) => {
      await openReportWithSavedAnswers(page, persona.story);
      await expectNoViolations(page, 'the report');
      await page.getByRole('button', { name: 'Present' }).click();
      await expect(page.getByRole('dialog', { name: 'Present view' })).toBeVisible();
      await expectNoViolations(page, 'the Present view');
    });

    test('a comparison of two reports', async ({ page }) => {
      await page.goto(compareLinkFor([
        { label: 'Ana', persona: 'joint-ownership' },
        { label: 'Bo', persona: 'healthy-program' },
      ]));
      await expect(page.getByRole('heading', { level: 2, name: /2 reports side by side/ })).toBeVisible();
      await expectNoViolations(page, 'a comparison');
    });

    test('the embedded check, on its own page', async ({ page }) => {
      await page.goto('embed/');
      await expect(page.locator('.interview[data-live]')).toBeVisible();
      await expectNoViolations(page, '/embed/');
    });
  });
}
