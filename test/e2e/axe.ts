import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as axe-core tags it. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What a full pass runs: every rule with the WCAG 2.2 AA tags (target size included, which axe leaves
 * out by default) and axe's best practices (landmarks, heading order, one h1 a page...).
 */
const FULL = [...WCAG, 'best-practice'];

/**
 * The WCAG 2.2 AA rules whose outcome depends on colours: the only ones a second colour scheme can
 * change. The themes are custom properties of colour only (src/styles/global.css), so widths, structure,
 * names and roles are the same in both, and the other rules would only say again what the first pass said.
 */
export const COLOUR_RULES: readonly string[] = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page as it is now (every rule of `FULL`, or only `rules`; on the whole page, or only
 * `within` a selector) and fails with every violation, its nodes and how to fix them.
 */
export async function expectNoViolations(page: Page, state: string, rules?: readonly string[], within?: string) {
  const runOnly = rules ? { type: 'rule' as const, values: [...rules] } : { type: 'tag' as const, values: FULL };
  // Only violations are read, so axe need not collect every passing node (much of its time on a long report).
  const builder = new AxeBuilder({ page }).options({ runOnly, resultTypes: ['violations'] });
  const results = await (within ? builder.include(within) : builder).analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replaceAll('\n', ' ')}`).join('\n')}`,
  );
  expect(found, `axe violations in ${state}`).toEqual([]);
}

/**
 * Axe on the page as it is now in both colour schemes: every rule in the light theme, then the colour
 * rules in the dark one, switched in place (the page's colours follow the media query at once: no
 * transition animates them). Leaves the page in the light theme.
 */
export async function expectNoViolationsInBothThemes(page: Page, state: string, within?: string) {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoViolations(page, `${state}, light theme`, undefined, within);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page, `${state}, dark theme`, COLOUR_RULES, within);
  await page.emulateMedia({ colorScheme: 'light' });
}
