/**
 * Branching without zod. `schemas/question.ts` builds zod schemas at module level, which no bundler can
 * tree-shake; browser code (the machine, progress, the views) imports from here so that zod stays out of
 * the interview's JavaScript.
 */
import type { Branch, Question } from '../schemas/question';

/** The id that ends the interview when used as a branch target. */
export const END = 'end';

/** The step after the last question: the machine's final state, where the review is shown. */
export const FINISHED = 'finished';

/** The branching rules of a question, with a bare `next: id` read as one unconditional rule. */
export function branchesOf(question: Pick<Question, 'next'>): Branch[] {
  return typeof question.next === 'string' ? [{ goto: question.next }] : question.next;
}
