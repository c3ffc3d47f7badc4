import { expect, test } from '@playwright/test';
import { followAnswers } from '../../src/questionnaire/follow';
import { personas } from '../fixtures/personas';
import { blogPost, checkFrame, focusFrameByKeyboard, startHost } from './embed-helpers';
import { answerByKeys, openFreshInterview } from './interview-helpers';
import { expectPromisesKept, guard, siteOrigin } from './quality-helpers';
import { library, reportAction } from './report-helpers';
import { compareLinkFor, personaPayload } from './share-helpers';

const byId = new Map(library.questions.map((q) => [q.id, q]));

// The promises behind "answers never leave this browser", checked on the built site where the CSP applies:
// no CSP violation, every request to the site's own origin and only while a page loads, and no cookie.
test.describe('privacy and CSP over whole journeys', () => {
  test('every page carries the CSP, with no unsafe-eval and no inline scripts allowed by unsafe-inline', async ({ page }) => {
    for (const path of ['', 'check/', 'report/', 'method/', 'sample/', 'compare/', 'embed/', 'embed/report/']) {
      await page.goto(path);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, path).toBeTruthy();
      const directives = new Map(
        policy!.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)] as const),
      );
      expect(directives.get('default-src'), path).toEqual(["'self'"]);
      expect(directives.get('connect-src'), path).toEqual(["'none'"]);
      expect(directives.get('object-src'), path).toEqual(["'none'"]);
      expect(directives.get('base-uri'), path).toEqual(["'none'"]);
      expect(policy, path).not.toContain('unsafe-eval');
      for (const name of ['script-src', 'script-src-elem', 'script-src-attr']) {
        expect(directives.get(name) ?? [], `${path} ${name}`).not.toContain("'unsafe-inline'");
      }
    }
  });

  test('taking the check and opening, presenting and exporting the report', async ({ page, context, baseURL }) => {
    const watched = await guard(page, siteOrigin(baseURL));
    const persona = personas[0]!;
    const { path, answers } = followAnswers(library.questions, persona.story);

    await page.goto('');
    await watched.settle();
    watched.navigating();
    await page.getByRole('link', { name: 'Start the check' }).click();
    await openFreshInterview(page);
    await watched.settle();
    for (const id of path) await answerByKeys(page, byId.get(id)!, answers[id]!);
    await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
    await expectPromisesKept(page, context, watched);

    watched.navigating();
    await page.getByRole('link', { name: 'See my report' }).first().click();
    await expect(page.locator('.report-document')).toBeVisible();
    await watched.settle();

    for (const button of ['Download .md', 'Export answers (.json)']) {
      const item = await reportAction(page, button);
      await Promise.all([page.waitForEvent('download'), item.click()]);
    }
    await page.getByRole('button', { name: 'Present' }).click();
    const present = page.getByRole('dialog', { name: 'Present view' });
    await expect(present.getByRole('img', { name: /principal constraint/i })).toBeVisible();
    for (const button of ['Download slide (SVG)', 'Download slide (PNG)']) {
      await Promise.all([page.waitForEvent('download'), present.getByRole('button', { name: button }).click()]);
    }
    await page.keyboard.press('Escape');
    await expect(present).toBeHidden();

    // The share link opens the same report in a fresh page: the fragment is never sent to the server.
    await page.getByText('The link to this report, and its QR code').click();
    const link = await page.getByRole('region', { name: 'Link to this report' }).getByRole('link').getAttribute('href');
    expect(link).toContain('/report/#');
    watched.navigating();
    await page.goto(link!);
    await expect(page.locator('.report-document')).toBeVisible();
    await watched.settle();
    expect(watched.allRequests.filter((r) => r.includes('#')), 'a request carrying the fragment').toEqual([]);
    await expectPromisesKept(page, context, watched);
  });

  test('the pages that need no answers: landing, method, samples, an empty report', async ({ page, context, baseURL }) => {
    const watched = await guard(page, siteOrigin(baseURL));
    for (const path of ['', 'method/', 'sample/', 'sample/joint-ownership/', 'report/']) {
      watched.navigating();
      await page.goto(path);
      await watched.settle();
    }
    await expectPromisesKept(page, context, watched);
  });

  test('comparing: a compare link, and links pasted into the compare page', async ({ page, context, baseURL }) => {
    const watched = await guard(page, siteOrigin(baseURL));
    await page.goto(compareLinkFor([
      { label: 'Ana', persona: 'joint-ownership' },
      { label: 'Bo', persona: 'healthy-program' },
    ]));
    await expect(page.getByRole('heading', { level: 2, name: /2 reports side by side/ })).toBeVisible();
    await watched.settle();
    watched.navigating();
    await page.goto('compare/');
    await watched.settle();
    await page.getByLabel('Report links, one a line').fill([personaPayload('joint-ownership'), personaPayload('healthy-program')].join('\n'));
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /2 reports side by side/ })).toBeVisible();
    await expectPromisesKept(page, context, watched);
  });

  test('embedding: a blog post on another site with the check in a frame, taken to its inline report', async ({ page, context, baseURL }) => {
    const host = await startHost({ '/post/': { html: blogPost(`${baseURL}embed.js`) } });
    try {
      const watched = await guard(page, siteOrigin(baseURL), { hostOrigin: host.origin });
      const { path, answers } = followAnswers(library.questions, personas[1]!.story);
      await page.goto(`${host.origin}/post/`);
      const frame = await checkFrame(page);
      await watched.settle(frame);
      // By keyboard, the quicker way through (embed-sandbox.spec.ts takes a frame by mouse).
      await focusFrameByKeyboard(page, frame);
      for (const id of path) await answerByKeys(page, byId.get(id)!, answers[id]!, frame);
      // The report is the frame's own page: a new load, and after it, no request either.
      await frame.getByRole('link', { name: 'See my report' }).first().click();
      await expect(frame.locator('.report-document')).toBeVisible();
      await watched.settle(frame);
      await expectPromisesKept(page, context, watched);
    } finally {
      await host.close();
    }
  });
});
