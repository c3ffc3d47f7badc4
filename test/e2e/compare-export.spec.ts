import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectNoViolationsInBothThemes } from './axe';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { compareAnswers } from '../../src/compare/compare';
import { comparisonToMarkdown } from '../../src/compare/compare-markdown';
import { factQuestionIds } from '../../src/compare/disagreements';
import { DisagreementTextsSchema } from '../../src/schemas/disagreement-text';
import { watchForErrors } from './interview-helpers';
import { library } from './report-helpers';
import { compareLinkFor, personaAnswers } from './share-helpers';

/** Islands hydrate late when the shared CPU is busy: wait longer than the default before calling a page broken. */
const expect = baseExpect.configure({ timeout: 15_000 });

const texts = DisagreementTextsSchema.parse(parse(readFileSync('content/compare/disagreements.yaml', 'utf8')));

/** Three leaders, one of whom typed markup into a label. */
const THREE = [
  { label: 'Ana <b>Head</b> [DS](x)', persona: 'joint-ownership' },
  { label: 'Bo (IT)', persona: 'healthy-program' },
  { label: 'Chen', persona: 'new-lead-unsure' },
];

/** Six leaders: more than fit side by side at 320 px. */
const SIX = [
  ...THREE,
  { label: 'Dee', persona: 'capacity-gap' },
  { label: 'Eli Santos-Moreno', persona: 'modelers-only' },
  { label: 'Fatima', persona: 'clarity-under-pressure' },
];

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test.describe('taking a comparison into a meeting', () => {
  test('Markdown: the download and the clipboard hold the whole comparison, labels escaped, and its link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors = watchForErrors(page);
    await page.goto(compareLinkFor(THREE));
    await expect(page.getByRole('heading', { level: 2, name: /3 reports side by side/ })).toBeVisible();
    const comparison = compareAnswers(library, THREE.map((t) => ({ label: t.label, answers: personaAnswers(t.persona) })), 'team')!;
    const expected = comparisonToMarkdown(comparison, { texts, facts: factQuestionIds(library), compareUrl: page.url() });

    const md = await download(page, 'Download .md');
    expect(md.name).toMatch(/^ai-team-check-comparison-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.text).toBe(expected);
    expect(md.text).toContain('Ana \\<b\\>Head\\<\\/b\\> \\[DS\\]\\(x\\)');

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied the comparison as Markdown.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(md.text);
    expect(errors).toEqual([]);
  });

  test('Print: the button prints; on paper no form, buttons or navigation, the table whole row by row, and the link at the end', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => void document.documentElement.setAttribute('data-printed', 'yes');
    });
    await page.goto(compareLinkFor(THREE));
    await page.getByRole('button', { name: 'Print' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
    const printLink = page.locator('.compare-print-link');
    await expect(printLink).toBeHidden();

    // On screen: the form (closed, its summary showing), the buttons and the site's navigation.
    const controls = page.locator('button, nav, textarea, input, details.compare-edit');
    expect(await controls.count()).toBeGreaterThanOrEqual(6);
    await expect(page.getByRole('navigation').first()).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('table')).toBeVisible();
    for (const control of await controls.all()) await expect(control).toBeHidden();
    expect(await page.locator('.compare-table tbody tr').evaluateAll((rows) => rows.map((r) => getComputedStyle(r).breakInside))).not.toContain('auto');
    await expect(printLink).toBeVisible();
    await expect(printLink.getByRole('link')).toHaveText(page.url());
    // Last of the comparison: nothing of it comes after the link.
    expect(await printLink.evaluate((p) => p.nextElementSibling)).toBeNull();
  });

  test('six respondents at 320 px: ratings listed per dimension, no sideways scrolling, no axe violations in either theme', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(compareLinkFor(SIX));
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Nothing scrolls inside the table's region either: every rating is in view with its respondent's name.
    const region = page.getByRole('region', { name: 'Ratings side by side' });
    expect(await region.evaluate((r) => r.scrollWidth - r.clientWidth)).toBeLessThanOrEqual(0);
    const accountability = table.locator('tr[data-dimension="accountability"] td');
    await expect(accountability).toHaveCount(SIX.length);
    for (const [i, t] of SIX.entries()) {
      await expect(accountability.nth(i).locator('.cell-name')).toBeVisible();
      await expect(accountability.nth(i).locator('.cell-name')).toHaveText(t.label);
    }
    // Screen readers still meet a table with a column per respondent.
    await expect(table.getByRole('columnheader')).toHaveText(SIX.map((t) => t.label));
    await expectNoViolationsInBothThemes(page, page.url());
  });
});
