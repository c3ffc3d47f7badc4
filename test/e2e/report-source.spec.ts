import { expect, test } from '@playwright/test';
import { followAnswers } from '../../src/questionnaire/follow';
import { latestCodebook } from '../../src/share/codebook';
import { loadCodebooksFromDisk } from '../../src/share/codebooks-fs';
import { encodeAnswers } from '../../src/share/link-codec';
import { personas } from '../fixtures/personas';
import { watchForErrors } from './interview-helpers';
import { expectedReport, library, openReportWithSavedAnswers, reportText, SHOTS } from './report-helpers';

const codebook = latestCodebook(loadCodebooksFromDisk())!;
const [mine, theirs] = [personas[0]!, personas[1]!];

test.describe('where the report\'s answers come from', () => {
  test('with no link and no answers in this browser, it says so and offers to start the check', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto('report/');
    await expect(page.getByRole('heading', { name: 'There are no answers to report on yet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start the check' })).toHaveAttribute('href', /\/check\/$/);
    expect(errors).toEqual([]);
  });

  test('a share link wins over the answers in this browser and shows the same report they would', async ({ page, browser }) => {
    const errors = watchForErrors(page);
    await openReportWithSavedAnswers(page, mine.story, `report/#${encodeAnswers(followAnswers(library.questions, theirs.story).answers, codebook)}`);
    await expect(page.getByText('From a shared link.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(expectedReport(theirs.story).principal.finding.title);
    const fromLink = await reportText(page);

    const other = await browser.newPage();
    await openReportWithSavedAnswers(other, theirs.story);
    await expect(other.getByText('From the answers in this browser.')).toBeVisible();
    expect(await reportText(other)).toBe(fromLink);
    await other.close();
    expect(errors).toEqual([]);
  });

  test('Edit answers from a link asks in a dialog before replacing different answers in progress', async ({ page }) => {
    // A native confirm() would be refused silently in a sandboxed frame: the question must be asked in the page.
    const native: string[] = [];
    page.on('dialog', (d) => {
      native.push(d.message());
      void d.dismiss();
    });
    const { answers } = followAnswers(library.questions, theirs.story);
    await openReportWithSavedAnswers(page, mine.story, `report/#${encodeAnswers(answers, codebook)}`);
    const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('ai-team-check:interview') ?? 'null').answers);
    const mineSaved = followAnswers(library.questions, mine.story).answers;
    const dialog = page.getByRole('dialog', { name: 'Edit these answers?' });

    const edit = page.getByRole('button', { name: 'Edit answers' });
    await edit.click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Keep my answers' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(edit).toBeFocused();
    await expect(page.getByText('From a shared link.')).toBeVisible();
    expect(await saved()).toEqual(mineSaved);

    // An evidence link asks too, and goes to its own question once the reader agrees.
    const question = expectedReport(theirs.story).principal.evidence[0]!.question;
    // The principal's answers sit behind "The answers behind it"; each links to its answer in the review.
    await page.locator('.principal-evidence summary').click();
    const evidence = page.locator('.principal').locator(`a[href$="#answer-${question}"]`);
    await evidence.click();
    await dialog.getByRole('button', { name: 'Keep my answers' }).click();
    await expect(dialog).toBeHidden();
    expect(page.url()).toContain('/report/#');
    expect(await saved()).toEqual(mineSaved);

    await evidence.click();
    await dialog.getByRole('button', { name: 'Replace my answers' }).click();
    await page.waitForURL(new RegExp(`/check/#answer-${question}$`));
    expect(await saved()).toEqual(answers);
    expect(native).toEqual([]);
  });

  test('answers of an unfinished check give a report that says so and offers to continue', async ({ page }) => {
    const { path, answers } = followAnswers(library.questions, mine.story);
    const partial = Object.fromEntries(path.slice(0, 4).map((id) => [id, answers[id]!]));
    await openReportWithSavedAnswers(page, partial);
    await expect(page.getByText('This report is based on an unfinished check')).toBeVisible();
    await page.getByRole('link', { name: 'Continue the check' }).click();
    await page.waitForURL(/\/check\/$/);
  });

  test('a link that cannot be read shows a message and an offer to start the check, never the answers in this browser', async ({ page }) => {
    const errors = watchForErrors(page);
    await openReportWithSavedAnswers(page, personas[0]!.story);
    for (const fragment of ['garbage!', 'zzzzzzzzzzzz', 'x'.repeat(5000), '%E0%A4%A', '<img src=x onerror=alert(1)>']) {
      // Loaded afresh with the link each time, as when it is opened.
      await page.goto(`report/#${fragment}`);
      await page.reload();
      const name = `#${fragment.slice(0, 16)}`;
      await expect(page.getByRole('heading', { name: 'This report link cannot be opened' }), name).toBeVisible();
      await expect(page.getByRole('link', { name: 'Start the check' }), name).toBeVisible();
      await expect(page.locator('.report-document'), name).toHaveCount(0);
      await expect(page.locator('img'), name).toHaveCount(0);
    }
    expect(errors).toEqual([]);
  });

  test('reads at 320 and 1280 px, with nothing wider than the screen (the themes change colours only)', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.setViewportSize({ width: 320, height: 900 });
    await openReportWithSavedAnswers(page, personas[1]!.story);
    await page.getByText('Show the ratings as a table').click();
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.screenshot({ path: `${SHOTS}/report-${width}-${colorScheme}.png`, fullPage: true });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
    expect(errors).toEqual([]);
  });
});
