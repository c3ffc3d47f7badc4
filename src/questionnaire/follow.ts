import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';
import { branchesOf, END } from './branches';
import { answerFits } from './answer-fits';
import { evaluateCondition } from '../conditions/evaluate';

/** Answers read along the interview's branching, as the machine would have asked them. */
export interface FollowedAnswers {
  /** The questions asked, in order, as far as the answers go. */
  path: string[];
  /** The answers on that path, and only those. */
  answers: AnswerMap;
  /** Whether the answers reach the end of the interview. */
  complete: boolean;
  /** Where the answers stop: the question asked next, or `END` when they are complete. */
  next: string | undefined;
  /** Plain-language notes on answers that were left out (unknown question, invalid option, not asked on this path). */
  warnings: string[];
}

/**
 * Where a question's branching leads once `answers` (the path's, the question's own included) are
 * known: the first rule whose condition holds. The one home of this rule: the machine's guards, the
 * walk below and the progress count all ask it.
 */
export function nextStep(question: Pick<Question, 'next'>, answers: AnswerMap): string | undefined {
  return branchesOf(question).find((rule) => !rule.when || evaluateCondition(rule.when, answers))?.goto;
}

/**
 * Follows a set of answers (from a link, a file or storage) through the interview's branching, the
 * same rules the machine compiles, without an actor: whatever does not fit is reported and ignored.
 */
export function followAnswers(questions: readonly Question[], input: AnswerMap): FollowedAnswers {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const warnings: string[] = [];
  for (const id of Object.keys(input)) {
    if (!byId.has(id)) warnings.push(`Ignored an answer to an unknown question (“${id.slice(0, 60)}”).`);
  }
  const path: string[] = [];
  const answers: AnswerMap = {};
  let step: string | undefined = questions.find((q) => q.start)?.id ?? questions[0]?.id;
  while (step && step !== END && path.length <= questions.length) {
    const question: Question = byId.get(step)!;
    const value = Object.hasOwn(input, step) ? input[step] : undefined;
    const after = !value && question.wordsOnly ? nextStep(question, answers) : undefined;
    if (after && Object.hasOwn(input, after)) {
      // Made before this question was asked: the answers go on past it, and it changes only words.
      warnings.push(`No answer to “${question.prompt}”: the report is worded without it.`);
      step = after;
      continue;
    }
    if (!value || !answerFits(question, value)) {
      if (value) warnings.push(`Ignored an answer that does not fit the question “${question.prompt}”.`);
      break;
    }
    path.push(step);
    answers[step] = [...value];
    step = nextStep(question, answers);
  }
  for (const id of Object.keys(input)) {
    if (byId.has(id) && !path.includes(id) && step === END) {
      warnings.push(`Ignored an answer to “${byId.get(id)!.prompt}”: your other answers skip that question.`);
    }
  }
  return { path, answers, complete: step === END, next: step, warnings };
}
