import { expect, test, type Page } from '@playwright/test';
import { showcaseSampleIds } from '../fixtures/samples';
import { personas } from '../fixtures/personas';
import { openFreshInterview } from './interview-helpers';
import { openReportWithSavedAnswers } from './report-helpers';

/** What Tab should reach: every visible control, with a radio group counted once (arrow keys move within it). */
async function tabStops(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    const stops = new Set<string>();
    for (const [i, element] of [...document.querySelectorAll<HTMLElement>(selector)].entries()) {
      if (element.getClientRects().length === 0 || element.closest('[inert], [aria-hidden="true"], details:not([open]) > :not(summary)')) continue;
      element.dataset['tabStop'] ??= element instanceof HTMLInputElement && element.type === 'radio' ? `radio:${element.name}` : `#${i}`;
      stops.add(element.dataset['tabStop']);
    }
    return [...stops];
  });
}

/** Whether an outline or a ring shows on the focused element (or, for a visually hidden input, on its label). */
function focusShows(): { stop: string; visible: boolean; what: string } | undefined {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return undefined;
  const ring = (e: Element) => {
    const style = getComputedStyle(e);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
  };
  const tiny = element.getBoundingClientRect().width <= 2;
  const carrier = tiny ? (element.closest('label') ?? element) : element;
  return {
    stop: element.dataset['tabStop'] ?? '',
    visible: ring(carrier),
    what: `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
  };
}

/** Tabs through the whole page; fails on a control Tab never reaches or a focus that does not show. */
async function expectEveryControlReachable(page: Page) {
  const expected = await tabStops(page);
  expect(expected.length).toBeGreaterThan(0);
  await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached = new Set<string>();
  const hidden: string[] = [];
  for (let press = 0; press < expected.length + 10; press++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(focusShows);
    if (!focus) {
      if (press > 0) break; // past the last control
      continue;
    }
    if (!focus.visible) hidden.push(focus.what);
    reached.add(focus.stop);
  }
  expect(expected.filter((stop) => !reached.has(stop)), 'controls Tab never reaches').toEqual([]);
  expect(hidden, 'focused controls with no visible focus indicator').toEqual([]);
}

test.describe('keyboard: every control reachable with Tab, with a visible focus', () => {
  for (const url of ['', 'method/', 'sample/', `sample/${showcaseSampleIds()[0]}/`, 'compare/', 'embed/']) {
    test(`/${url}`, async ({ page }) => {
      await page.goto(url);
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
      await expectEveryControlReachable(page);
    });
  }

  test('/check/, on a question', async ({ page }) => {
    await openFreshInterview(page);
    await expectEveryControlReachable(page);
  });

  test('/report/, with a persona\'s answers', async ({ page }) => {
    await openReportWithSavedAnswers(page, personas[0]!.story);
    await expectEveryControlReachable(page);
  });

  test('/report/, with no answers', async ({ page }) => {
    await page.goto('report/');
    await expect(page.getByRole('heading', { name: 'There are no answers to report on yet' })).toBeVisible();
    await expectEveryControlReachable(page);
  });
});
