import { expect as baseExpect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { watchForErrors } from './interview-helpers';
import { openReportWithSavedAnswers, reportText, SHOTS, reportAction } from './report-helpers';
import { personaAnswers, personaPayload } from './share-helpers';

/** Islands hydrate late when the shared CPU is busy: wait longer than the default before calling a page broken. */
const expect = baseExpect.configure({ timeout: 15_000 });

const PERSONA = 'clarity-under-pressure';

/** What must be identical on two renderings of one report: the principal constraint and the ratings table. */
async function reportFingerprint(page: Page) {
  return {
    principal: await page.getByRole('heading', { level: 1 }).innerText(),
    ratings: await page.locator('.ratings-table table').textContent(),
    // Every section, word for word: findings, evidence, map, staffing, plan, questions, strengths, link.
    text: await reportText(page),
  };
}

test.describe('sharing a report', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy link puts the standalone report link on the clipboard, and it opens the identical report in a new browser context', async ({
    page,
    browser,
    baseURL,
  }) => {
    const errors = watchForErrors(page);
    await openReportWithSavedAnswers(page, personaAnswers(PERSONA));
    const original = await reportFingerprint(page);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('.share-status')).toHaveText(/Link copied/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${new URL('report/', baseURL).href}#${personaPayload(PERSONA)}`);
    expect(link).not.toContain('/embed/');

    // A new context shares nothing with the first: no storage, so the report can only come from the link.
    const other = await browser.newContext();
    const reader = await other.newPage();
    const readerErrors = watchForErrors(reader);
    await reader.goto(link);
    await expect(reader.locator('.report-document')).toBeVisible();
    await expect(reader.getByText('From a shared link.')).toBeVisible();
    expect(await reportFingerprint(reader)).toEqual(original);
    expect(await reader.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await other.close();
    expect([...errors, ...readerErrors]).toEqual([]);
  });

  test('the QR code on the report decodes to the share link', async ({ browser, baseURL }) => {
    // Twice the pixels, as a phone camera would see a printed page.
    const context = await browser.newContext({ deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`report/#${personaPayload(PERSONA)}`);
    // The Share menu opens the note with the code.
    await (await reportAction(page, 'Show the QR code', 'link')).click();
    const qr = page.locator('.share-note svg').first();
    await qr.scrollIntoViewIfNeeded();
    await expect(qr.locator('.qr')).toBeAttached(); // drawn once it comes near the screen
    const png = PNG.sync.read(await qr.screenshot({ path: `${SHOTS}/share-qr.png` }));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(`${new URL('report/', baseURL).href}#${personaPayload(PERSONA)}`);
    await context.close();
  });

  test('the Present view\'s QR code decodes to the share link too', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`report/#${personaPayload(PERSONA)}`);
    await page.getByRole('button', { name: 'Present' }).click();
    const qr = page.getByRole('dialog', { name: 'Present view' }).getByRole('img', { name: 'QR code of the link to this report' });
    await expect(qr).toBeVisible();
    const png = PNG.sync.read(await qr.screenshot({ path: `${SHOTS}/present-qr.png` }));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(`${new URL('report/', baseURL).href}#${personaPayload(PERSONA)}`);
    await context.close();
  });

  test('on paper the share link is printed at the end of the report, in full, after every section', async ({ page, baseURL }) => {
    await page.goto(`report/#${personaPayload(PERSONA)}`);
    await expect(page.locator('.report-document')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const note = page.getByRole('region', { name: 'Link to this report' });
    await expect(note).toBeVisible();
    await expect(note).toContainText(`${new URL('report/', baseURL).href}#${personaPayload(PERSONA)}`);
    // Nothing of the report that is printed comes after it.
    const last = await page.locator('.report-document').evaluate((doc) => {
      const shown = [...doc.querySelectorAll('section, p, li, h2, table')].filter((el) => {
        const box = el.getBoundingClientRect();
        return box.height > 0 && getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden';
      });
      const lowest = shown.reduce((a, b) => (b.getBoundingClientRect().bottom > a.getBoundingClientRect().bottom ? b : a));
      return lowest.closest('.share-note') !== null;
    });
    expect(last).toBe(true);
  });

  test('"Save as PDF" opens the browser\'s print dialog', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => void ((window as unknown as { __printed: number }).__printed += 1);
    });
    await page.goto(`report/#${personaPayload(PERSONA)}`);
    await (await reportAction(page, 'Save as PDF')).click();
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  });

  test('the QR code is drawn only when it is about to be seen: opened, or printed', async ({ page }) => {
    await page.goto(`report/#${personaPayload(PERSONA)}`);
    await expect(page.locator('.report-document')).toBeVisible();
    const qr = page.locator('.share-note .qr');
    await expect(page.locator('.share-note')).not.toBeInViewport();
    await expect(qr).toHaveCount(0);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(qr).toBeAttached();
  });

  test('when the clipboard is refused, the link is shown in a read-only field, selected, with a message', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.goto(`report/#${personaPayload(PERSONA)}`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('.share-status')).toHaveText(/did not let the page copy/);
    const field = page.getByRole('textbox', { name: 'Link to this report' });
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute('readonly', '');
    const link = `${new URL('report/', baseURL).href}#${personaPayload(PERSONA)}`;
    await expect(field).toHaveValue(link);
    expect(await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, link.length]);
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.getByRole('group', { name: 'Report actions' }).screenshot({ path: `${SHOTS}/share-toolbar-${width}.png` });
    }
  });

  test('Remind me in 90 days downloads a calendar event holding the share link and the link to the check', async ({ page, baseURL }) => {
    await page.goto(`report/#${personaPayload(PERSONA)}`);
    const [download] = await Promise.all([page.waitForEvent('download'), (await reportAction(page, 'Remind me in 90 days')).click()]);
    expect(download.suggestedFilename()).toBe('ai-team-check-reminder.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    const unfolded = ics.replace(/\r\n /g, '');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(unfolded).toContain(`${new URL('report/', baseURL).href}#${personaPayload(PERSONA)}`);
    expect(unfolded).toContain(new URL('check/', baseURL).href);
    const day = new Date();
    day.setDate(day.getDate() + 90);
    const ymd = `${day.getFullYear()}${String(day.getMonth() + 1).padStart(2, '0')}${String(day.getDate()).padStart(2, '0')}`;
    expect(unfolded).toContain(`DTSTART;VALUE=DATE:${ymd}`);
    await expect(page.locator('.share-status')).toHaveText(/Calendar file downloaded/);

    // The event also carries a compare link with this report as the older check, ready for the new one.
    const compareUrl = /(https?:\/\/\S+\/compare\/#over-time\.[\w%~.-]+)/.exec(unfolded)?.[1];
    expect(compareUrl).toBeDefined();
    await page.goto(compareUrl!);
    await expect(page.getByText('One report is ready')).toBeVisible();
    await expect(page.getByRole('radio', { name: /same team at different times/ })).toBeChecked();
    await expect(page.getByLabel('Label for link 1')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('Compare with colleagues opens the compare page with this report’s link filled in', async ({ page, baseURL }) => {
    const errors = watchForErrors(page);
    await page.goto(`report/#${personaPayload(PERSONA)}`);
    await (await reportAction(page, 'Compare with colleagues', 'link')).click();
    await expect(page).toHaveURL(new RegExp(`/compare/#${personaPayload(PERSONA)}$`));
    await expect(page.getByText('One report is ready')).toBeVisible();
    await expect(page.getByLabel('Report links, one a line')).toHaveValue(`${new URL('report/', baseURL).href}#${personaPayload(PERSONA)}`);
    await expect(page.locator('.compare-entries li')).toContainText('Ready to compare.');
    expect(errors).toEqual([]);
  });
});
