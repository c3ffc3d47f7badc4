import { showcaseSampleIds } from '../fixtures/samples';
import { expect, test } from '@playwright/test';
import { SECTIONS } from '../../src/diagnosis/report-labels';
import { personas } from '../fixtures/personas';
import { watchForErrors } from './interview-helpers';
import { pathForward } from '../../src/diagnosis/path-forward';
import { diagnose } from '../../src/diagnosis/report';
import { expectedReport, library, reportText, SHOTS, shownProblemIds } from './report-helpers';

const samples = showcaseSampleIds().map((id) => personas.find((p) => p.id === id)!);

test.describe('the sample reports at /sample/', () => {
  test('lists three contrasting teams, each with its principal constraint', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto('sample/');
    await expect(page.getByRole('heading', { level: 1, name: 'Sample reports' })).toBeVisible();
    for (const persona of samples) {
      const card = page.locator('.sample-card', { has: page.getByRole('link', { name: persona.name }) });
      await expect(card).toContainText(expectedReport(persona.story).principal.finding.title);
    }
    const principals = new Set(samples.map((p) => expectedReport(p.story).principal.finding.id));
    expect(principals.size).toBe(3);
    expect(errors).toEqual([]);
  });

  for (const persona of samples) {
    test(`${persona.name}: the whole report, rendered without JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const expected = expectedReport(persona.story);
      await page.goto(`sample/${persona.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(expected.principal.finding.title);
      for (const heading of Object.values(SECTIONS).filter((h) => h !== SECTIONS.principal && (h !== SECTIONS.path || pathForward(library, diagnose(library, persona.story)!).steps.length > 0))) {
        await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
      }
      const shown = await page.locator('.findings [data-finding]').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
      expect(shown).toEqual(shownProblemIds(expected));
      await page.screenshot({ path: `${SHOTS}/sample-${persona.id}.png`, fullPage: true });
      await context.close();
    });
  }

  test('a sample opened as an interactive report shows the same report', async ({ page }) => {
    const persona = samples[0]!;
    await page.goto(`sample/${persona.id}/`);
    const sample = await reportText(page);
    await page.getByRole('link', { name: 'Open as an interactive report' }).click();
    await expect(page.getByText('From a shared link.')).toBeVisible();
    const live = await reportText(page);
    // The live report ends with its share link; the sample page has none to print.
    expect(live.startsWith(sample)).toBe(true);
  });
});
