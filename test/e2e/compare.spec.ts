import { expect as baseExpect, test } from '@playwright/test';
import { expectNoViolations, expectNoViolationsInBothThemes } from './axe';
import { disagreementTitle, PROGRESS_FINDINGS } from '../../src/compare/compare-text';
import { factDisagreements, groupByKind } from '../../src/compare/disagreements';
import { progressBetween } from '../../src/compare/progress';
import { watchForErrors } from './interview-helpers';
import { expectedReport, library, SHOTS } from './report-helpers';
import { compareLinkFor, personaAnswers, personaPayload } from './share-helpers';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { DisagreementTextsSchema } from '../../src/schemas/disagreement-text';

/** Islands hydrate late when the shared CPU is busy: wait longer than the default before calling a page broken. */
const expect = baseExpect.configure({ timeout: 15_000 });

const texts = DisagreementTextsSchema.parse(parse(readFileSync('content/compare/disagreements.yaml', 'utf8')));

/** Three leaders of one program in production who disagree about who owns what. */
const THREE = [
  { label: 'Ana (Head of DS)', persona: 'joint-ownership' },
  { label: 'Bo (IT)', persona: 'healthy-program' },
  { label: 'Chen', persona: 'new-lead-unsure' },
];

test.describe('the compare page at /compare/', () => {
  test('a compare link with three respondents shows their disagreements, ratings and principal constraints', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto(compareLinkFor(THREE));
    const heading = page.getByRole('heading', { level: 2, name: /3 reports side by side/ });
    await expect(heading).toContainText('Ana (Head of DS), Bo (IT) and Chen');

    // Disagreement is a finding: each matter of fact they answered differently, with why it matters.
    const expected = factDisagreements(library, THREE.map((t) => personaAnswers(t.persona)));
    expect(expected.filter((d) => d.kind === 'accountability')).toHaveLength(4);
    const groups = groupByKind(expected);
    const cards = page.locator('[data-disagreement-kind]');
    await expect(cards).toHaveCount(groups.length);
    for (const [i, group] of groups.entries()) {
      await expect(cards.nth(i).getByRole('heading', { level: 3 })).toHaveText(disagreementTitle(group, texts));
    }
    await expect(page.locator('[data-disagreement]')).toHaveCount(expected.length);
    const owners = page.locator('[data-disagreement-kind="accountability"]');
    await expect(owners.getByRole('heading', { level: 3 })).toHaveText(
      'No agreement on who owns model performance, production behaviour, business outcome and running cost',
    );
    const owner = owners.locator('[data-disagreement="model performance"]');
    await expect(owner).toContainText('Several teams jointly');
    await expect(owner).toContainText('One named person');
    await expect(owner).toContainText("Don't know");
    await expect(owners).toContainText(texts.accountability.why);

    // Side by side: a column each, the principal constraint and a rating per dimension.
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(THREE.map((t) => t.label));
    for (const [i, t] of THREE.entries()) {
      const report = expectedReport(personaAnswers(t.persona));
      await expect(table.locator('.principal-row td').nth(i)).toContainText(report.principal.finding.title);
    }
    await expect(table.locator('tbody tr')).toHaveCount(1 + library.dimensions.length);
    await expect(table.locator('tr[data-dimension="accountability"]')).toContainText('Ratings differ');

    // The questions where their answers differ, with each answer and who gave it.
    const differences = page.locator('.differences > li');
    await expect(differences.first()).toBeVisible();
    const pipelines = page.locator('.differences > li[data-question="data-pipelines"]');
    await expect(pipelines).toContainText('Fact about the team');
    expect(errors).toEqual([]);
  });

  test('pasted links with typed labels compare; an unreadable line says why and the rest still compare', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto('compare/');
    const links = page.getByLabel('Report links, one a line');
    const good = personaPayload('healthy-program');
    const tampered = `${good.slice(0, -1)}${good.endsWith('a') ? 'b' : 'a'}`;
    await links.fill([`http://example.org/report/#${personaPayload('joint-ownership')}`, good, `https://x.test/report/#${tampered}`].join('\n'));
    await page.getByLabel('Label for link 1').fill('Ana');
    await page.getByLabel('Label for link 2').fill('Bo');
    await expect(page.locator('.compare-entries li').nth(2)).toContainText('changed or cut short');
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.locator('.compare-form').screenshot({ path: `${SHOTS}/compare-form-${width}.png` });
    }
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /2 reports side by side: Ana and Bo/ })).toBeFocused();
    expect(new URL(page.url()).hash).toMatch(/^#Ana~\w+\.Bo~\w+$/);
    // The labels live in the link alone: nothing of them is kept in this browser.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain('Ana');
    await expect(page.locator('[data-disagreement-kind="accountability"] [data-disagreement]')).toHaveCount(4);
    await expect(page.getByRole('note', { name: 'Links left out' })).toContainText('Line 3: This link was changed or cut short');
    expect(errors).toEqual([]);
  });

  test('a compare link with a broken entry names it and compares the others', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto(`${compareLinkFor(THREE.slice(0, 2))}.Dee~1garbage`);
    await expect(page.getByRole('note', { name: 'Links left out' })).toContainText('Dee:');
    await expect(page.getByRole('heading', { level: 2, name: /2 reports side by side/ })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('over time: an older and a newer check of one team show what improved and what got worse', async ({ page }) => {
    const errors = watchForErrors(page);
    await page.goto(compareLinkFor([{ label: 'January', persona: 'new-lead-unsure' }, { label: 'April', persona: 'healthy-program' }], 'over-time'));
    const progress = page.getByRole('region', { name: /What changed: January → April/ });
    await expect(progress).toBeVisible();
    // What the engine says changed, shown as it says: the dimensions that moved, and the findings that came and went.
    const expected = progressBetween(expectedReport(personaAnswers('new-lead-unsure')), expectedReport(personaAnswers('healthy-program')));
    const better = expected.dimensions.filter((d) => d.change === 'better').map((d) => d.dimension.id);
    expect(better.length, 'the newer check rates some dimension better').toBeGreaterThan(0);
    await expect(progress.locator('li.better')).toHaveCount(better.length);
    for (const id of better) await expect(progress.locator(`li.better[data-dimension="${id}"]`)).toBeVisible();
    expect(expected.resolved.length, 'the newer check resolves some problem').toBeGreaterThan(0);
    for (const { key, kind } of PROGRESS_FINDINGS) {
      const shown = await progress.locator(`.progress-findings.${kind} [data-finding]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
      expect(shown, key).toEqual(expected[key].map((f) => f.id));
    }
    await expect(page.locator('[data-disagreement]')).toHaveCount(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `${SHOTS}/compare-over-time-1280.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  for (const [name, path] of [
    ['three respondents', compareLinkFor(THREE)],
    ['one team over time', compareLinkFor([{ label: 'January', persona: 'new-lead-unsure' }, { label: 'April', persona: 'healthy-program' }], 'over-time')],
    ['the empty form', 'compare/'],
  ] as const) {
    test(`${name} at 320 and 1280 px: nothing overflows, no axe violations (WCAG 2.2 AA) in either theme, no CSP violation`, async ({ page }) => {
      const violations: string[] = [];
      await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.effectiveDirective} ${e.blockedURI}`),
        ),
      );
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await expect(page.getByRole('button', { name: 'Compare' })).toBeAttached();
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      // At 1280 px every rule in the light theme and the colour rules in the dark one; at 320 px every rule, dark.
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
        if (width === 1280) await expectNoViolationsInBothThemes(page, `${page.url()} at ${width} px`);
        else {
          await page.emulateMedia({ colorScheme: 'dark' });
          await expectNoViolations(page, `${page.url()} at ${width} px, dark theme`);
        }
        if (name === 'three respondents') await page.screenshot({ path: `${SHOTS}/compare-three-${width}.png`, fullPage: true });
      }
      expect(violations).toEqual([]);
    });
  }
});
