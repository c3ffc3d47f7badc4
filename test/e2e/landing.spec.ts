import { expect, test } from '@playwright/test';
import { enumerateInterviewPaths } from '../../src/interview/paths';
import { interviewLength } from '../../src/interview/progress';
import { ARTICLE_TITLE } from '../../src/diagnosis/report-labels';
import { loadLibraryFromDisk, loadQuestionsFromDisk } from '../fixtures/content';
import { SAVED_KEY, waitForIslands, watchForErrors } from './interview-helpers';

const length = interviewLength(enumerateInterviewPaths(loadQuestionsFromDisk()).map((p) => p.questions.length));

test.describe('the landing page', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('says what the check is, how long it takes from the real paths, and that answers stay in the browser', async ({ page }) => {
      await page.goto('');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Is your AI team built to ship models/);
      await expect(page.getByText(`${length.fewestQuestions}–${length.mostQuestions} questions`)).toBeVisible();
      await expect(page.getByText(`About ${length.fewestMinutes}–${length.mostMinutes} minutes`)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Your answers stay with you' })).toBeVisible();
      await expect(page.getByText(/no backend to send answers to, no analytics and no cookies/)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Who it is for' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'What it looks at' })).toBeVisible();
      await expect(page.locator('.dimensions dt')).toHaveCount(8);
      await expect(page.getByRole('link', { name: 'Start the check' })).toHaveAttribute('href', /\/check\/$/);
      await expect(page.getByRole('link', { name: 'See a sample report' })).toHaveAttribute('href', /\/sample\/$/);
      await expect(page.locator('#embed').getByRole('heading', { name: 'Embed it' })).toBeVisible();
      await expect(page.locator('#embed code').first()).toContainText('embed.js');
    });

    test('carries link-preview meta and a 1200×630 PNG preview image', async ({ page, request }) => {
      await page.goto('');
      const meta = (selector: string) => page.locator(selector).getAttribute('content');
      expect(await meta('meta[property="og:title"]')).toBeTruthy();
      expect(await meta('meta[property="og:description"]')).toBeTruthy();
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      const image = (await meta('meta[property="og:image"]'))!;
      expect(await meta('meta[name="twitter:image"]')).toBe(image);
      const response = await request.get(new URL(image, page.url()).href);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      // The PNG header's IHDR chunk holds the width and the height.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });
  });

  test('offers to resume only when a check is in progress in this browser', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto('');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole('link', { name: 'Start the check' })).toBeVisible();
    // The resume offer is an island: only once it has hydrated and read the storage does its absence mean anything.
    await waitForIslands(page);
    await expect(page.getByRole('link', { name: 'Resume the check' })).toHaveCount(0);

    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ version: 1, answers: { stage: ['building'] }, path: ['stage'] })), SAVED_KEY);
    await page.reload();
    await expect(page.getByText('You have answered 1 question in this browser.')).toBeVisible();
    await page.getByRole('link', { name: 'Resume the check' }).click();
    await expect(page).toHaveURL(/\/check\/$/);
    await expect(page.locator('.interview[data-live] form[data-question="team-size"]')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('the method page', () => {
  const bank = loadQuestionsFromDisk();
  const library = loadLibraryFromDisk();

  test('explains the eight dimensions and both rules, maps every question and branch from the content, and credits the article', async ({ page }) => {
    await page.goto('method/');
    const dimensions = page.locator('.dimensions h3');
    await expect(dimensions).toHaveText(library.dimensions.map((d) => d.name));
    for (const heading of ['How a dimension is rated', 'How the principal constraint is chosen', 'Map of the interview', 'Credit']) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    // The map: one node per question plus the end, and the same questions listed in words with their branches.
    const map = page.getByRole('img', { name: 'Map of the interview' });
    await expect(map.locator('circle.node')).toHaveCount(bank.length);
    const listed = await page.locator('.map-list > li > strong').allTextContents();
    expect([...listed].sort()).toEqual(bank.map((q) => q.prompt).sort());
    const branches = bank.reduce((n, q) => n + (typeof q.next === 'string' ? 1 : q.next.length), 0);
    await expect(page.locator('.map-list > li > ul > li')).toHaveCount(branches);
    await expect(page.locator('cite')).toHaveText(ARTICLE_TITLE);
  });
});
