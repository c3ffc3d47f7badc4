import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';
import { branchesOf, END } from './branches';
import { evaluateCondition } from '../conditions/evaluate';
import { followAnswers } from './follow';

/** The healthiest answer to a question: the head of its first `order` chain, else its first definite option. */
export function healthiestAnswer(question: Question): string[] {
  const head = question.order && question.order !== 'unordered' ? question.order[0]![0] : undefined;
  return [head ?? (question.options.find((o) => !o.unknown && !o.exclusive) ?? question.options[0]!).id];
}

/**
 * The answers followed through the interview and completed: where the path stops at a question the answers
 * do not hold (a changed answer led somewhere new), it is answered with `pick(question)`. Returns only the
 * answers on the path, which then reaches the end.
 */
export function completeAnswers(questions: readonly Question[], input: AnswerMap, pick: (q: Question) => string[] = healthiestAnswer): AnswerMap {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answers: AnswerMap = { ...input };
  for (let i = 0; i <= questions.length; i++) {
    const followed = followAnswers(questions, answers);
    if (followed.complete) return followed.answers;
    const last = followed.path[followed.path.length - 1];
    const next = last === undefined ? questions.find((q) => q.start)?.id : branchesOf(byId.get(last)!).find((r) => !r.when || evaluateCondition(r.when, followed.answers))?.goto;
    if (next === undefined || next === END || !byId.has(next)) return followed.answers;
    answers[next] = pick(byId.get(next)!);
  }
  return followAnswers(questions, answers).answers;
}
