import { expect, test, type Frame, type Page } from '@playwright/test';
import { MAX_HEIGHT } from '../../src/embed/protocol';
import { latestCodebook } from '../../src/share/codebook';
import { loadCodebooksFromDisk } from '../../src/share/codebooks-fs';
import { encodeAnswers } from '../../src/share/link-codec';
import {
  aBranch,
  blogPost,
  checkFrame,
  focusFrameByKeyboard,
  frameHeight,
  hostMessages,
  hostPage,
  keysFor,
  nextStep,
  optionIdsOf,
  questionsShown,
  recordQuestionsShown,
  settledHeight,
  SHOTS,
  startHost,
  watchFrames,
  type HostServer,
} from './embed-helpers';

const codebook = latestCodebook(loadCodebooksFromDisk())!;
let host: HostServer;
let siteRoot: string;

test.beforeAll(async ({ baseURL }) => {
  siteRoot = baseURL!;
  host = await startHost({
    '/post/': { html: blogPost(`${siteRoot}embed.js`) },
    '/post-forged/': {
      // The loader's frame, and a second, plain frame of the check that the loader did not make.
      html: hostPage(`<div data-ai-team-check></div><script src="${siteRoot}embed.js" async></script>
        <iframe id="other" title="Another frame of the check" src="${siteRoot}embed/" width="100%" height="300"></iframe>`),
    },
    // A page of the host's own origin, which the check's frame is navigated to: the right window, the wrong origin.
    '/impostor/': {
      html: `<!doctype html><title>impostor</title><script>
        parent.postMessage({ type: 'ai-team-check:height', version: 1, height: 444 }, '*');
        parent.postMessage({ type: 'ai-team-check:completed', version: 1 }, '*');
        parent.postMessage('impostor done', '*');
      </script>`,
    },
    '/post-new-tab/': { html: blogPost(`${siteRoot}embed.js`, 'data-report="new-tab" data-theme="dark" data-accent="#b3470a"') },
  });
});
test.afterAll(async () => host.close());

/** The frame's own report page with the answers of `aBranch()`, as "See my report" leads to it. */
const frameReportUrl = () => `${siteRoot}embed/report/#${encodeAnswers(aBranch().answers, codebook)}`;

/** Whether `m` is one of the three messages of the protocol, with nothing added. */
function isProtocolMessage(m: Record<string, unknown>): boolean {
  const keys = Object.keys(m).sort().join();
  if (m['type'] === 'ai-team-check:height') return keys === 'height,type,version' && m['version'] === 1 && typeof m['height'] === 'number';
  return (m['type'] === 'ai-team-check:completed' || m['type'] === 'ai-team-check:step') && keys === 'type,version' && m['version'] === 1;
}

/** Completes `path` inside the frame by keyboard alone, noting the frame's settled height after each step. */
async function completeByKeyboard(page: Page, frame: Frame, heights: number[]) {
  const path = aBranch();
  // From the host page, Tab moves focus into the frame: the keys below go to the check.
  await focusFrameByKeyboard(page, frame);
  for (const id of path.questions) {
    await expect(frame.locator(`form[data-question="${id}"]`)).toBeVisible();
    for (const key of keysFor(path, id)) await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    // The islands re-render in a task after the key, so until the next step is on screen the frame still
    // fits the question just answered: measured then, its height would pass for the next step's.
    await expect(nextStep(frame, path, id)).toBeVisible();
    heights.push(await settledHeight(page, frame));
  }
  await expect(frame.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
  return path;
}

test.describe('the check embedded with the loader in a page of another site', () => {
  test('appears, follows its content\'s height, is completed by keyboard, and tells the host nothing but heights', async ({ page }) => {
    const problems = await watchFrames(page);
    await recordQuestionsShown(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${host.origin}/post/`);
    const iframe = page.locator('iframe[title="AI Team Check"]');
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    await expect(iframe).toHaveAttribute('allow', 'clipboard-write');
    await expect(iframe).toHaveAttribute('src', `${siteRoot}embed/`);
    const frame = await checkFrame(page);
    const heights = [await settledHeight(page, frame)];

    const path = await completeByKeyboard(page, frame, heights);
    // The review lists every answer: the frame grew to hold it, without a scrollbar inside.
    expect(Math.max(...heights)).toBe(heights.at(-1));

    // "See my report" by keyboard: the first one sits above the answers, a Tab or two from the review's heading.
    const seeReport = frame.getByRole('link', { name: 'See my report' }).first();
    for (let i = 0; i < 60 && !(await seeReport.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(seeReport).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(frame.locator('.report-document')).toBeVisible();
    const reportHeight = await settledHeight(page, frame);
    expect(reportHeight).toBeGreaterThan(heights.at(-1)!);
    // The report opens at its top, in view on the host's page, though "See my report" was far down it.
    await expect(frame.locator('.embed-report')).toBeFocused();
    await expect.poll(() => iframe.evaluate((f) => Math.round(f.getBoundingClientRect().top))).toBeGreaterThanOrEqual(0);
    expect(await iframe.evaluate((f) => f.getBoundingClientRect().top)).toBeLessThan(900 / 2);
    await page.screenshot({ path: `${SHOTS}/embed-host-1280-report.png` });

    // The report is the frame's own page, with the host's parameters; the answers are in its fragment only.
    const reportUrl = new URL(frame.url());
    expect(`${reportUrl.origin}${reportUrl.pathname}${reportUrl.search}`).toBe(`${siteRoot}embed/report/`);
    expect(reportUrl.hash.length).toBeGreaterThan(1);

    // Back to the answers: the review at once, never a question for a frame on the way; the frame shrinks again.
    await frame.getByRole('link', { name: 'Back to my answers' }).click();
    await expect(frame.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
    expect(await questionsShown(frame)).toEqual([]);
    expect(new URL(frame.url()).hash, 'the answers leave the address once they are in the interview').toBe('');
    const backHeight = await settledHeight(page, frame);
    expect(backHeight).toBeLessThan(reportHeight);
    heights.push(reportHeight, backHeight);
    // It grew and it shrank along the way.
    expect(heights.some((h, i) => i > 0 && h > heights[i - 1]!)).toBe(true);
    expect(heights.some((h, i) => i > 0 && h < heights[i - 1]!)).toBe(true);

    // The host heard heights and one "completed", from the site's origin, and never an answer.
    const messages = await hostMessages(page);
    expect(messages.length).toBeGreaterThan(path.questions.length / 2);
    for (const { origin, data } of messages) {
      expect(origin).toBe(new URL(siteRoot).origin);
      expect(isProtocolMessage(JSON.parse(data)), data).toBe(true);
      for (const option of optionIdsOf(path)) expect(data).not.toContain(`"${option}"`);
      for (const question of path.questions) expect(data).not.toContain(question);
    }
    expect(messages.filter((m) => m.data.includes('completed'))).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { __completed: number }).__completed)).toBe(1);
    expect(problems).toEqual([]);
  });

  test('looks at home at 320 and 1280 pixels wide, the report too', async ({ page }) => {
    const fits = async (frame: Frame) => {
      // No sideways scrolling, inside or out.
      expect(await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    };
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${host.origin}/post/`);
      const frame = await checkFrame(page);
      await settledHeight(page, frame);
      await fits(frame);
      await page.screenshot({ path: `${SHOTS}/embed-host-${width}.png`, fullPage: true });
    }
    // The longest page there is, the report on the narrowest screen, stays within the heights the loader accepts.
    // The frame goes straight to its report (taking the check in the frame is the first test's).
    const frame = await checkFrame(page);
    await page.setViewportSize({ width: 320, height: 800 });
    await frame.goto(frameReportUrl());
    await expect(frame.locator('.report-document')).toBeVisible();
    expect(await settledHeight(page, frame)).toBeLessThan(MAX_HEIGHT);
    await fits(frame);
    await page.screenshot({ path: `${SHOTS}/embed-host-320-report.png` });
  });

  test('with data-report="new-tab", a dark theme and an accent, the report opens at the standalone /report/ in a new tab', async ({ page, context }) => {
    const problems = await watchFrames(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${host.origin}/post-new-tab/`);
    const frame = await checkFrame(page);
    expect(new URL(frame.url()).search).toBe('?theme=dark&accent=%23b3470a&report=new-tab');
    expect(await frame.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    const button = frame.getByRole('button', { name: 'Continue' });
    expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(179, 71, 10)');
    await page.screenshot({ path: `${SHOTS}/embed-host-1280-dark.png`, fullPage: true });

    const heights: number[] = [];
    await completeByKeyboard(page, frame, heights);
    const open = frame.getByRole('link', { name: 'Open my report in a new tab' }).first();
    await expect(open).toHaveAttribute('target', '_blank');
    const href = (await open.getAttribute('href'))!;
    expect(href.startsWith(`${siteRoot}report/#`)).toBe(true);
    const [tab] = await Promise.all([context.waitForEvent('page'), open.click()]);
    const tabErrors: string[] = [];
    tab.on('pageerror', (error) => tabErrors.push(error.message));
    // A whole report computed in a fresh tab: give a busy machine time.
    await expect(tab.locator('.report-document')).toBeVisible({ timeout: 20_000 });
    expect(tabErrors).toEqual([]);
    expect(tab.url()).toBe(href);
    await tab.close();
    expect(problems).toEqual([]);
  });

  test('?theme= and ?accent= apply from the first paint, before any module runs, whatever the system prefers', async ({ page }) => {
    // The islands' and the page's modules never arrive: what shows is the server's HTML, the CSS and the inline script.
    await page.route('**/_astro/*.js', (route) => route.abort());
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = 'rgb(19, 21, 24)';
    const light = 'rgb(251, 251, 249)';
    for (const [system, query, theme, colour] of [
      ['light', '?theme=dark', 'dark', dark],
      ['dark', '?theme=light', 'light', light],
      ['dark', '', undefined, dark],
      ['light', '?theme=DARK', undefined, light],
      ['dark', '?theme=light%20', undefined, dark],
    ] as const) {
      await page.emulateMedia({ colorScheme: system });
      await page.goto(`embed/${query}`);
      expect(await page.evaluate(() => document.documentElement.dataset['theme']), `${system} system, ${query}`).toBe(theme);
      expect(await background(), `${system} system, ${query}`).toBe(colour);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('embed/?theme=dark');
    await page.screenshot({ path: `${SHOTS}/embed-first-paint-forced-dark.png` });

    // The host's accent too, with the text colour that reads on it; a pale accent is darkened on the light
    // page until it stands out (test/unit/embed/accent-contrast.test.ts), and kept as given on the dark one.
    const continueColours = () =>
      page.getByRole('button', { name: 'Continue' }).evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
    await page.goto('embed/?accent=%23b3470a');
    expect(await continueColours()).toEqual(['rgb(179, 71, 10)', 'rgb(255, 255, 255)']);
    await page.goto('embed/?accent=ffd966');
    expect(await continueColours()).toEqual(['rgb(166, 141, 66)', 'rgb(11, 18, 32)']);
    await page.goto('embed/?accent=ffd966&theme=dark');
    expect(await continueColours()).toEqual(['rgb(255, 217, 102)', 'rgb(11, 18, 32)']);
  });

  test('the report\'s "Copy link" copies inside the frame (allow="clipboard-write"), and shows the link selected where the clipboard is refused', async ({ page, context }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${host.origin}/post/`);
    const frame = await checkFrame(page);
    // Straight to the frame's report, in the loader's frame with its allow="clipboard-write".
    await frame.goto(frameReportUrl());
    await expect(frame.locator('.report-document')).toBeVisible();
    const href = await frame.getByRole('link', { name: 'Open in a new tab' }).getAttribute('href');
    expect(href!.startsWith(`${siteRoot}report/#`)).toBe(true);

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await frame.getByRole('button', { name: 'Copy link' }).click();
    await expect(frame.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    // The frame may only write (allow="clipboard-write"); the host page reads it back.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);

    // Now the clipboard refuses, as in a frame without allow="clipboard-write".
    await frame.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await frame.getByRole('button', { name: 'Copy link' }).click();
    const field = frame.getByRole('textbox', { name: 'Link to this report' });
    await expect(field).toHaveValue(href!);
    await expect(field).toBeFocused();
    expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)).toBe(href!.length);
  });

  test('forged messages change nothing: another window, another origin, bad heights, __proto__ payloads', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${host.origin}/post-forged/`);
    const frame = await checkFrame(page);
    const before = await settledHeight(page, frame);
    const received = async () => (await hostMessages(page)).length;
    const completed = () => page.evaluate(() => (window as unknown as { __completed: number }).__completed);

    // The right message from the wrong windows: the host page itself, and the other frame of the check.
    let expected = (await received()) + 2;
    await page.evaluate(() => window.postMessage({ type: 'ai-team-check:height', version: 1, height: 321 }, '*'));
    const other = await (await page.locator('#other').elementHandle())!.contentFrame();
    await other!.evaluate(() => parent.postMessage({ type: 'ai-team-check:height', version: 1, height: 333 }, '*'));
    await expect.poll(received).toBeGreaterThanOrEqual(expected);
    expect(await frameHeight(page)).toBe(before);

    // The right window and origin, with payloads no check ever sends.
    expected = (await received()) + 12;
    await frame.evaluate(() => {
      const height = (h: unknown) => ({ type: 'ai-team-check:height', version: 1, height: h });
      const forged: unknown[] = [
        height(Number.NaN),
        height(-300),
        height(0),
        height(1e9),
        height(Number.POSITIVE_INFINITY),
        height('500'),
        height('500px'),
        { type: 'ai-team-check:height', version: 2, height: 500 },
        JSON.parse('{"__proto__": {"type": "ai-team-check:height", "version": 1, "height": 500}}'),
        JSON.parse('{"type": "ai-team-check:height", "version": 1, "__proto__": {"height": 500}}'),
        [height(500)],
        null,
      ];
      for (const message of forged) parent.postMessage(message, '*');
    });
    await expect.poll(received).toBeGreaterThanOrEqual(expected);
    expect(await frameHeight(page)).toBe(before);
    expect(await completed()).toBe(0);

    // The loader's own frame, navigated to a page of another origin: the right window, the wrong origin.
    await frame.evaluate((url) => window.location.assign(url), `${host.origin}/impostor/`);
    await expect.poll(async () => (await hostMessages(page)).some((m) => m.data.includes('impostor done'))).toBe(true);
    expect(await frameHeight(page)).toBe(before);
    expect(await completed()).toBe(0);
  });
});
