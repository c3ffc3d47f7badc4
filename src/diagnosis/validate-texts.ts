import type { Condition } from '../schemas/condition';
import type { Finding } from '../schemas/finding';
import type { Question } from '../schemas/question';
import type { ContentError } from '../schemas/content-error';

/**
 * The options of each question that can make a condition hold, read from its positive leaves (not
 * under `not`): `is`, `isAnyOf`, `includes`, `includesAny`, and every option `isNoneOf` leaves out.
 */
export function firingOptions(condition: Condition, questions: ReadonlyMap<string, Question>, into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  if ('all' in condition) condition.all.forEach((c) => firingOptions(c, questions, into));
  else if ('any' in condition) condition.any.forEach((c) => firingOptions(c, questions, into));
  else if ('atLeast' in condition) condition.of.forEach((c) => firingOptions(c, questions, into));
  else if (!('not' in condition) && !('answered' in condition) && !('excludes' in condition)) {
    const set = into.get(condition.question) ?? new Set<string>();
    if ('is' in condition) set.add(condition.is);
    else if ('isAnyOf' in condition) condition.isAnyOf.forEach((o) => set.add(o));
    else if ('includes' in condition) set.add(condition.includes);
    else if ('includesAny' in condition) condition.includesAny.forEach((o) => set.add(o));
    else if ('isNoneOf' in condition) {
      for (const o of questions.get(condition.question)?.options ?? []) if (!condition.isNoneOf.includes(o.id)) set.add(o.id);
    }
    into.set(condition.question, set);
  }
  return into;
}

/**
 * A finding that fires on several options of one question must say which text each reads: a variant
 * that names the option, or a `covers` entry saying its default text is written for all of them. A
 * "don't know" never shares text with a definite answer, so no `covers` entry may hold both.
 */
export function textCoverageErrors(file: string, finding: Finding, questions: ReadonlyMap<string, Question>): ContentError[] {
  if (finding.fallback) return [];
  const errors: ContentError[] = [];
  const firing = firingOptions(finding.when, questions);
  const inVariants = new Map<string, Set<string>>();
  for (const variant of finding.variants ?? []) firingOptions(variant.when, questions, inVariants);
  for (const [questionId, options] of firing) {
    if (options.size < 2) continue;
    const question = questions.get(questionId);
    const covered = new Set(finding.covers?.filter((c) => c.question === questionId).flatMap((c) => c.options) ?? []);
    const uncovered = [...options].filter((o) => !covered.has(o) && !inVariants.get(questionId)?.has(o));
    if (uncovered.length > 0) {
      errors.push({
        file,
        field: 'variants',
        message: `fires on ${options.size} options of "${questionId}" (${[...options].join(', ')}) with one text: give "${uncovered.join('", "')}" a variant, or list the options under "covers" if one text is true for each`,
      });
    }
    for (const cover of finding.covers?.filter((c) => c.question === questionId) ?? []) {
      const unknown = cover.options.filter((o) => question?.options.find((x) => x.id === o)?.unknown);
      if (unknown.length > 0 && unknown.length < cover.options.length) {
        errors.push({ file, field: 'covers', message: `puts "${unknown.join('", "')}" with definite answers of "${questionId}": a "don't know" needs a text of its own (a variant)` });
      }
    }
  }
  return errors;
}
