/**
 * The same report pasted twice (or three times) is one respondent, not several: the comparison counts
 * it once and says which links were the same. "The same report" is the same answers on the interview's
 * path, so two links to one report match even when one is a bare payload and the other a whole link.
 */
import type { AnswerMap } from '../schemas/answers';
import { listNames } from './compare-text';

/** A set of links holding the same report: their places (0-based) in the order given, the first is kept. */
export type DuplicateGroup = number[];

/** The groups of two or more links whose answers are the same; `undefined` answers (unreadable links) match nothing. */
export function findDuplicates(answers: readonly (AnswerMap | undefined)[]): DuplicateGroup[] {
  const byKey = new Map<string, number[]>();
  answers.forEach((a, i) => {
    if (!a) return;
    const key = JSON.stringify(Object.keys(a).sort().map((id) => [id, [...a[id]!].sort()]));
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  return [...byKey.values()].filter((group) => group.length > 1);
}

/** The places of the links a comparison leaves out as repeats: every link of a group but its first. */
export function repeatedLinks(groups: readonly DuplicateGroup[]): Set<number> {
  return new Set(groups.flatMap((group) => group.slice(1)));
}

/**
 * One group in a sentence: "Links 2 and 3 are the same report, so it is compared once.", with the
 * labels typed for them where there are any ("Links 2 (Bo) and 3 (Chen) …").
 */
export function duplicateSentence(group: DuplicateGroup, labels: readonly string[] = []): string {
  const places = group.map((i) => (labels[i] ? `${i + 1} (${labels[i]})` : `${i + 1}`));
  const times = group.length > 2 ? `, not ${group.length} times` : '';
  return `Links ${listNames(places)} are the same report, so it is compared once${times}.`;
}
