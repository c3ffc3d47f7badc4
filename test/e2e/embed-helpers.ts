import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { enumerateInterviewPaths, type InterviewPath } from '../../src/interview/paths';
import { loadQuestionsFromDisk } from '../fixtures/content';

export const questions = loadQuestionsFromDisk();
const byId = new Map(questions.map((q) => [q.id, q]));

/** Where screenshots go: outside the repository, to be looked at, never committed. */
export const SHOTS = '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

/** A tiny web server on its own port: the page of another site that embeds the check. */
export interface HostServer {
  /** `http://localhost:<port>`: another origin and, since the check is served from 127.0.0.1, another site too. */
  origin: string;
  close(): Promise<void>;
}

/** A page the host server serves. */
export interface HostPage {
  html: string;
  headers?: OutgoingHttpHeaders;
}

/** Starts a server for `pages` (path → page) on a free port; anything else is a 404. */
export async function startHost(pages: Record<string, HostPage>): Promise<HostServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const page = pages[path];
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...page.headers }).end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ics': 'text/calendar',
};

/** The built site on a plain static server, as a host would serve it. */
export interface StaticSite {
  /** The site's root URL, base path included, ending in `/`. */
  root: string;
  close(): Promise<void>;
}

/**
 * Serves the built site (`dist`, under `base`) the way the README's hosting notes say: every response
 * with `headers(path)` added. Like any static host: a folder serves its index.html, the rest is a 404.
 */
export async function serveBuiltSite(dist: string, base: string, headers: (path: string) => OutgoingHttpHeaders): Promise<StaticSite> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(dist, path.slice(base.length)));
    if (!file.startsWith(normalize(dist))) {
      response.writeHead(404).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'Content-Type': type, ...headers(path) }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    root: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

/** Where the site under test was built: DIST_DIR (absolute or relative to the repository), else dist/. */
export function builtSiteDir(): string {
  const dir = process.env.DIST_DIR ?? 'dist';
  return dir.startsWith('/') ? dir : join(process.cwd(), dir);
}

/**
 * A page of another site with `embed` (the snippet a host pasted) in the middle of an article. Every
 * message the page receives is recorded in `window.__messages`, and every `ai-team-check:completed`
 * DOM event counted in `window.__completed`.
 */
export function hostPage(embed: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Why AI teams stall: a blog post</title>
<style>
  body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; background: #f3efe6; }
  article { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem; }
  h1 { font-size: 1.8rem; line-height: 1.2; }
</style>
<script>
  window.__messages = [];
  window.addEventListener('message', (event) => {
    window.__messages.push({ origin: event.origin, data: JSON.stringify(event.data) ?? String(event.data) });
  });
  window.__completed = 0;
  document.addEventListener('ai-team-check:completed', () => { window.__completed += 1; });
</script>
</head>
<body>
<article>
  <h1>Why AI teams stall before production</h1>
  <p>Most AI programs do not fail on models. They fail on structure: who owns the pipeline, who answers
  for the model once it is live. Take the ten-minute check below; your answers stay in your browser.</p>
  ${embed}
  <p>Thanks for reading.</p>
</article>
</body>
</html>`;
}

/** A blog post with the loader snippet as the README gives it, `attributes` added to the element. */
export function blogPost(loaderSrc: string, attributes = ''): string {
  return hostPage(`<div data-ai-team-check ${attributes}></div>\n  <script src="${loaderSrc}" async></script>`);
}

/** Every message the host page has received so far, as recorded by `hostPage`. */
export async function hostMessages(page: Page): Promise<{ origin: string; data: string }[]> {
  return page.evaluate(() => (window as unknown as { __messages: { origin: string; data: string }[] }).__messages);
}

/** The check's frame as a Playwright frame, once its interview is live. */
export async function checkFrame(page: Page): Promise<Frame> {
  const element = page.locator('iframe[title="AI Team Check"]');
  await expect(element).toBeVisible();
  const frame = await (await element.elementHandle())!.contentFrame();
  if (!frame) throw new Error('the check frame has no document');
  await expect(frame.locator('.interview[data-live]')).toBeVisible();
  return frame;
}

/**
 * Moves focus from the host page into the check's frame by keyboard, so that keys go to the check. On a
 * busy machine the first Tab can land before the frame takes focus, so Tab on until the frame has it.
 */
export async function focusFrameByKeyboard(page: Page, frame: Frame): Promise<void> {
  for (let i = 0; i < 5 && !(await frame.evaluate(() => document.hasFocus())); i++) await page.keyboard.press('Tab');
  expect(await frame.evaluate(() => document.hasFocus())).toBe(true);
}

/** The frame element's height on the host page, in CSS pixels. */
export async function frameHeight(page: Page): Promise<number> {
  return page.locator('iframe[title="AI Team Check"]').evaluate((iframe) => iframe.getBoundingClientRect().height);
}

/**
 * Waits until the frame is exactly as tall as its content (the resize protocol has caught up) and
 * the content does not scroll inside it; returns that height.
 */
export async function settledHeight(page: Page, frame: Frame): Promise<number> {
  await expect
    .poll(async () => {
      const inner = await frame.evaluate(() => ({
        content: Math.ceil(document.documentElement.getBoundingClientRect().height),
        scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
      }));
      const outer = await frameHeight(page);
      return inner.content === outer && !inner.scrolls;
    })
    .toBe(true);
  return frameHeight(page);
}

/** A path through the real interview, long enough to watch the frame change size on the way. */
export function aBranch(): InterviewPath {
  const paths = enumerateInterviewPaths(questions);
  return paths.find((p) => p.questions.length >= 8) ?? paths[0]!;
}

/** The number keys that choose the options `path` gives to question `id`. */
export function keysFor(path: InterviewPath, id: string): string[] {
  const question = byId.get(id)!;
  return path.answers[id]!.map((option) => String(question.options.findIndex((o) => o.id === option) + 1));
}

/** What the frame shows once question `id` of `path` is answered: the next question's form, or the review. */
export function nextStep(frame: Frame, path: InterviewPath, id: string): Locator {
  const next = path.questions[path.questions.indexOf(id) + 1];
  return next ? frame.locator(`form[data-question="${next}"]`) : frame.getByRole('heading', { name: 'Check your answers' });
}

/** Every option id `path` chooses: none of them may ever reach the host page. */
export function optionIdsOf(path: InterviewPath): string[] {
  return [...new Set(path.questions.flatMap((id) => path.answers[id]!))];
}

/** Records CSP violations and uncaught errors in every frame of the page, as text. */
export async function watchFrames(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeBinding('__reportProblem', ({ frame }, text: string) => problems.push(`${frame.url()}: ${text}`));
  await page.addInitScript(() => {
    const report = (text: string) => (window as unknown as { __reportProblem?: (t: string) => void }).__reportProblem?.(text);
    document.addEventListener('securitypolicyviolation', (e) => report(`CSP ${e.effectiveDirective} ${e.blockedURI}`));
    window.addEventListener('error', (e) => report(`error ${e.message}`));
    window.addEventListener('unhandledrejection', (e) => report(`rejection ${String(e.reason)}`));
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  return problems;
}

/**
 * Records, in every document the page's frames load, each question form that appears while it can be
 * seen (the parser's as well as the islands'), as `__questionsShown`; read it with `questionsShown`.
 */
export async function recordQuestionsShown(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: string[] = [];
    (window as unknown as { __questionsShown: string[] }).__questionsShown = shown;
    new MutationObserver((records) => {
      for (const node of records.flatMap((r) => [...r.addedNodes])) {
        if (!(node instanceof Element)) continue;
        const forms = node.matches('form[data-question]') ? [node] : [...node.querySelectorAll('form[data-question]')];
        for (const form of forms) {
          if (form.isConnected && getComputedStyle(form).visibility !== 'hidden') shown.push(form.getAttribute('data-question')!);
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The question forms the frame's current document has shown so far (see `recordQuestionsShown`). */
export async function questionsShown(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => (window as unknown as { __questionsShown: string[] }).__questionsShown);
}
