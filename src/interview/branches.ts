/**
 * Branching helpers without zod. `schemas/question.ts` builds zod schemas at module level, which no
 * bundler can tree-shake; browser code (the machine, progress) imports from here so that zod stays
 * out of the interview's JavaScript. The schema module should re-export these, not define its own.
 */
import type { Branch, Question } from '../schemas/question';

/** The id that ends the interview when used as a branch target. */
export const END = 'end';

/** The branching rules of a question, with a bare `next: id` read as one unconditional rule. */
export function branchesOf(question: Pick<Question, 'next'>): Branch[] {
  return typeof question.next === 'string' ? [{ goto: question.next }] : question.next;
}
