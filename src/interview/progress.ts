import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';
import { branchesOf, END } from '../questionnaire/branches';
import { conditionReferences } from '../conditions/references';
import { evaluateCondition } from '../conditions/evaluate';

/** Where the respondent is: question `current` of about `total`. */
export interface Progress {
  /** 1-based number of the current question; after the last question, the number answered. */
  current: number;
  /** The most questions this path can still come to, given the answers so far. */
  total: number;
}

/**
 * Counts the questions still ahead of `step` on the longest path the answers so far allow: a branch
 * whose condition looks only at answered questions is decided; any other branch might still be taken.
 */
export function remainingQuestions(questions: readonly Question[], step: string, answers: AnswerMap): number {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const memo = new Map<string, number>();
  const longestFrom = (id: string): number => {
    const question = byId.get(id);
    if (!question) return 0;
    const known = memo.get(id);
    if (known !== undefined) return known;
    memo.set(id, 0); // a guard against loops in content that skipped validation
    let longest = 0;
    for (const rule of branchesOf(question)) {
      const decidable = !rule.when || conditionReferences(rule.when).every((r) => r.question !== id && Object.hasOwn(answers, r.question));
      const holds = !rule.when || evaluateCondition(rule.when, answers);
      if (decidable && !holds) continue;
      longest = Math.max(longest, rule.goto === END ? 0 : longestFrom(rule.goto));
      if (decidable) break;
    }
    memo.set(id, 1 + longest);
    return 1 + longest;
  };
  return longestFrom(step);
}

/**
 * Progress through the interview for a step reached by answering `path`, with `answers` on that path.
 * `longestPath`, the most questions any path asks (from the enumerated paths, at build time), caps the
 * total: the graph's bound ignores that some branches exclude each other, and before the first answers
 * it would promise more questions than any respondent is ever asked.
 */
export function progressOf(
  questions: readonly Question[],
  step: string,
  path: readonly string[],
  answers: AnswerMap,
  longestPath = Number.POSITIVE_INFINITY,
): Progress {
  const remaining = remainingQuestions(questions, step, answers);
  if (remaining === 0) return { current: path.length, total: path.length };
  const current = path.length + 1;
  return { current, total: Math.max(current, Math.min(path.length + remaining, longestPath)) };
}

/**
 * How many questions a step forward took off the expected total: an answer that rules out a longer
 * branch shortens the path, and the respondent is told rather than seeing the count jump.
 */
export function questionsSkipped(before: Progress, after: Progress): number {
  return Math.max(0, before.total - after.total);
}

/** Seconds a considered answer takes: reading the prompt and the "why we ask", then choosing. */
export const SECONDS_PER_QUESTION = 25;

/** How long the interview is, from the lengths of every path through it (for the landing page). */
export interface InterviewLength {
  fewestQuestions: number;
  mostQuestions: number;
  fewestMinutes: number;
  mostMinutes: number;
}

/** The shortest and longest path, in questions and in whole minutes at `SECONDS_PER_QUESTION`. */
export function interviewLength(pathLengths: readonly number[]): InterviewLength {
  if (pathLengths.length === 0) throw new Error('The interview has no complete path.');
  const fewestQuestions = Math.min(...pathLengths);
  const mostQuestions = Math.max(...pathLengths);
  const minutes = (questions: number) => Math.max(1, Math.round((questions * SECONDS_PER_QUESTION) / 60));
  return { fewestQuestions, mostQuestions, fewestMinutes: minutes(fewestQuestions), mostMinutes: minutes(mostQuestions) };
}
