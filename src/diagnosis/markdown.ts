/**
 * The report as Markdown, for Confluence, Notion, mail or a slide's notes: every section of the page,
 * in the same order and words (see report-labels.ts). Pure: the same report gives the same text.
 */
import { SEVERITIES } from '../schemas/finding-scales';
import type { Evidence } from '../conditions/evidence';
import { firstActions } from './first-actions';
import {
  actionLine,
  EVIDENCE_LEAD,
  HOLD_HEADLINE,
  HOLD_REASON,
  methodNote,
  NO_STAFFING,
  accountabilityStatus,
  PLAN_PERIODS,
  RATING_LABELS,
  REPORT_TITLE,
  SECTIONS,
  SEVERITY_LABELS,
  PATH_END_TEXT,
  PATH_INTRO,
  pathStepText,
  STAFFING_LEAD,
  staffingStepFill,
  staffingStepName,
} from './report-labels';
import type { PathForward } from './path-forward';
import { bodyMarkdown, type FindingBodies } from './finding-bodies';
import type { FiredFinding, Report } from './report';

/** Links the Markdown adds when they exist: the report's share link and the method page. */
export interface MarkdownLinks {
  shareUrl?: string | undefined;
  methodUrl?: string | undefined;
  /** The report is a what-if scenario: the document says so first. */
  scenario?: boolean | undefined;
}

/** Text safe inside a table cell: no pipes or line breaks to break the row. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function evidenceLines(evidence: readonly Evidence[]): string[] {
  if (evidence.length === 0) return [];
  return [`${EVIDENCE_LEAD}:`, '', ...evidence.map((e) => `- ${e.prompt} — **${e.labels.join(', ')}**`), ''];
}

function findingBlock(fired: FiredFinding, bodies: FindingBodies, dimensionName: string, causeTitle?: string): string[] {
  const { finding } = fired;
  const body = bodyMarkdown(bodies, finding.bodyKey);
  return [
    `#### ${finding.title}`,
    '',
    `_${dimensionName}_`,
    '',
    ...(causeTitle ? [`Follows from: ${causeTitle}`, ''] : []),
    ...(body ? [body, ''] : []),
    ...(finding.severity === 'strength' ? [] : ['What to do:', '', ...finding.actions.map((a) => `- ${actionLine(a)}`), '']),
    ...evidenceLines(fired.evidence),
  ];
}

/** The line a what-if scenario's export opens with, so a file passed on is never read as the team's own answers. */
export const SCENARIO_NOTE = 'A what-if scenario, not the team’s answers: some answers were changed on the report to see what would follow.';

/** The whole report as a Markdown document, every section included, ending with a newline. */
export function reportToMarkdown(report: Report, bodies: FindingBodies, links: MarkdownLinks = {}, path?: PathForward): string {
  const dimensionName = (id: string) => report.ratings.find((r) => r.dimension.id === id)?.dimension.name ?? id;
  const { principal } = report;
  const first = firstActions(report, 1)[0];
  const lines: string[] = [`# ${REPORT_TITLE}`, ''];

  if (links.scenario) lines.push(`> ${SCENARIO_NOTE}`, '');
  if (!report.complete) lines.push('> Based on an unfinished check: answer the remaining questions for a complete report.', '');

  lines.push(`## ${SECTIONS.principal}`, '', `### ${principal.finding.title}`, '');
  if (!principal.finding.fallback) lines.push(`_${SEVERITY_LABELS[principal.finding.severity]} · ${dimensionName(principal.finding.dimension)}_`, '');
  lines.push(report.principalReason.text, '');
  const principalBody = bodyMarkdown(bodies, principal.finding.bodyKey);
  if (principalBody) lines.push(principalBody, '');
  if (first) lines.push(`**First action:** ${actionLine(first.action)}`, '');
  lines.push(...evidenceLines(principal.evidence));

  lines.push(`## ${SECTIONS.ratings}`, '', '| Dimension | Rating | Score |', '| --- | --- | --- |');
  for (const r of report.ratings) {
    const score = r.level === 'not-assessed' ? '–' : `${r.score}/100`;
    lines.push(`| ${cell(r.dimension.name)} | ${RATING_LABELS[r.level]} | ${score} |`);
  }
  lines.push('');

  lines.push(`## ${SECTIONS.accountability}`, '', '| Accountability | Held by | Status |', '| --- | --- | --- |');
  for (const entry of report.accountability) {
    lines.push(`| ${cell(entry.name)} | ${cell(entry.answer ?? '–')} | ${accountabilityStatus(entry)} |`);
  }
  lines.push('');

  lines.push(`## ${SECTIONS.staffing}`, '');
  if (report.staffing.kind === 'hold') lines.push(`**${HOLD_HEADLINE}.** ${HOLD_REASON}`, '');
  if (report.staffing.steps.length === 0 && report.staffing.kind === 'sequence') lines.push(NO_STAFFING, '');
  if (report.staffing.steps.length > 0) {
    if (report.staffing.kind === 'sequence') lines.push(STAFFING_LEAD[report.staffing.lead], '');
    report.staffing.steps.forEach((step, i) => {
      lines.push(`${i + 1}. **${staffingStepName(step)}** (${staffingStepFill(step).toLowerCase()}): ${step.because.title}`);
    });
    lines.push('');
  }

  lines.push(`## ${SECTIONS.findings}`, '');
  if (report.problems.length === 0) lines.push('No structural problems were found in these answers.', '');
  for (const severity of SEVERITIES.filter((s) => s !== 'strength')) {
    const group = report.problems.filter((p) => p.finding.severity === severity);
    if (group.length === 0) continue;
    lines.push(`### ${SEVERITY_LABELS[severity]}`, '');
    const causeTitle = (fired: FiredFinding) => report.problems.find((p) => p.finding.id === fired.cause)?.finding.title;
    for (const fired of group) lines.push(...findingBlock(fired, bodies, dimensionName(fired.finding.dimension), causeTitle(fired)));
  }

  lines.push(`## ${SECTIONS.plan}`, '');
  for (const period of PLAN_PERIODS) {
    const steps = report.plan[period.key];
    if (steps.length === 0) continue;
    lines.push(`### ${period.label}`, '');
    for (const step of steps) lines.push(`- [ ] ${actionLine(step.action)} — for: ${step.finding.title}`);
    lines.push('');
  }

  if (path && path.steps.length > 0) {
    lines.push(`## ${SECTIONS.path}`, '', PATH_INTRO, '');
    path.steps.forEach((step, i) => {
      const text = pathStepText(step);
      lines.push(`${i + 1}. **${step.fixes.title}**${[text.clears, text.moves].filter(Boolean).map((t) => ` ${t}`).join('')}`);
    });
    lines.push('', PATH_END_TEXT(path.end), '');
  }

  lines.push(`## ${SECTIONS.meeting}`, '');
  report.meetingQuestions.forEach((q, i) => lines.push(`${i + 1}. ${q}`));
  lines.push('');

  lines.push(`## ${SECTIONS.strengths}`, '');
  if (report.strengths.length === 0) lines.push('No strengths stood out in these answers yet.', '');
  for (const fired of report.strengths) lines.push(...findingBlock(fired, bodies, dimensionName(fired.finding.dimension)));

  lines.push(`## ${SECTIONS.method}`, '', methodNote(report.ratings.length), '');
  if (links.methodUrl) lines.push(`More on the method: ${links.methodUrl}`, '');
  if (links.shareUrl) lines.push(`Open this report: ${links.shareUrl}`, '');
  if (report.warnings.length > 0) lines.push('Notes on the answers:', '', ...report.warnings.map((w) => `- ${w}`), '');

  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
