import { expect as baseExpect, test } from '@playwright/test';
import { DECODE_FAILURE_MESSAGES } from '../../src/share/link-codec';
import { MAX_PAYLOAD_LENGTH, sealPayload } from '../../src/share/payload-envelope';
import { watchForErrors } from './interview-helpers';
import { personaPayload } from './share-helpers';

/** Islands hydrate late when the shared CPU is busy: wait longer than the default before calling a page broken. */
const expect = baseExpect.configure({ timeout: 15_000 });

const good = personaPayload('joint-ownership');
/** The same body sealed as version 9: a link from a newer version of the check than this build. */
const newer = sealPayload(9, good.slice(1, -2));

const BROKEN: [string, string, string][] = [
  ['a tampered link (one character changed)', `${good.slice(0, 6)}${good[6] === 'x' ? 'y' : 'x'}${good.slice(7)}`, DECODE_FAILURE_MESSAGES.checksum],
  ['a truncated link', good.slice(0, -4), DECODE_FAILURE_MESSAGES.checksum],
  ['a link from a newer version', newer, DECODE_FAILURE_MESSAGES['newer-version']],
  ['garbage', '<img src=x onerror=alert(1)>', DECODE_FAILURE_MESSAGES.malformed],
  ['an absurdly long link', 'A'.repeat(MAX_PAYLOAD_LENGTH * 50), DECODE_FAILURE_MESSAGES['too-long']],
];

test.describe('a report link that cannot be read', () => {
  for (const [name, payload, message] of BROKEN) {
    test(`${name}: a clear message and an offer to start the check, never a half report`, async ({ page }) => {
      const errors = watchForErrors(page);
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await page.goto(`report/#${encodeURIComponent(payload)}`);
      await expect(page.getByRole('heading', { level: 1, name: 'This report link cannot be opened' })).toBeVisible();
      await expect(page.getByText(message)).toBeVisible();
      await expect(page.getByRole('link', { name: 'Start the check' })).toHaveAttribute('href', /\/check\/$/);
      await expect(page.locator('.report-document')).toHaveCount(0);
      await expect(page.getByRole('group', { name: 'Report actions' })).toHaveCount(0);
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      expect(dialogs).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  test('a link that was fine, then broken in the address bar, swaps the report for the message', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto(`report/#${good}`);
    await expect(page.locator('.report-document')).toBeVisible();
    await page.evaluate((hash) => (window.location.hash = hash), good.slice(0, -3));
    await expect(page.getByRole('heading', { level: 1, name: 'This report link cannot be opened' })).toBeVisible();
    await expect(page.locator('.report-document')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
