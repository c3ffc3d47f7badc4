import type { AnswerMap } from '../schemas/answers';

/**
 * The answers that count: those to the questions on the path taken, in its order, so that drafts (answers
 * to questions the branching no longer reaches) never steer the branching or reach a report.
 */
export function answersOnPath({ answers, path }: { answers: AnswerMap; path: readonly string[] }): AnswerMap {
  const onPath: AnswerMap = {};
  for (const id of path) {
    const value = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (value) onPath[id] = value;
  }
  return onPath;
}
