/**
 * The site under any base path (BASE_PATH, e.g. /tools/ai-team-check/ on an intranet): every page
 * loads and hydrates without an error, every internal link and asset stays under the base and
 * resolves, and the loader finds /embed/ beside itself. `npm test` runs it against the build of
 * `npm run build:subpath` (the chromium-subpath project of playwright.config.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { blogPost, checkFrame, settledHeight, startHost, watchFrames } from './embed-helpers';
import { personaAnswers, personaPayload } from './share-helpers';
import { expectedReport } from './report-helpers';
import { personas } from '../fixtures/personas';

/** The base path of the build under test, from the project's baseURL; a smoke test of `/` would prove nothing. */
function basePath(baseURL: string | undefined): string {
  const base = new URL(baseURL!).pathname;
  expect(base, 'these tests run against a build under a sub-path').not.toBe('/');
  return base;
}

/** Every URL the page links to or loads from its own origin: anchors, stylesheets, scripts, images, islands. */
async function internalUrls(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => {
    const attributes: [string, string][] = [
      ['a[href]', 'href'],
      ['link[href]', 'href'],
      ['script[src]', 'src'],
      ['img[src]', 'src'],
      ['astro-island[component-url]', 'component-url'],
      ['astro-island[renderer-url]', 'renderer-url'],
    ];
    return attributes.flatMap(([selector, name]) =>
      [...document.querySelectorAll(selector)].map((el) => new URL(el.getAttribute(name)!, document.baseURI).href),
    );
  });
  const origin = new URL(page.url()).origin;
  return [...new Set(urls.filter((u) => new URL(u).origin === origin).map((u) => u.split('#')[0]!))];
}

test('every page, link and asset of the site works under the base path', async ({ page, baseURL }) => {
  const problems = await watchFrames(page);
  const base = basePath(baseURL);
  const root = new URL(baseURL!);
  const pages = new Set([root.href]);
  const checked = new Set<string>();
  for (const url of pages) {
    await page.goto(url);
    // Every island hydrated: a failed script under the wrong path would leave one behind.
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    for (const found of await internalUrls(page)) {
      expect(new URL(found).pathname.startsWith(base), `${found} on ${url} is outside ${base}`).toBe(true);
      if (checked.has(found)) continue;
      checked.add(found);
      const response = await page.request.get(found);
      expect(response.status(), `${found} on ${url}`).toBe(200);
      if (found.endsWith('/') && (response.headers()['content-type'] ?? '').includes('text/html')) pages.add(found);
    }
  }
  // The landing page leads to the check, and from there on to every page people reach.
  for (const path of ['check/', 'method/']) expect(pages).toContain(new URL(path, root).href);
  for (const path of ['report/', 'embed/', 'embed/report/']) {
    await page.goto(new URL(path, root).href);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  }
  expect(problems).toEqual([]);
});

test('the interview starts, and the loader from the sub-path frames the check beside it', async ({ page, baseURL }) => {
  basePath(baseURL);
  const problems = await watchFrames(page);
  await page.goto(baseURL!);
  await page.getByRole('link', { name: 'Start the check' }).click();
  await expect(page).toHaveURL(`${baseURL}check/`);
  await expect(page.locator('.interview[data-live]')).toBeVisible();
  await page.locator('form.question input').first().check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Question 2 of about')).toBeVisible();

  const host = await startHost({ '/post/': { html: blogPost(`${baseURL}embed.js`) } });
  try {
    await page.goto(`${host.origin}/post/`);
    await expect(page.locator('iframe[title="AI Team Check"]')).toHaveAttribute('src', `${baseURL}embed/`);
    const frame = await checkFrame(page);
    await settledHeight(page, frame);
  } finally {
    await host.close();
  }
  expect(problems).toEqual([]);
});

test('a share link under the sub-path opens the report, and its links stay under the base', async ({ page, baseURL }) => {
  const base = basePath(baseURL);
  const problems = await watchFrames(page);
  const persona = personas[0]!;
  await page.goto(`${baseURL}report/#${personaPayload(persona.id)}`);
  const principal = expectedReport(personaAnswers(persona.id)).principal.finding.title;
  await expect(page.locator('.report-document')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(principal);
  for (const href of await page.locator('.report-document a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
    const url = new URL(href);
    if (url.origin === new URL(baseURL!).origin) expect(url.pathname.startsWith(base), href).toBe(true);
  }
  expect(problems).toEqual([]);
});
