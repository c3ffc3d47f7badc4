import { expect, test } from '@playwright/test';
import { SECTIONS } from '../../src/diagnosis/report-labels';
import { personas } from '../fixtures/personas';
import { watchForErrors } from './interview-helpers';
import { pathForward } from '../../src/diagnosis/path-forward';
import { expectedReport, library, openReportWithSavedAnswers, SHOTS, shownProblemIds } from './report-helpers';

test.describe('the report at /report/, for each persona', () => {
  for (const persona of personas) {
    test(`${persona.name}: opens on the principal constraint and shows every section`, async ({ page }) => {
      const errors = watchForErrors(page);
      // What the report must say for each persona is the engine's (test/unit/diagnosis/personas.test.ts); the page must show it.
      const expected = expectedReport(persona.story);
      await openReportWithSavedAnswers(page, persona.story);

      const principal = page.getByRole('heading', { level: 1 });
      await expect(principal).toContainText(expected.principal.finding.title);
      for (const heading of Object.values(SECTIONS).filter((h) => h !== SECTIONS.principal && (h !== SECTIONS.path || pathForward(library, expectedReport(persona.story)).steps.length > 0))) {
        await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
      }
      await expect(page.getByRole('img', { name: /Dimension ratings/ })).toBeVisible();
      await expect(page.locator('[data-accountability]')).toHaveCount(expected.accountability.length);
      const ids = (section: string) => page.locator(`${section} [data-finding]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
      expect(await ids('.findings')).toEqual(shownProblemIds(expected));
      expect(await ids('.strengths')).toEqual(expected.strengths.map((s) => s.finding.id));

      // Print: an A4-wide page in print media, with no actions or navigation, and a real PDF to look at page breaks.
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await expect(page.getByRole('group', { name: 'Report actions' })).toBeHidden();
      await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
      await page.pdf({ path: `${SHOTS}/print-${persona.id}.pdf`, format: 'A4', printBackground: true });
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' });

      await page.getByRole('button', { name: 'Present' }).click();
      const present = page.getByRole('dialog', { name: 'Present view' });
      await expect(present).toBeVisible();
      await expect(present.getByRole('img', { name: /principal constraint/i })).toBeVisible();
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.screenshot({ path: `${SHOTS}/present-${persona.id}.png` });
      await page.keyboard.press('Escape');
      await expect(present).toBeHidden();
      expect(errors).toEqual([]);
    });
  }
});
