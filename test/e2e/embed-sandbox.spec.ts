/**
 * The check in a frame sandboxed without `allow-same-origin`: an opaque origin ("null") and storage
 * that throws. Two ways a host gets there: a wiki that serves pasted HTML (the loader snippet) in a
 * sandboxed document, whose frames inherit the sandbox; and a plain `<iframe sandbox>` snippet. The
 * site is served by a plain static server with the headers of the README's hosting notes.
 */
import { expect, test } from '@playwright/test';
import {
  aBranch,
  blogPost,
  builtSiteDir,
  checkFrame,
  hostMessages,
  hostPage,
  keysFor,
  nextStep,
  optionIdsOf,
  questionsShown,
  recordQuestionsShown,
  serveBuiltSite,
  settledHeight,
  SHOTS,
  startHost,
  watchFrames,
  type HostServer,
  type StaticSite,
} from './embed-helpers';

const SANDBOX = 'allow-scripts allow-forms allow-popups';
const base = process.env.BASE_PATH ?? '/';

/** The README's headers; `frameAncestors` for /embed/ when the host may name itself there. */
const hostingHeaders = (frameAncestors?: string) => (path: string) => ({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // A sandboxed frame has an opaque origin, so its module scripts are cross-origin requests.
  ...(path.startsWith(`${base}_astro/`) ? { 'Access-Control-Allow-Origin': '*' } : {}),
  ...(frameAncestors && path.startsWith(`${base}embed/`) ? { 'Content-Security-Policy': `frame-ancestors ${frameAncestors}` } : {}),
});

let site: StaticSite;
let host: HostServer;
test.afterEach(async () => {
  await host?.close();
  await site?.close();
});

test('the loader in a sandboxed page: the check runs, says it cannot resume, sizes itself, and tells the host nothing', async ({ page }) => {
  // frame-ancestors cannot name an opaque origin (not even with *), so this host needs /embed/ without it.
  site = await serveBuiltSite(builtSiteDir(), base, hostingHeaders());
  host = await startHost({
    '/wiki/': { html: blogPost(`${site.root}embed.js`), headers: { 'Content-Security-Policy': `sandbox ${SANDBOX}` } },
  });
  const problems = await watchFrames(page);
  await recordQuestionsShown(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${host.origin}/wiki/`);
  const frame = await checkFrame(page);

  // Really sandboxed: an opaque origin, and storage that throws on access.
  expect(await frame.evaluate(() => window.origin)).toBe('null');
  expect(await frame.evaluate(() => {
    try {
      return typeof window.localStorage;
    } catch (error) {
      return (error as Error).name;
    }
  })).toBe('SecurityError');
  await expect(frame.getByRole('status').filter({ hasText: 'does not let this frame save progress' })).toBeVisible();
  const heights = [await settledHeight(page, frame)];
  await page.screenshot({ path: `${SHOTS}/embed-sandboxed-1280.png`, fullPage: true });

  // Completed by keyboard, as in any frame.
  const path = aBranch();
  await page.keyboard.press('Tab');
  for (const id of path.questions) {
    await expect(frame.locator(`form[data-question="${id}"]`)).toBeVisible();
    for (const key of keysFor(path, id)) await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    // Measured only once the next step is on screen (see embed.spec.ts).
    await expect(nextStep(frame, path, id)).toBeVisible();
    heights.push(await settledHeight(page, frame));
  }
  await expect(frame.getByRole('heading', { name: 'Check your answers' })).toBeFocused();

  // The report in the frame, from answers kept in memory only; its link points to the standalone report.
  await frame.getByRole('link', { name: 'See my report' }).first().click();
  await expect(frame.locator('.report-document')).toBeVisible();
  heights.push(await settledHeight(page, frame));
  const href = await frame.getByRole('link', { name: 'Open in a new tab' }).getAttribute('href');
  expect(href!.startsWith(`${site.root}report/#`)).toBe(true);
  // Back to the review with every answer, though nothing could be stored: they travel in the fragment.
  await frame.getByRole('link', { name: 'Back to my answers' }).click();
  await expect(frame.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
  expect(await questionsShown(frame)).toEqual([]);
  for (const id of path.questions) await expect(frame.locator(`.review li[data-question="${id}"]`)).toHaveCount(1);
  heights.push(await settledHeight(page, frame));
  expect(heights.some((h, i) => i > 0 && h > heights[i - 1]!)).toBe(true);
  expect(heights.some((h, i) => i > 0 && h < heights[i - 1]!)).toBe(true);

  // Every message came from the opaque origin, and none carried an answer.
  const messages = await hostMessages(page);
  expect(messages.length).toBeGreaterThan(0);
  for (const { origin, data } of messages) {
    expect(origin).toBe('null');
    expect(Object.keys(JSON.parse(data)).sort()).toEqual(expect.arrayContaining(['type', 'version']));
    for (const option of optionIdsOf(path)) expect(data).not.toContain(`"${option}"`);
  }
  expect(messages.filter((m) => m.data.includes('ai-team-check:completed'))).toHaveLength(1);
  expect(problems).toEqual([]);
});

test('a plain <iframe sandbox> without allow-same-origin, from a host that frame-ancestors allows: the check runs and says it cannot resume', async ({ page }) => {
  site = await serveBuiltSite(builtSiteDir(), base, hostingHeaders('http://localhost:*'));
  const snippet = `<iframe src="${site.root}embed/?theme=light" title="AI Team Check" width="100%" height="900" style="border:0" sandbox="${SANDBOX}" allow="clipboard-write"></iframe>`;
  host = await startHost({ '/intranet/': { html: hostPage(snippet) } });
  const problems = await watchFrames(page);
  await page.goto(`${host.origin}/intranet/`);
  const frame = await checkFrame(page);
  expect(await frame.evaluate(() => window.origin)).toBe('null');
  await expect(frame.getByRole('status').filter({ hasText: 'does not let this frame save progress' })).toBeVisible();

  // By mouse here (the other frames are taken by keyboard): pointer input reaches a sandboxed frame too.
  const path = aBranch();
  for (const id of path.questions) {
    const form = frame.locator(`form[data-question="${id}"]`);
    for (const option of path.answers[id]!) await form.locator(`input[value="${option}"]`).check();
    await form.getByRole('button', { name: 'Continue' }).click();
  }
  await frame.getByRole('link', { name: 'See my report' }).first().click();
  await expect(frame.locator('.report-document')).toBeVisible();
  // Without the loader the frame keeps its fixed height and the report scrolls inside it.
  expect(await page.locator('iframe[title="AI Team Check"]').evaluate((f) => f.getBoundingClientRect().height)).toBe(900);
  for (const { data } of await hostMessages(page)) {
    for (const option of optionIdsOf(path)) expect(data).not.toContain(`"${option}"`);
  }
  expect(problems).toEqual([]);
});
