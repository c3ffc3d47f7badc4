import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PLAN_PERIOD_KEYS } from '../../src/diagnosis/plan';
import { personas } from '../fixtures/personas';
import { expectNoViolationsInBothThemes } from './axe';
import { watchForErrors } from './interview-helpers';
import { expectedReport, openReportWithSavedAnswers } from './report-helpers';

const persona = personas[0]!;

test.describe('the Present view', () => {
  test('opens straight from /report/?present, and Escape returns focus to the report', async ({ page }) => {
    const errors = watchForErrors(page);
    await openReportWithSavedAnswers(page, persona.story, 'report/?present');
    const present = page.getByRole('dialog', { name: 'Present view' });
    await expect(present).toBeVisible();
    await expect(present.getByRole('button', { name: 'Close' })).toBeFocused();
    // On a laptop it is the slide, not the phone's page.
    await expect(present.locator('svg.slide')).toBeVisible();
    await expect(present.locator('.present-portrait')).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(present).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('shows the principal constraint, eight ratings and three actions, and downloads the slide as SVG and PNG', async ({ page }) => {
    const expected = expectedReport(persona.story);
    await openReportWithSavedAnswers(page, persona.story);
    await page.getByRole('button', { name: 'Present' }).click();
    const slide = page.getByRole('dialog', { name: 'Present view' }).locator('svg.slide');
    await expect(slide).toContainText(expected.ratings[0]!.dimension.name);
    await expect(slide.locator('circle')).toHaveCount(Math.min(3, PLAN_PERIOD_KEYS.flatMap((k) => expected.plan[k]).length));

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download slide (SVG)' }).click()]);
    expect(svgDownload.suggestedFilename()).toMatch(/^ai-team-check-slide-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(expected.principal.finding.title.split(' ').slice(0, 3).join(' '));

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download slide (PNG)' }).click()]);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1920);
    expect(png.readUInt32BE(20)).toBe(1080);
  });

  test('on a phone, either way up, is a page that scrolls in full-size type with the headline on screen, Tab kept inside it', async ({ page }) => {
    const expected = expectedReport(persona.story);
    await page.setViewportSize({ width: 360, height: 740 });
    await openReportWithSavedAnswers(page, persona.story, 'report/?present');
    const present = page.getByRole('dialog', { name: 'Present view' });
    const headline = present.getByRole('heading', { level: 2 }).locator('.headline');
    await expect(headline).toHaveText(expected.principal.finding.title);
    await expect(present.locator('svg.slide')).toBeHidden();
    const actions = present.locator('.present-actions .do');
    await expect(actions).toHaveCount(Math.min(3, PLAN_PERIOD_KEYS.flatMap((k) => expected.plan[k]).length));
    for (const viewport of [{ width: 360, height: 740 }, { width: 740, height: 360 }]) {
      await page.setViewportSize(viewport);
      await expect(headline, `headline on screen at ${viewport.width}×${viewport.height}`).toBeInViewport({ ratio: 1 });
      const sizes = await present.evaluate((dialog) => {
        const px = (selector: string) => Math.min(...[...dialog.querySelectorAll(selector)].map((e) => parseFloat(getComputedStyle(e).fontSize)));
        return { headline: px('.headline'), action: px('.present-actions .do'), rating: px('.ratings-chart text'), overflow: dialog.scrollWidth - dialog.clientWidth, page: document.documentElement.scrollWidth - window.innerWidth };
      });
      // A 16:9 slide scaled to 360 px set its headline at 13 px and its ratings at 6 px.
      expect(sizes.headline, 'headline size').toBeGreaterThanOrEqual(24);
      expect(sizes.action, 'action text size').toBeGreaterThanOrEqual(16);
      expect(sizes.rating, 'rating text size').toBeGreaterThanOrEqual(12);
      expect([sizes.overflow, sizes.page], 'no sideways scroll').toEqual([0, 0]);
    }
    await expect(present.getByRole('button', { name: 'Close' })).toBeFocused();
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      expect(await present.evaluate((dialog) => dialog.contains(document.activeElement)), `Tab ${i + 1} stays in the dialog`).toBe(true);
    }
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoViolationsInBothThemes(page, 'the Present view on a phone', '.present');
  });
});
