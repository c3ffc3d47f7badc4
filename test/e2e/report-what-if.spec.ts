import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { diagnoseWithPath } from '../../src/diagnosis/full-report';
import { whatIfAnswers } from '../../src/interview/what-if-answers';
import { WCAG } from './axe';
import { watchForErrors } from './interview-helpers';
import { library, openReportWithSavedAnswers } from './report-helpers';
import { personaAnswers, personaPayload } from './share-helpers';

/** The principal constraint's title and the path forward's steps (what each fixes), as the page must show them. */
const expected = (answers: Record<string, string[]>) => {
  const full = diagnoseWithPath(library, answers)!;
  return { principal: full.report.principal.finding.title, steps: full.path.steps.map((s) => s.fixes.id) };
};

test.describe('the path forward and what if, on the report', () => {
  test('the path forward follows three reports of different shape', async ({ page }) => {
    const errors = watchForErrors(page);
    // A building team (three steps), a borrowed data engineer (two, then healthy) and clarity under pressure (four).
    for (const id of ['modelers-only', 'capacity-gap', 'clarity-under-pressure']) {
      const want = expected(personaAnswers(id));
      await page.goto(`report/#${personaPayload(id)}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(want.principal);
      const steps = page.locator('.path-steps > li');
      await expect(steps).toHaveCount(want.steps.length);
      expect(await steps.evaluateAll((items) => items.map((li) => li.getAttribute('data-fixes')))).toEqual(want.steps);
    }
    await page.goto('method/');
    await expect(page.getByRole('heading', { name: 'How the path forward is worked out' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What if', exact: true })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a change moves the principal with its marks, goes back, is shared as a scenario, and the editor works by keyboard and passes axe', async ({ page, browser }) => {
    const errors = watchForErrors(page);
    const answers = personaAnswers('joint-ownership');
    const saved = JSON.stringify(answers);
    const original = expected(answers);
    const scenario = expected(whatIfAnswers(library.questions, answers, { 'who-acts-first': ['named-person'] }).answers);
    expect(scenario.principal).not.toBe(original.principal);
    await openReportWithSavedAnswers(page, answers);

    // Opened by keyboard: focus moves into the editor, Escape closes it and gives focus back.
    const tryButton = page.getByRole('button', { name: 'Try a change' });
    await tryButton.focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('complementary', { name: 'Try a change' });
    await expect(editor.getByRole('heading', { name: 'Try a change' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(editor).toBeHidden();
    await expect(tryButton).toBeFocused();
    await page.keyboard.press('Enter');

    await editor.getByLabel('When something that several teams share goes wrong, who moves first?').selectOption('named-person');
    const headline = page.getByRole('heading', { level: 1 });
    await expect(headline).toContainText(scenario.principal);
    await expect(page.locator('.principal .what-if-mark')).toHaveText(`Changed Was: ${original.principal}`);
    await expect(page.getByRole('heading', { name: 'A what-if scenario, not the team’s answers' })).toBeVisible();
    await expect(page.locator('.ratings-chart tspan.was').first()).toContainText('was:');
    await expect(editor.getByRole('status')).toContainText(`(was: ${original.principal})`);
    const wasLabel = library.questions.find((q) => q.id === 'who-acts-first')!.options.find((o) => o.id === answers['who-acts-first']![0])!.label;
    await expect(editor.getByText(`Was: ${wasLabel}`)).toBeVisible();
    await expect(page.locator('.path-steps > li').first()).toHaveAttribute('data-fixes', scenario.steps[0]!);
    const axe = await new AxeBuilder({ page })
      .include('.what-if-editor')
      .include('.what-if-banner')
      .include('.principal')
      .options({ runOnly: { type: 'tag', values: WCAG }, resultTypes: ['violations'] })
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Presented, the scenario says it is one.
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Present view' })).toContainText(/what-if scenario/i);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Present view' })).toHaveCount(0);

    // The scenario's link is what the report shares now; the interview saved here is untouched.
    const link = await page.locator('#share-note a').getAttribute('href');
    expect(link).toMatch(/\/report\/#what-if\.[0-9A-Za-z]+\.[0-9A-Za-z]+$/);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('ai-team-check:interview')!).answers)).toEqual(JSON.parse(saved));

    await page.getByRole('button', { name: 'Back to my answers' }).click();
    await expect(headline).toContainText(original.principal);
    await expect(page.locator('.what-if-banner, .what-if-mark')).toHaveCount(0);
    await expect(editor.getByLabel('When something that several teams share goes wrong, who moves first?')).toHaveValue(answers['who-acts-first']![0]!);

    // Someone else opens the scenario: it says what it is, and goes back to the answers it was tried on.
    const context = await browser.newContext();
    const other = await context.newPage();
    const otherErrors = watchForErrors(other);
    await other.goto(link!);
    await expect(other.getByRole('heading', { name: 'A what-if scenario, not the team’s answers' })).toBeVisible();
    await expect(other.getByRole('heading', { level: 1 })).toContainText(scenario.principal);
    await other.getByRole('button', { name: 'Back to the original answers' }).click();
    await expect(other.getByRole('heading', { level: 1 })).toContainText(original.principal);
    expect(new URL(other.url()).hash).not.toContain('what-if');
    expect(await other.evaluate(() => localStorage.getItem('ai-team-check:interview'))).toBeNull();
    await context.close();
    expect([...errors, ...otherErrors]).toEqual([]);
  });
});
