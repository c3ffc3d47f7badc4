import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';
import { completeAnswers } from '../questionnaire/complete';
import { followAnswers } from '../questionnaire/follow';

/** A what-if scenario's answers, as the interview's branching reads them. */
export interface WhatIfAnswers {
  /** The answers on the scenario's path: the original's, with the changes, followed through the branching. */
  answers: AnswerMap;
  /** The questions on the scenario's path, in order. */
  path: string[];
  /**
   * Questions a change brought onto the path that neither the original nor a change answered: each is
   * assumed at its healthiest option (as the path forward does), so the report is whole at once, and
   * listed here so the editor can say so and the leader can change it.
   */
  assumed: string[];
}

/**
 * The original answers with a leader's changes: questions the new path skips drop out (an earlier answer
 * comes back if a later change brings its question back), and questions newly reached are assumed at their
 * healthiest option. An unfinished original stays unfinished: nothing is filled in past where it stopped.
 */
export function whatIfAnswers(questions: readonly Question[], original: AnswerMap, changes: AnswerMap): WhatIfAnswers {
  const merged: AnswerMap = { ...original, ...changes };
  const filled = followAnswers(questions, original).complete ? completeAnswers(questions, merged) : merged;
  const followed = followAnswers(questions, filled);
  const assumed = followed.path.filter((id) => !Object.hasOwn(merged, id));
  return { answers: followed.answers, path: followed.path, assumed };
}

/**
 * The changes after one more: a question set to `options`, or removed from the changes when that is the
 * original's answer again (so "changed" always means different from the original).
 */
export function withChange(original: AnswerMap, changes: AnswerMap, question: string, options: readonly string[]): AnswerMap {
  const next: AnswerMap = { ...changes };
  const same = JSON.stringify([...(original[question] ?? [])].sort()) === JSON.stringify([...options].sort());
  if (same) delete next[question];
  else next[question] = [...options];
  return next;
}

/** The changes that turn `original` into `scenario`: the scenario's answers that differ from the original's. */
export function changesBetween(original: AnswerMap, scenario: AnswerMap): AnswerMap {
  let changes: AnswerMap = {};
  for (const [question, options] of Object.entries(scenario)) changes = withChange(original, changes, question, options);
  return changes;
}
