/**
 * The frame keeps the reader in place on a phone: the loader's frame grows with each question, and the
 * host page would stay scrolled down after Continue, leaving the next question's heading above the
 * screen. The frame says it moved on (`ai-team-check:step`) and the loader brings its top into view.
 */
import { expect, test } from '@playwright/test';
import { aBranch, blogPost, checkFrame, startHost, SHOTS, watchFrames, type HostServer } from './embed-helpers';

let host: HostServer;
test.afterEach(async () => host?.close());

test('on a 360×740 host page, after each Continue the next question’s heading is on the screen', async ({ page, baseURL }) => {
  host = await startHost({ '/post/': { html: blogPost(`${baseURL}embed.js`) } });
  const problems = await watchFrames(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${host.origin}/post/`);
  const frame = await checkFrame(page);
  const iframe = page.locator('iframe[title="AI Team Check"]');
  const path = aBranch();

  for (const [i, id] of path.questions.entries()) {
    const form = frame.locator(`form[data-question="${id}"]`);
    await expect(form).toBeVisible();
    if (i > 0) {
      // Where the heading is on the host's screen: the frame's place plus the heading's place in it.
      await expect
        .poll(async () => {
          const top = await iframe.evaluate((f) => f.getBoundingClientRect().top);
          const box = await form.locator('h2').evaluate((h) => {
            const r = h.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom };
          });
          return top + box.top >= 0 && top + box.bottom <= 740;
        }, { message: `the heading of ${id} is on the screen` })
        .toBe(true);
    }
    for (const option of path.answers[id]!) await form.locator(`input[value="${option}"]`).check();
    // The reader scrolls down to the button, as on a phone, and taps it.
    await form.getByRole('button', { name: 'Continue' }).scrollIntoViewIfNeeded();
    await form.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(frame.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/embed-scroll-360.png` });
  expect(problems).toEqual([]);
});
