import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, gzipSize, htmlPages, siteWeight } from '../fixtures/page-weight';
import { personaPayload } from './share-helpers';

/**
 * Budgets per page, gzipped: the check must load like a page of text on a slow intranet. `MAX_JS_GZIP` is
 * what Chromium fetches while a page loads; what the first screen does not show comes on demand. Read from
 * the files, a page also counts its inline scripts (Astro's island loader, the first-paint script: 2 to 3.5 KB),
 * which nothing fetches: /embed/report/ and /embed/ were the heaviest at 32.8 KB (2026-12-02).
 */
const MAX_JS_GZIP = 30 * 1024;
const MAX_JS_GZIP_WITH_INLINE = 33 * 1024;
const MAX_CSS_GZIP = 10 * 1024;
/**
 * The report page's HTML, uncompressed: the browser parses all of it before the report can start. It
 * carries the whole findings library for the island as JSON. With text variants per answer and stage
 * (issue 11) the library is about 300 KB raw, 60 KB gzipped (2026-12-01), each text once (no help texts,
 * a variant's why only in the bodies); as island props it once was 188 KB for a third of the content.
 * The vendor and software-engineer findings (codebook v3) took it to 357 KB raw (2026-12-02); the model-count
 * wording, the release-approval finding and one text per missing accountability (codebooks v4 and v5) to
 * 396 KB raw, 73 KB gzipped (2026-12-02).
 */
const MAX_REPORT_HTML = 400 * 1024;
/** Island props are an HTML attribute in Astro's tagged format: anything big belongs in a JSON block instead. */
const MAX_ISLAND_PROPS = 2 * 1024;

const dist = distDir();
const base = process.env.BASE_PATH ?? '/';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// Reads the built site's files (DIST_DIR, else dist/): no browser needed, except for the no-JavaScript check.
test.describe('page weight budgets (gzip)', () => {
  const weights = siteWeight(dist, base);

  test('the build has the pages to weigh', () => {
    expect(htmlPages(dist)).toEqual(expect.arrayContaining(['index.html', 'check/index.html', 'report/index.html', 'method/index.html']));
  });

  for (const weight of weights) {
    test(`/${weight.page}: at most ${kb(MAX_JS_GZIP_WITH_INLINE)} of JavaScript and ${kb(MAX_CSS_GZIP)} of CSS`, () => {
      const detail = [
        `JS ${kb(weight.js.gzip)} from ${weight.jsFiles.join(', ') || 'nothing'}`,
        `(not counted: ${kb(weight.lazy.gzip)} only behind import(): ${weight.lazyFiles.join(', ') || 'nothing'})`,
        `CSS ${kb(weight.css.gzip)} from ${weight.cssFiles.join(', ') || 'nothing'}`,
      ].join('\n');
      expect(weight.js.gzip, detail).toBeLessThanOrEqual(MAX_JS_GZIP_WITH_INLINE);
      expect(weight.css.gzip, detail).toBeLessThanOrEqual(MAX_CSS_GZIP);
    });
  }

  test(`/report/: at most ${kb(MAX_REPORT_HTML)} of HTML, with no island props over ${kb(MAX_ISLAND_PROPS)}`, () => {
    const html = readFileSync(join(dist, 'report/index.html'), 'utf8');
    expect(Buffer.byteLength(html), `report/index.html is ${kb(Buffer.byteLength(html))}`).toBeLessThanOrEqual(MAX_REPORT_HTML);
    const props = [...html.matchAll(/<astro-island\b[^>]*\sprops="([^"]*)"/g)].map((m) => m[1]!.length);
    expect(props.length).toBeGreaterThan(0);
    for (const length of props) expect(length, 'the props attribute of an island on /report/').toBeLessThanOrEqual(MAX_ISLAND_PROPS);
  });

  test('fonts: a system stack, no font files', () => {
    for (const weight of weights) {
      expect(weight.cssFiles.join(' ')).not.toMatch(/\.(woff2?|ttf|otf)\b/);
    }
  });
});

// The budget again, as the browser sees it: every script a page really fetches while it loads and settles,
// lazily imported chunks included, with a report open where the page shows one.
test.describe('JavaScript fetched by each page in Chromium (gzip)', () => {
  const payload = personaPayload('joint-ownership');
  for (const url of ['', 'check/', `report/#${payload}`, 'compare/', 'embed/', `embed/report/#${payload}`]) {
    test(`/${url.split('#')[0]}: at most ${kb(MAX_JS_GZIP)}`, async ({ page, baseURL }) => {
      const fetched = new Set<string>();
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (request.resourceType() === 'script' || path.endsWith('.js')) fetched.add(path);
      });
      await page.goto(url);
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
      if (url.includes('#')) await expect(page.locator('.report-document')).toBeVisible();
      await page.waitForLoadState('networkidle');
      const sitePath = new URL(baseURL!).pathname;
      const files = [...fetched].map((path) => join(dist, path.slice(sitePath.length)));
      expect(files.length, 'a page with islands fetches its scripts').toBeGreaterThan(url === '' ? 0 : 1);
      const total = files.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
      expect(total, `${kb(total)} from ${[...fetched].join(', ')}`).toBeLessThanOrEqual(MAX_JS_GZIP);
    });
  }
});

test.describe('the landing page without JavaScript', () => {
  test('renders all of its content with JavaScript disabled: only the resume offer is an island', async ({ browser }) => {
    const withJs = await browser.newPage();
    await withJs.goto('');
    await withJs.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    const islands = await withJs.locator('astro-island').evaluateAll((els) => els.map((e) => e.getAttribute('component-url') ?? ''));
    expect(islands.every((url) => /ResumeNotice/.test(url)), `islands on /: ${islands.join(', ')}`).toBe(true);
    const text = await withJs.locator('body').innerText();
    await withJs.close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start the check' })).toBeVisible();
    // With nothing saved, the resume offer renders nothing, so the page reads the same with or without JavaScript.
    expect(await page.locator('body').innerText()).toBe(text);
    await context.close();
  });
});
