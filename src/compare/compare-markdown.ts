/**
 * The comparison as Markdown, to take into a leadership meeting (Confluence, Notion, mail): every
 * section of the compare view in its order and words (compare-text.ts). Pure: the same comparison
 * gives the same text. Only the respondents' labels come from the link rather than from our content,
 * and they are escaped wherever they appear.
 */
import { cell } from '../diagnosis/markdown';
import { SEVERITY_LABELS } from '../diagnosis/report-labels';
import type { DisagreementTexts } from '../schemas/disagreement-text';
import { groupByAnswer, type AnswerDifference } from './answer-differences';
import type { Comparison } from './compare';
import {
  agreementText,
  capitalise,
  CHANGE_LABELS,
  COMPARE_SECTIONS,
  COMPARE_WORDS,
  comparisonHeading,
  comparisonSummary,
  disagreementTitle,
  listNames,
  positionText,
  principalChangeText,
  PROGRESS_FINDINGS,
  ratingText,
} from './compare-text';
import { groupByKind, type Disagreement } from './disagreements';
import { escapeMarkdown, markdownAutolink } from './markdown-escape';
import type { Progress } from './progress';

/** What the Markdown needs besides the comparison. */
export interface CompareMarkdownOptions {
  /** The words for each kind of disagreement (content/compare/disagreements.yaml). */
  texts: DisagreementTexts;
  /** The questions treated as facts about the team (`factQuestionIds`), marked as such. */
  facts: ReadonlySet<string>;
  /** The link to this comparison, written at the end (only an http(s) address is). */
  compareUrl?: string | undefined;
}

/** "- answer: names" for one position of a disagreement or a differing answer. */
const position = (answer: string, names: string) => `- ${answer}: ${names}`;

function disagreementLines(d: Disagreement, names: readonly string[], texts: DisagreementTexts, titled: boolean): string[] {
  const who = (indexes: readonly number[]) => listNames(indexes.map((i) => names[i]!));
  const lines = titled ? [`**${capitalise(d.subject)}**`, ''] : [];
  lines.push(...d.positions.map((p) => position(positionText(d, p.answer, texts), who(p.respondents))));
  if (d.unasked.length > 0) lines.push(position(COMPARE_WORDS.notAsked, who(d.unasked)));
  lines.push('');
  if (d.kind === 'role') {
    lines.push(`${COMPARE_WORDS.decidedBy}:`, '');
    for (const p of d.positions) {
      p.respondents.forEach((r, k) => lines.push(`- ${names[r]}: ${p.because[k]!.map((b) => `${b.prompt} “${b.answer}”`).join('; ')}`));
    }
    lines.push('');
  }
  return lines;
}

function disagreementsSection(comparison: Comparison, names: readonly string[], texts: DisagreementTexts): string[] {
  const lines = [`## ${COMPARE_SECTIONS.disagreements}`, ''];
  if (comparison.disagreements.length === 0) return [...lines, agreementText(comparison), ''];
  for (const group of groupByKind(comparison.disagreements)) {
    lines.push(`### ${disagreementTitle(group, texts)}`, '');
    for (const d of group.items) lines.push(...disagreementLines(d, names, texts, group.items.length > 1));
    lines.push(`**${COMPARE_WORDS.whyLead}** ${texts[group.kind].why}`, '');
  }
  return lines;
}

function progressSection(progress: Progress, comparison: Comparison, names: readonly string[]): string[] {
  const older = comparison.respondents[0]!.report.principal.finding.title;
  const newer = comparison.respondents.at(-1)!.report.principal.finding.title;
  const lines = [`## ${COMPARE_SECTIONS.progress}: ${names[0]} → ${names.at(-1)}`, '', principalChangeText(progress, older, newer), ''];
  const moved = progress.dimensions.filter((d) => d.change !== 'same');
  const same = progress.dimensions.filter((d) => d.change === 'same');
  for (const d of moved) lines.push(`- **${CHANGE_LABELS[d.change]}** · ${d.dimension.name}: ${ratingText(d.before)} → ${ratingText(d.after)}`);
  if (moved.length > 0) lines.push('');
  if (same.length > 0) lines.push(`${CHANGE_LABELS.same}: ${same.map((d) => `${d.dimension.name} (${ratingText(d.after)})`).join(', ')}.`, '');
  for (const { key, title } of PROGRESS_FINDINGS) {
    const findings = progress[key];
    if (findings.length > 0) lines.push(`### ${title} (${findings.length})`, '', ...findings.map((f) => `- ${f.title}`), '');
  }
  return lines;
}

function ratingsSection(comparison: Comparison, names: readonly string[]): string[] {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const principals = comparison.respondents.map(({ report }) => {
    const { finding } = report.principal;
    return cell(`${SEVERITY_LABELS[finding.severity]}: ${finding.title}`);
  });
  return [
    `## ${COMPARE_SECTIONS.ratings}`,
    '',
    row(['', ...names]),
    row(['---', ...names.map(() => '---')]),
    row([COMPARE_WORDS.principal, ...principals]),
    ...comparison.ratings.map((r) =>
      row([cell(r.differs ? `${r.dimension.name} (${COMPARE_WORDS.ratingsDiffer.toLowerCase()})` : r.dimension.name), ...r.ratings.map(ratingText)]),
    ),
    '',
    COMPARE_WORDS.scoreNote,
    '',
  ];
}

function differencesSection(heading: string, differences: readonly AnswerDifference[], names: readonly string[], facts: ReadonlySet<string>): string[] {
  const lines = [`## ${heading} (${differences.length})`, ''];
  if (differences.length === 0) return [...lines, COMPARE_WORDS.noDifferences, ''];
  lines.push(COMPARE_WORDS.differencesNote, '');
  for (const d of differences) {
    lines.push(`### ${d.prompt}${facts.has(d.question) ? ` _(${COMPARE_WORDS.factTag.toLowerCase()})_` : ''}`, '');
    for (const g of groupByAnswer(d.answers)) {
      lines.push(position(g.answer ? g.answer.join(', ') : COMPARE_WORDS.notAsked, listNames(g.respondents.map((i) => names[i]!))));
    }
    lines.push('');
  }
  return lines;
}

/** The whole comparison as a Markdown document, every section included, ending with a newline. */
export function comparisonToMarkdown(comparison: Comparison, { texts, facts, compareUrl }: CompareMarkdownOptions): string {
  // Labels are typed by whoever made the link: escaped once here, used escaped everywhere below.
  const names = comparison.respondents.map((r) => escapeMarkdown(r.label));
  const overTime = comparison.mode === 'over-time';
  const lines = [`# AI Team Check: ${comparisonHeading(comparison.mode, names)}`, '', comparisonSummary(comparison), ''];
  if (overTime && comparison.progress) lines.push(...progressSection(comparison.progress, comparison, names));
  else lines.push(...disagreementsSection(comparison, names, texts));
  lines.push(...ratingsSection(comparison, names));
  lines.push(...differencesSection(overTime ? COMPARE_SECTIONS.changedAnswers : COMPARE_SECTIONS.differences, comparison.differences, names, facts));
  const link = compareUrl === undefined ? undefined : markdownAutolink(compareUrl);
  if (link) lines.push('---', '', `${COMPARE_WORDS.openLink}: ${link}`, '');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
