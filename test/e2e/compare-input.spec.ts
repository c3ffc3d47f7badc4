/**
 * The compare form says what it did with what was pasted: the same report three times is compared
 * once and named, a link from another site says where it came from, a label over the limit is
 * flagged at its field, more than twelve links are refused with their count, and respondents who
 * describe different programs are told so first. The words are held by test/unit/compare/compare-messages.test.ts.
 */
import { expect, test } from '@playwright/test';
import { watchForErrors } from './interview-helpers';
import { SHOTS } from './report-helpers';
import { personaPayload } from './share-helpers';

test('the same report pasted three times, a link from another site and a long label: each is said, then compared once', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('compare/');
  const report = new URL('report/', page.url()).href;
  const joint = `${report}#${personaPayload('joint-ownership')}`;
  // Another copy of the check, on another host; modelers-only is still building with a team of 2 to 5.
  const other = `https://check.other.example/report/#${personaPayload('modelers-only')}`;
  await page.getByLabel('Report links, one a line').fill([joint, joint, joint, other].join('\n'));

  const rows = page.locator('.compare-entries li');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('The same report as link 1: it is compared once.');
  await expect(rows.nth(2)).toContainText('The same report as link 1: it is compared once.');
  await expect(rows.nth(3)).toContainText('From check.other.example, not this site');

  const label = page.getByLabel('Label for link 1');
  await label.fill('Ana, head of data science and analytics platform');
  await expect(label).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'a label holds at most 40' })).toContainText('48 characters');
  await page.screenshot({ path: `${SHOTS}/compare-input-320.png`, fullPage: true });
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.locator('.form-error')).toHaveText('The label for link 1 is longer than 40 characters. Shorten it to compare.');
  await expect(label).toBeFocused();

  await label.fill('Ana (Head of DS)');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /2 reports side by side/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Links left out' }).or(page.locator('.compare-problems'))).toContainText(
    'Links 1 (Ana (Head of DS)), 2 and 3 are the same report, so it is compared once, not 3 times.',
  );
  // Stage and size first: before the toolbar, the disagreements and the table.
  const context = page.locator('[data-program-context]');
  await expect(context.getByRole('heading', { level: 2 })).toHaveText('You do not describe the same program: its stage and the size of its team');
  expect(await page.locator('.compare-results > *').evaluateAll((children) => children.findIndex((c) => c.hasAttribute('data-program-context')))).toBe(2);
  await page.screenshot({ path: `${SHOTS}/compare-context-320.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await context.screenshot({ path: `${SHOTS}/compare-context-320-dark.png` });
  expect(errors).toEqual([]);
});

test('thirteen links are refused, with their count', async ({ page }) => {
  await page.goto('compare/');
  const link = `${new URL('report/', page.url()).href}#${personaPayload('healthy-program')}`;
  await page.getByLabel('Report links, one a line').fill(Array.from({ length: 13 }, () => link).join('\n'));
  const sentence = 'You pasted 13 links; up to 12 can be compared at once. Remove 1 link to compare.';
  await expect(page.locator('.form-note')).toHaveText(sentence);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'You pasted 13' })).toHaveText(sentence);
  await expect(page.getByLabel('Report links, one a line')).toBeFocused();
  expect(page.url()).not.toContain('#');
});
