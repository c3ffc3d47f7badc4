import { expect, type BrowserContext, type Frame, type Page } from '@playwright/test';

/** What a guarded page saw: CSP violations, requests after it had loaded, requests to other origins, dialogs. */
export interface Guard {
  /** Every `securitypolicyviolation` event on every page of the journey, as "directive blocked-uri sample". */
  violations: string[];
  /** Requests made while the page was settled (loaded and every island hydrated), as "METHOD url". */
  lateRequests: string[];
  /** Every request that went anywhere but the site's own origin. */
  foreignRequests: string[];
  /** Every request of the journey, for the report of a failure. */
  allRequests: string[];
  /** Every alert, confirm or prompt that opened (a hostile payload's favourite). */
  dialogs: string[];
  /** Waits until the page (or a frame of it) has loaded and every island has hydrated; requests from then on are "late". */
  settle(frame?: Frame): Promise<void>;
  /** Marks the start of an expected navigation (a click on a link), so its page load is not "late". */
  navigating(): void;
}

/** URLs that never leave the browser. */
const LOCAL = /^(data|blob|about):/;

/**
 * Watches a page for the privacy and safety promises: records CSP violations in the page (an init
 * script, so it sees those during parsing too), every request, and every dialog (dismissed). A
 * navigation request of the main frame starts a new page load; from `settle()` until the next one,
 * any request at all is a late one.
 */
export async function guard(
  page: Page,
  siteOrigin: string,
  { acceptDialogs = false, hostOrigin }: { acceptDialogs?: boolean; hostOrigin?: string } = {},
): Promise<Guard> {
  const violations: string[] = [];
  // A binding outlives navigations, so violations on every page of a journey are kept.
  await page.exposeBinding('__reportCsp', ({ frame }, text: string) => violations.push(`${frame.url()}: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCsp?: (text: string) => void }).__reportCsp;
      report?.(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  let settled = false;
  const state: Guard = {
    lateRequests: [],
    foreignRequests: [],
    allRequests: [],
    dialogs: [],
    violations,
    async settle(frame = page.mainFrame()) {
      await frame.waitForLoadState('load');
      await frame.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
      // One more frame and a quiet moment, so that what hydration itself fetched is counted as the load.
      await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
      settled = true;
    },
    navigating() {
      settled = false;
    },
  };
  page.on('request', (request) => {
    const url = request.url();
    state.allRequests.push(`${request.method()} ${url}`);
    if (LOCAL.test(url)) return; // a download of a blob, a data: image: nothing leaves the browser
    // A new document in the page or in a frame of it (the embedded check) starts a new page load.
    if (request.isNavigationRequest()) settled = false;
    const origin = new URL(url).origin;
    // A host page embedding the check loads its own page from its own origin; the check's frame may not.
    const hostsOwn = hostOrigin !== undefined && origin === hostOrigin && request.frame() === page.mainFrame();
    if (origin !== siteOrigin && !hostsOwn) state.foreignRequests.push(`${request.method()} ${url}`);
    // The browser fetches the tab's icon on its own schedule, sometimes after load; it is a fixed URL and carries nothing.
    const favicon = /\/favicon\.(svg|ico)$/.test(new URL(url).pathname);
    // The site's own code, fetched when a reader first asks for it (Present, the exports, the QR code): a GET of a
    // fixed, hashed file name of this site, with no query and no fragment, so it carries nothing of the answers.
    const parsed = new URL(url);
    const ownCode = origin === siteOrigin && request.method() === 'GET' && /\/_astro\/[\w.-]+\.js$/.test(parsed.pathname) && !parsed.search && !parsed.hash;
    if (settled && !favicon && !ownCode) state.lateRequests.push(`${request.method()} ${url}`);
  });
  page.on('dialog', (dialog) => {
    state.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void (acceptDialogs ? dialog.accept() : dialog.dismiss());
  });
  return state;
}

/** Asserts the promises held: no CSP violation on any page of the journey, nothing late, nothing foreign, no cookie. */
export async function expectPromisesKept(page: Page, context: BrowserContext, watched: Guard) {
  expect(watched.violations, 'CSP violations').toEqual([]);
  expect(watched.foreignRequests, 'requests to other origins').toEqual([]);
  expect(watched.lateRequests, 'requests after the page had loaded').toEqual([]);
  expect(await context.cookies(), 'cookies').toEqual([]);
  expect(await page.evaluate(() => document.cookie), 'document.cookie').toBe('');
}

/** The origin the tests run against (Playwright's baseURL). */
export function siteOrigin(baseURL: string | undefined): string {
  return new URL(baseURL ?? 'http://127.0.0.1:4321/').origin;
}
