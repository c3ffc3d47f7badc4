/**
 * The compare view's own words: section headings, the summary line, and the sentences built from
 * content (content/compare/disagreements.yaml), so the page and its tests say the same thing.
 */
import type { DisagreementTexts } from '../schemas/disagreement-text';
import type { Comparison } from './compare';
import type { Disagreement, DisagreementGroup } from './disagreements';
import type { Change } from './progress';

/** The compare view's section headings. */
export const COMPARE_SECTIONS = {
  disagreements: 'Where you disagree on facts',
  progress: 'What changed',
  ratings: 'Principal constraints and ratings',
  differences: 'Answers that differ',
  changedAnswers: 'Answers that changed',
} as const;

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
