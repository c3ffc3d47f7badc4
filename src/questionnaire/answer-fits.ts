import type { Question } from '../schemas/question';

/**
 * What decides whether an answer fits a question: its kind, its option ids, and the options that must be
 * chosen alone. A codebook question (share links) has this shape as it is; a question is read into it.
 */
export interface ChoiceRules {
  kind: 'single' | 'multiple';
  options: readonly string[];
  exclusive?: readonly string[] | undefined;
}

/** Whether an untrusted value is a complete, valid answer: options it has, none twice, one for a single choice, an exclusive option alone. */
export function fitsChoice(rules: ChoiceRules, value: unknown): value is string[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  if (!value.every((id) => typeof id === 'string' && rules.options.includes(id))) return false;
  if (new Set(value).size !== value.length) return false;
  if (rules.kind === 'single') return value.length === 1;
  return value.length === 1 || !value.some((id) => rules.exclusive?.includes(id));
}

/** Each question's rules, read once: the machine asks on every answer. */
const rulesOf = new WeakMap<Question, ChoiceRules>();

/** Whether a chosen set of option ids is a complete, valid answer to a question. */
export function answerFits(question: Question, value: readonly string[]): boolean {
  let rules = rulesOf.get(question);
  if (!rules) {
    rules = { kind: question.kind, options: question.options.map((o) => o.id), exclusive: question.options.filter((o) => o.exclusive).map((o) => o.id) };
    rulesOf.set(question, rules);
  }
  return fitsChoice(rules, value);
}

/**
 * The next selection of a multiple-choice question after toggling one option: an exclusive option
 * ("none of these") clears the others, and any other option clears the exclusive ones.
 */
export function toggleOption(question: Question, current: readonly string[], optionId: string): string[] {
  if (current.includes(optionId)) return current.filter((id) => id !== optionId);
  const chosen = question.options.find((o) => o.id === optionId);
  if (!chosen) return [...current];
  if (chosen.exclusive) return [optionId];
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id));
  const kept = current.filter((id) => !exclusive.has(id));
  return question.options.map((o) => o.id).filter((id) => id === optionId || kept.includes(id));
}
