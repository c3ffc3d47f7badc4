import { reportAction } from './report-helpers';
import { expect, test, type Page } from '@playwright/test';
import { MAX_COMPARE_FRAGMENT } from '../../src/compare/compare-link';
import { MAX_ANSWERS_FILE_BYTES } from '../../src/diagnosis/answers-file';
import { DECODE_FAILURE_MESSAGES } from '../../src/share/link-codec';
import { SAVED_KEY, waitForIslands, watchForErrors } from './interview-helpers';
import { guard, siteOrigin, type Guard } from './quality-helpers';
import { personaAnswers, personaPayload } from './share-helpers';

// Every payload, if it ever ran, would set window.__pwned or open a dialog; if it ever became markup, the CSP
// would report the inline handler or script it blocked. None of the three may happen, and the page must say
// plainly what it did with the input.
const RUN = 'window.__pwned=1';
const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror=${RUN}>`,
  `"><svg onload=${RUN}>`,
  `javascript:${RUN}`,
  `</style><script>${RUN}</script>`,
];

/** Fails if any payload ran or became markup, in the page or any frame of it. */
async function expectNothingRan(page: Page, watched: Guard) {
  for (const frame of page.frames()) {
    expect(await frame.evaluate(() => (window as { __pwned?: unknown }).__pwned), `__pwned in ${frame.url()}`).toBeUndefined();
    expect(await frame.locator('img[src="x"], svg[onload], [onerror]').count(), `injected markup in ${frame.url()}`).toBe(0);
  }
  expect(watched.dialogs, 'dialogs').toEqual([]);
  expect(watched.violations, 'CSP violations (markup the page should never have made)').toEqual([]);
}

const unreadable = (page: Page) => page.getByRole('heading', { level: 1, name: 'This report link cannot be opened' });

test.describe('hostile input: nothing runs, and the page says what it did', () => {
  let watched: Guard;
  test.beforeEach(async ({ page, baseURL }) => {
    watched = await guard(page, siteOrigin(baseURL));
  });

  test('script and HTML in the share link\'s fragment', async ({ page }) => {
    for (const payload of [...PAYLOADS, `%3Cimg%20src=x%20onerror=${RUN}%3E`]) {
      await page.goto(`report/#${payload}`);
      await expect(unreadable(page)).toBeVisible();
      await expect(page.getByText(DECODE_FAILURE_MESSAGES.malformed)).toBeVisible();
      await expectNothingRan(page, watched);
    }
    // And typed into the address bar of an open report: the hash changes, the page does not reload.
    await page.goto(`report/#${personaPayload('joint-ownership')}`);
    await expect(page.locator('.report-document')).toBeVisible();
    await page.evaluate((hash) => (window.location.hash = hash), PAYLOADS[1]!);
    await expect(unreadable(page)).toBeVisible();
    await expectNothingRan(page, watched);
  });

  test('script and HTML in a compare link\'s labels and payloads, and a compare link over the length cap', async ({ page }) => {
    const good = [personaPayload('joint-ownership'), personaPayload('healthy-program')];
    // A label is percent-encoded with `_` for a space (compare-link.ts), so the payload here has no `_` and no `.`.
    const hostileLabel = '<img src=x onerror=alert(1)>';
    await page.goto(`compare/#${encodeURIComponent(hostileLabel)}~${good[0]}.Bo~${good[1]}.${encodeURIComponent('<script>alert(1)</script>')}`);
    await expect(page.getByRole('heading', { level: 2, name: /2 reports side by side/ })).toBeVisible();
    // The label is shown as the text it is, and the unreadable entry is named.
    await expect(page.getByRole('heading', { level: 2, name: /2 reports side by side/ })).toContainText(hostileLabel);
    await expect(page.getByRole('note', { name: 'Links left out' })).toBeVisible();
    await expectNothingRan(page, watched);

    // Just over the cap: the page says so. That a 1 MB link is refused before a character of it is read is
    // test/unit/compare/compare-link.test.ts's; Chromium alone takes seconds to take in a 1 MB address.
    await page.goto(`compare/#${'A~'.repeat(MAX_COMPARE_FRAGMENT / 2 + 1)}`);
    await expect(page.locator('main')).toContainText(/too long|longer/i);
    await expectNothingRan(page, watched);
  });

  test('script and CSS in the embed\'s query parameters are dropped, never echoed into the page', async ({ page }) => {
    const accent = `red;}</style><script>${RUN}</script>`;
    const theme = `<svg onload=${RUN}>`;
    await page.goto(`embed/?accent=${encodeURIComponent(accent)}&theme=${encodeURIComponent(theme)}&report=${encodeURIComponent(PAYLOADS[3]!)}`);
    await expect(page.locator('.interview[data-live]')).toBeVisible();
    expect(await page.content()).not.toContain('__pwned');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'] ?? 'auto')).toMatch(/^(auto|light|dark)$/);
    await expectNothingRan(page, watched);

    // The frame's report page: the same parameters are dropped there too, and never passed on in its links.
    const query = `?accent=${encodeURIComponent(accent)}&theme=${encodeURIComponent(theme)}&report=${encodeURIComponent(PAYLOADS[3]!)}`;
    await page.goto(`embed/report/${query}#${personaPayload('joint-ownership')}`);
    await expect(page.locator('.report-document')).toBeVisible();
    expect(await page.content()).not.toContain('__pwned');
    const back = await page.getByRole('link', { name: 'Back to my answers' }).getAttribute('href');
    expect(new URL(back!).search).toBe('');
    expect(new URL(back!).pathname).toMatch(/\/embed\/$/);
    await expectNothingRan(page, watched);
  });

  test('script and HTML in the embedded check\'s fragment: a notice, and the interview as it was', async ({ page }) => {
    for (const payload of PAYLOADS) {
      await page.goto(`embed/#${payload}`);
      await expect(page.locator('.interview[data-live]')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
      await expect(page.locator('form[data-question]')).toBeVisible();
      expect(await page.content()).not.toContain('__pwned');
      await expectNothingRan(page, watched);
    }
  });

  for (const [name, value, resumable] of [
    ['garbage', '\u0000\uffff{{{not json', false],
    ['a hostile string', JSON.stringify(PAYLOADS[1]), false],
    ['hostile ids and answers', JSON.stringify({ version: 1, answers: { [PAYLOADS[0]!]: [PAYLOADS[1]], stage: [PAYLOADS[2]] }, path: [PAYLOADS[0], 'stage'] }), true],
  ] as const) {
    test(`${name} saved in localStorage: the landing page, the report and the embed carry on`, async ({ page }) => {
      const errors = watchForErrors(page);
      await page.goto('method/');
      await page.evaluate(([key, stored]) => localStorage.setItem(key, stored), [SAVED_KEY, value] as const);
      await page.goto('');
      await waitForIslands(page);
      await expect(page.getByRole('link', { name: 'Start the check' })).toBeVisible();
      // Nothing readable is in progress, so nothing is offered to resume.
      if (!resumable) await expect(page.getByRole('link', { name: 'Resume the check' })).toHaveCount(0);
      await expectNothingRan(page, watched);
      await page.goto('report/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).not.toContainText('<');
      await expectNothingRan(page, watched);
      await page.goto('embed/');
      await expect(page.locator('.interview[data-live]')).toBeVisible();
      await expectNothingRan(page, watched);
      expect(errors).toEqual([]);
    });
  }

  test('an imported answers file with script in it, or too large to read, is refused with a message', async ({ page }) => {
    await page.goto('report/');
    await expect(page.getByRole('heading', { name: 'There are no answers to report on yet' })).toBeVisible();
    // Once a report is on screen, the import sits in its Export menu.
    const importFile = async (buffer: Buffer) => {
      await reportAction(page, 'Import answers (.json)');
      await page.locator('input[type="file"]').setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer });
    };
    const refused = page.getByRole('alert').filter({ hasText: 'That file could not be imported' });

    // Not an answers file: not JSON, or JSON of another shape (with a prototype key), each with script in it.
    for (const text of [PAYLOADS[1]!, `{"__proto__":{"polluted":true},"format":${JSON.stringify(PAYLOADS[0])},"answers":[]}`]) {
      await importFile(Buffer.from(text));
      await expect(refused).toBeVisible();
      expect(await page.evaluate(() => ({} as { polluted?: unknown }).polluted)).toBeUndefined();
      await expectNothingRan(page, watched);
      await refused.getByRole('button', { name: 'Dismiss' }).click();
    }

    // A well-formed file with hostile question and option ids beside real answers: the report, with the rest left
    // out and named as text.
    const answers = { ...personaAnswers('joint-ownership'), [PAYLOADS[1]!]: [PAYLOADS[0]!], 'team-size': [PAYLOADS[2]!] };
    await importFile(Buffer.from(JSON.stringify({ format: 'ai-team-check/answers', version: 1, answers })));
    await expect(page.locator('.report-document')).toBeVisible();
    await expect(page.getByText(/Some answers were left out/)).toBeVisible();
    await expectNothingRan(page, watched);

    // 10 MB: refused on its size, before a byte of it is parsed.
    const big = Buffer.alloc(10 * 1024 * 1024, 'A');
    expect(big.length).toBeGreaterThan(MAX_ANSWERS_FILE_BYTES);
    await importFile(big);
    await expect(refused).toContainText('at most 1 MB');
    await expect(page.locator('.report-document')).toBeVisible(); // the report on screen stays
    await expectNothingRan(page, watched);
  });
});
