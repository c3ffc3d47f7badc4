import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PLAN_PERIOD_KEYS } from '../../src/diagnosis/plan';
import { personas } from '../fixtures/personas';
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
});
