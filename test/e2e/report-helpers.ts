import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { diagnose, type Report } from '../../src/diagnosis/report';
import { followAnswers } from '../../src/questionnaire/follow';
import type { AnswerMap } from '../../src/schemas/answers';
import { QUESTIONNAIRE_VERSION } from '../fixtures/questionnaire-version';
import { loadLibraryFromDisk } from '../fixtures/content';

export const library = loadLibraryFromDisk();

/** Where screenshots go: outside the repository, to be looked at, never committed. */
export const SHOTS = '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

/** The report the page must show for a set of answers, computed in Node with the same code. */
export function expectedReport(answers: AnswerMap): Report {
  const report = diagnose(library, answers);
  if (!report) throw new Error('these answers give no report');
  return report;
}

/** Opens /report/ with these answers saved in this browser as a finished interview would leave them. */
export async function openReportWithSavedAnswers(page: Page, answers: AnswerMap, path = 'report/') {
  const followed = followAnswers(library.questions, answers);
  const saved = JSON.stringify({ version: QUESTIONNAIRE_VERSION, answers: followed.answers, path: followed.path });
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('ai-team-check:interview', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, saved);
  await page.goto(path);
  // Generous: the island computes the report after hydration, which a busy machine can slow down.
  await expect(page.locator('.report-document')).toBeVisible({ timeout: 20_000 });
}

/** The report's text, without the page's actions (which sit inside it, after the principal constraint), to compare two renderings. */
export async function reportText(page: Page): Promise<string> {
  return page.locator('.report-document').evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    // The actions on the report (its toolbar, "Try a change") are not its text.
    copy.querySelector('.report-toolbar')?.remove();
    copy.querySelector('.what-if-try')?.remove();
    // Where the answers came from (a link or this browser) is said once, in the findings' lead-in.
    copy.querySelector('.findings-intro')?.remove();
    return copy.textContent ?? '';
  });
}

/** Which toolbar menu holds each report action (the rest sit in the toolbar itself). */
const MENU_OF: Readonly<Record<string, 'Share' | 'Export'>> = {
  'Compare with colleagues': 'Share',
  'Remind me in 90 days': 'Share',
  'Show the QR code': 'Share',
  'Save as PDF': 'Export',
  'Copy as Markdown': 'Export',
  'Download .md': 'Export',
  'Export answers (.json)': 'Export',
  'Import answers (.json)': 'Export',
};

/** A report action by its name, its menu opened first when it lives in one (Share or Export). */
export async function reportAction(page: Page, name: string, role: 'button' | 'link' = MENU_OF[name] === 'Share' && name === 'Compare with colleagues' ? 'link' : 'button') {
  const menu = MENU_OF[name];
  // The import is a file field's label, not a button.
  const item = name === 'Import answers (.json)' ? page.getByText(name, { exact: true }) : page.getByRole(role, { name, exact: true });
  const menuButton = menu ? page.getByRole('button', { name: menu, exact: true }) : undefined;
  // Wait for the page to show one or the other (the island may still be reading the answers), then open the menu if need be.
  if (menuButton) await expect(item.or(menuButton).filter({ visible: true }).first()).toBeVisible();
  if (menuButton && !(await item.isVisible())) await menuButton.click();
  await expect(item).toBeVisible();
  return item;
}

/** The problem findings' ids in the order the page lists them: grouped by severity, the report's order within each group. */
export function shownProblemIds(report: Report): string[] {
  const order = ['critical', 'major', 'minor'];
  return order.flatMap((severity) => report.problems.filter((p) => p.finding.severity === severity).map((p) => p.finding.id));
}
