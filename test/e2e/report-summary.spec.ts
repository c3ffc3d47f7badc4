import { expect, test, type Page } from '@playwright/test';
import { countPdfPages } from './pdf-pages';
import { followAnswers } from '../../src/questionnaire/follow';
import { firstActions } from '../../src/diagnosis/first-actions';
import type { AnswerMap } from '../../src/schemas/answers';
import { expectNoViolationsInBothThemes } from './axe';
import { watchForErrors } from './interview-helpers';
import { expectedReport, library, openReportWithSavedAnswers, SHOTS } from './report-helpers';
import { expertPersonas } from '../fixtures/expert-personas';
import { personas } from '../fixtures/personas';

/** Three reports of different shapes: many problems, a healthy program, and one full of "don't know". */
const SHAPES: { name: string; answers: AnswerMap }[] = [
  { name: 'many problems', answers: expertPersonas.find((p) => p.id === 'production-pressure-undiagnosed')!.answers },
  { name: 'healthy', answers: personas.find((p) => p.id === 'healthy-program')!.story },
  { name: "don't know", answers: expertPersonas.find((p) => p.id === 'moving-new-lead-go-live')!.answers },
];

/**
 * The many-problems report's page height before the summary-first layout, measured on the build of commit
 * 346abf8 with the same answers (a v1 link of the same team): 7,613 px at 1280×800 (12,951 px at 360×740;
 * 6 A4 pages). The layout's promise is a third of that on a laptop, collapsed: 2,537 px (2,398 px measured
 * on 2026-12-01, after the finding lines, the accountability map and the sections were tightened).
 */
const HEIGHT_BEFORE = { desktop: 7613, phone: 12951 };
/**
 * On a phone the issue asks for no ratio; 5,048 px measured on 2026-12-01 (39 %), and 5,883 px before the
 * tightening: the test holds the phone to 42 % so the desktop's gain is not paid for on a phone.
 */
const PHONE_SHARE = 0.42;

const VIEWPORTS = [
  { width: 1280, height: 800, kind: 'desktop' as const },
  { width: 360, height: 740, kind: 'phone' as const },
];

async function bottomOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY);
}

/** The left and right edges of the site header's content and of the report's column. */
async function columnEdges(page: Page): Promise<{ header: number[]; report: number[] }> {
  return page.evaluate(() => {
    const edges = (selector: string) => {
      const e = document.querySelector(selector)!;
      const box = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      return [Math.round(box.left + parseFloat(style.paddingLeft)), Math.round(box.right - parseFloat(style.paddingRight))];
    };
    return { header: edges('.site-header > .wrap'), report: edges('.report-wrap') };
  });
}

// One page a shape, looked at on a laptop and a phone, light and dark: the layout is the same in both
// themes, so geometry is measured once a viewport, and the dark theme gets a screenshot and axe's colour rules.
for (const shape of SHAPES) {
  test(`the ${shape.name} report decides on the first screen, at 1280×800 and 360×740, light and dark`, async ({ page }) => {
    const errors = watchForErrors(page);
    const answers = followAnswers(library.questions, shape.answers).answers;
    const expected = expectedReport(answers);
    await page.setViewportSize(VIEWPORTS[0]!);
    await openReportWithSavedAnswers(page, answers);
    const headline = page.locator('#principal-heading .headline');
    await expect(headline).toHaveText(expected.principal.finding.title);
    await expect(page.locator('.why-first')).toHaveText(expected.principalReason.text);
    const first = firstActions(expected, 1)[0];
    if (first) await expect(page.locator('.first-action .do')).toHaveText(first.action.do);
    // Nothing of the summary is repeated further down: the principal is one line among the findings,
    // and the plan leaves out the steps the summary lists.
    const summarySteps = await page.locator('.first-action .do, .next-actions .do').allTextContents();
    const planSteps = await page.locator('.plan-table .do').allTextContents();
    expect(planSteps.filter((s) => summarySteps.includes(s))).toEqual([]);
    await expect(page.locator('.findings .finding[open]')).toHaveCount(0);

    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      const fold = viewport.height;
      const staffing = await bottomOf(page, '#staffing-heading');
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const edges = await columnEdges(page);
      expect(edges.header, `header and report column aligned at ${viewport.width} px`).toEqual(edges.report);
      if (viewport.kind === 'desktop') {
        expect(await bottomOf(page, '#principal-heading'), 'principal title on the first screen').toBeLessThanOrEqual(fold);
        if (first) expect(await bottomOf(page, '.first-action'), 'first action on the first screen').toBeLessThanOrEqual(fold);
        expect(await bottomOf(page, '.summary-ratings .ratings-chart'), 'ratings on the first screen').toBeLessThanOrEqual(fold);
        expect(staffing, 'staffing within two screens').toBeLessThanOrEqual(2 * fold);
        if (shape.name === 'many problems') {
          expect(height, `collapsed height (before: ${HEIGHT_BEFORE.desktop} px)`).toBeLessThanOrEqual(Math.floor(HEIGHT_BEFORE.desktop / 3));
        }
      } else {
        expect(staffing, 'staffing within four screens').toBeLessThanOrEqual(4 * fold);
        if (shape.name === 'many problems') {
          expect(height, `collapsed height on a phone (before: ${HEIGHT_BEFORE.phone} px)`).toBeLessThanOrEqual(Math.floor(HEIGHT_BEFORE.phone * PHONE_SHARE));
        }
        if (shape.name === 'many problems') {
          // A menu under its button ran 120 px past the right edge of a phone.
          for (const menu of ['Share', 'Export']) {
            await page.getByRole('button', { name: menu, exact: true }).click();
            await expect(page.locator(`#${menu.toLowerCase()}-menu`)).toBeVisible();
            expect(await page.evaluate(() => document.documentElement.scrollWidth), `${menu} menu within the screen`).toBe(viewport.width);
            await page.keyboard.press('Escape');
          }
        }
        // The summary on a phone in both themes (the toolbar's targets, the map's gaps, a staffing step), once:
        // about 4 s of axe, and the many-problems report's whole page is checked on a laptop below.
        if (shape.name === "don't know") await expectNoViolationsInBothThemes(page, `the ${shape.name} summary at ${viewport.width} px`, '.report-summary');
      }
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `${SHOTS}/summary-${shape.name.replace(/\W+/g, '-')}-${viewport.width}-${scheme}.png` });
      }
    }
    // Between the phone and the laptop, where a narrower header would show most.
    await page.setViewportSize({ width: 900, height: 800 });
    const between = await columnEdges(page);
    expect(between.header, 'header and report column aligned at 900 px').toEqual(between.report);
    expect(errors).toEqual([]);
  });
}

test.describe('the report as a list that opens in place', () => {
  test('findings open and close by keyboard; the Share and Export menus open, close with Escape, and axe finds nothing in any state', async ({ page }) => {
    test.setTimeout(180_000); // axe over a whole report in four states and two themes
    const answers = followAnswers(library.questions, SHAPES[0]!.answers).answers;
    await openReportWithSavedAnswers(page, answers);
    await expectNoViolationsInBothThemes(page, 'report, collapsed');
    const first = page.locator('.findings .finding > summary').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.findings .finding').first()).toHaveAttribute('open', '');
    await expect(page.locator('.findings .finding').first().locator('.finding-actions li').first()).toBeVisible();
    await expectNoViolationsInBothThemes(page, 'report, a finding open');
    for (const menu of ['Share', 'Export']) {
      const button = page.getByRole('button', { name: menu, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator(`#${menu.toLowerCase()}-menu`)).toBeVisible();
      await expectNoViolationsInBothThemes(page, `report, ${menu} menu open`);
      await page.keyboard.press('Tab');
      await expect(page.locator(`#${menu.toLowerCase()}-menu :focus`)).toHaveCount(1);
      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(button).toBeFocused();
    }
  });

  test('prints the many-problems report on at most four A4 pages, the summary alone on page 1', async ({ page }) => {
    const answers = followAnswers(library.questions, SHAPES[0]!.answers).answers;
    const expected = expectedReport(answers);
    await openReportWithSavedAnswers(page, answers);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    // Every problem opens for paper.
    await expect(page.locator('.findings .finding:not([open])')).toHaveCount(0);
    expect(countPdfPages(await page.pdf({ format: 'A4' })), 'A4 pages').toBeLessThanOrEqual(4);
    // Page 1: A4 less the print margins (16 mm × 14 mm) is 688 × 1001 CSS px; the summary fits it and ends the page.
    await page.setViewportSize({ width: 688, height: 1001 });
    await page.emulateMedia({ media: 'print' });
    const summary = page.locator('.report-summary');
    expect(await summary.evaluate((e) => getComputedStyle(e).breakAfter)).toBe('page');
    expect(await summary.evaluate((e) => e.getBoundingClientRect().bottom + window.scrollY)).toBeLessThanOrEqual(1001);
    await expect(summary.getByText(expected.principal.finding.title)).toBeVisible();
    await expect(summary.locator('#staffing-heading')).toBeVisible();
  });
});
