/**
 * The compare view's own words: section headings, the summary line, and the sentences built from
 * content (content/compare/disagreements.yaml), so the page and its tests say the same thing.
 */
import type { DimensionRating } from '../diagnosis/ratings';
import { counted } from '../diagnosis/count-words';
import { RATING_LABELS } from '../diagnosis/report-labels';
import type { DisagreementTexts } from '../schemas/disagreement-text';
import type { Comparison } from './compare';
import type { CompareMode } from './compare-entry';
import type { Disagreement, DisagreementGroup } from './disagreements';
import type { Change, Progress } from './progress';

/** The compare view's section headings. */
export const COMPARE_SECTIONS = {
  disagreements: 'Where you disagree on facts',
  progress: 'What changed',
  ratings: 'Principal constraints and ratings',
  differences: 'Answers that differ',
  changedAnswers: 'Answers that changed',
} as const;

/** Sentences and short labels the page and the Markdown export share. */
export const COMPARE_WORDS = {
  whyLead: 'Why it matters.',
  decidedBy: 'Which answers decided this',
  notAsked: 'Not asked',
  principal: 'Principal constraint',
  ratingsDiffer: 'Ratings differ',
  scoreNote:
    'Scores run from 0 to 100 and follow each report’s weakest finding in the dimension: 80 and above is healthy, below 40 critical.',
  differencesNote: 'Questions that at least two reports answered, and answered differently, in the order the check asks them.',
  noDifferences: 'Every question that two or more reports answered got the same answer.',
  factTag: 'Fact about the team',
  openLink: 'Open this comparison',
} as const;

/** What the disagreements section says when there is none, counting the accountabilities the reports map. */
export function agreementText(comparison: Pick<Comparison, 'respondents'>): string {
  const accountabilities = comparison.respondents[0]?.report.accountability.length ?? 0;
  return (
    `You agree on who owns each of the ${counted(accountabilities, 'accountability', 'accountabilities')}, who does the work of each role, and what really slows the program down. ` +
    'Where your reports still differ, it is in the details below.'
  );
}

/** The headings of the findings that came and went over time, in the order shown. */
export const PROGRESS_FINDINGS = [
  { key: 'resolved', kind: 'resolved', title: 'Problems resolved' },
  { key: 'appeared', kind: 'appeared', title: 'New problems' },
  { key: 'strengthsGained', kind: 'gained', title: 'New strengths' },
  { key: 'strengthsLost', kind: 'lost', title: 'Strengths lost' },
] as const;

/** The comparison's heading, for names already fit for where they are shown. */
export function comparisonHeading(mode: CompareMode, names: readonly string[]): string {
  return mode === 'over-time'
    ? `One team, ${names.length} checks over time: ${names.join(' → ')}`
    : `${names.length} reports side by side: ${listNames(names)}`;
}

/** A rating as text: "At risk 50", or "Not assessed". */
export function ratingText(rating: DimensionRating): string {
  return rating.level === 'not-assessed' ? RATING_LABELS[rating.level] : `${RATING_LABELS[rating.level]} ${rating.score}`;
}

/** Whether the principal constraint moved between the older and the newer check, in one sentence. */
export function principalChangeText(progress: Progress, olderTitle: string, newerTitle: string): string {
  return progress.principalChanged
    ? `The principal constraint moved from “${olderTitle}” to “${newerTitle}”.`
    : `The principal constraint is still “${newerTitle}”.`;
}

/** How a dimension moved, in words. */
export const CHANGE_LABELS: Readonly<Record<Change, string>> = {
  better: 'Better',
  worse: 'Worse',
  same: 'Unchanged',
  'newly-assessed': 'Now assessed',
  'no-longer-assessed': 'No longer assessed',
};

/** "a", "a and b", "a, b and c". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The title of a kind of disagreement: the content's template with its subjects filled in. */
export function disagreementTitle(group: DisagreementGroup, texts: DisagreementTexts): string {
  return texts[group.kind].title.replace('{subject}', listNames(group.items.map((d) => d.subject)));
}

/** "model performance" → "Model performance". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A position as the reader sees it: the answer's label, or for a role, filled / not filled / not known. */
export function positionText(disagreement: Disagreement, answer: string, texts: DisagreementTexts): string {
  if (disagreement.kind !== 'role') return answer;
  return answer === 'present' ? texts.role.present : answer === 'absent' ? texts.role.absent : texts.role.unknown;
}

/** The one-line summary at the top of a comparison. */
export function comparisonSummary(comparison: Comparison): string {
  const n = comparison.respondents.length;
  const principals = new Set(comparison.respondents.map((r) => r.report.principal.finding.id)).size;
  if (comparison.mode === 'over-time') {
    const changed = comparison.progress?.principalChanged ? 'The principal constraint has changed.' : 'The principal constraint is the same.';
    return `${plural(n, 'check', 'checks')} of one team, oldest first. ${changed}`;
  }
  const facts = comparison.disagreements.length;
  const agreeing = facts === 0 ? 'They agree on every matter of fact the check asks about' : `They disagree on ${plural(facts, 'matter', 'matters')} of fact about the team`;
  const named = principals === 1 ? 'and their reports name the same principal constraint.' : `and their reports name ${principals} different principal constraints.`;
  return `${agreeing}, ${named}`;
}
