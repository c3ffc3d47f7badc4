import type { Question } from '../schemas/question';

/** Whether a chosen set of option ids is a complete, valid answer to a question. */
export function answerFits(question: Question, value: readonly string[]): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  if (new Set(value).size !== value.length) return false;
  const options = value.map((id) => question.options.find((o) => o.id === id));
  if (options.some((o) => o === undefined)) return false;
  if (question.kind === 'single') return value.length === 1;
  return value.length === 1 || !options.some((o) => o!.exclusive);
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
