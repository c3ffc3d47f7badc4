/**
 * A frame that works or says so. The README's sandboxed <iframe> on a plain static host that sends no
 * special headers: the module scripts are cross-origin requests from the frame's opaque origin, which
 * such a host does not allow, so the check cannot start; within 3 s the frame says so in place, with a
 * link that opens the check in a new tab, and never shows a live-looking dead form or reloads. The same
 * when the scripts fail to load for any other reason.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { builtSiteDir, hostPage, serveBuiltSite, SHOTS, startHost, type HostServer, type StaticSite } from './embed-helpers';
import { personaPayload } from './share-helpers';

const README_SANDBOX = 'allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads';
const base = process.env.BASE_PATH ?? '/';

let site: StaticSite | undefined;
let host: HostServer | undefined;
test.afterEach(async () => {
  await host?.close();
  await site?.close();
});

/** Records, in every document, when (ms after it began) <html> was marked stalled; and counts page errors. */
async function watchStall(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const w = window as unknown as { __stalledAt?: number };
      if (w.__stalledAt === undefined && document.documentElement?.hasAttribute('data-stalled')) w.__stalledAt = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-stalled'] });
  });
  return errors;
}

/** The check's frame's document. */
async function frameOf(page: Page): Promise<Frame> {
  const element = page.locator('iframe[title="AI Team Check"]');
  await expect(element).toBeVisible();
  return (await (await element.elementHandle())!.contentFrame())!;
}

/** Expects the fallback, not the form, within 3 s of the frame's document beginning. */
async function expectFallback(frame: Frame, link: string | RegExp) {
  const message = frame.getByRole('alert').filter({ hasText: 'The check cannot run inside this frame' });
  await expect(message).toBeVisible();
  expect(await frame.evaluate(() => (window as unknown as { __stalledAt?: number }).__stalledAt)).toBeLessThan(3000);
  await expect(message.getByRole('link', { name: link })).toHaveAttribute('target', '_blank');
  await expect(frame.locator('form[data-question]')).toBeHidden();
}

test('the README’s sandboxed iframe on a host without CORS headers: the fallback and its link within 3 s, and no reload', async ({ page }) => {
  site = await serveBuiltSite(builtSiteDir(), base, () => ({}));
  const snippet = `<iframe src="${site.root}embed/" title="AI Team Check" width="100%" height="900" style="border:0" loading="lazy" allow="clipboard-write" sandbox="${README_SANDBOX}"></iframe>`;
  host = await startHost({ '/intranet/': { html: hostPage(snippet) } });
  const errors = await watchStall(page);
  let navigations = 0;
  page.on('framenavigated', (f) => void (f !== page.mainFrame() && navigations++));
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${host.origin}/intranet/`);
  const frame = await frameOf(page);
  expect(await frame.evaluate(() => window.origin)).toBe('null');

  // Continue on the form the HTML shows, before anything could start: the fallback at once, no reload.
  await frame.locator('form[data-question] button[type="submit"]').click({ timeout: 2_000 }).catch(() => {});
  await expectFallback(frame, 'Open the check in a new tab');
  const href = await frame.getByRole('link', { name: 'Open the check in a new tab' }).getAttribute('href');
  expect(new URL(href!, site.root).href).toBe(`${site.root}check/`);
  await page.screenshot({ path: `${SHOTS}/embed-fallback-sandboxed-320.png` });
  await page.waitForTimeout(1_500);
  expect(navigations).toBe(1);
  expect(errors).toEqual([]);
});

test('a frame whose module scripts fail to load shows the fallback too, on the interview and on its report (dark)', async ({ page, baseURL }) => {
  await page.route('**/_astro/*.js', (route) => route.abort());
  const payload = personaPayload('healthy-program');
  host = await startHost({
    '/post/': { html: hostPage(`<iframe src="${baseURL}embed/?theme=dark" title="AI Team Check" width="100%" height="700" style="border:0"></iframe>`) },
    '/report/': { html: hostPage(`<iframe src="${baseURL}embed/report/#${payload}" title="AI Team Check" width="100%" height="700" style="border:0"></iframe>`) },
  });
  const errors = await watchStall(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${host.origin}/post/`);
  await expectFallback(await frameOf(page), 'Open the check in a new tab');
  await page.screenshot({ path: `${SHOTS}/embed-fallback-blocked-320-dark.png` });

  await page.goto(`${host.origin}/report/`);
  const frame = await frameOf(page);
  await expectFallback(frame, 'Open my report in a new tab');
  // The answers travel on to the standalone report, in the fragment.
  expect(await frame.getByRole('link', { name: 'Open my report in a new tab' }).first().getAttribute('href')).toBe(`${base}report/#${payload}`);
  expect(errors).toEqual([]);
});
