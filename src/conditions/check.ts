import type { Condition } from '../schemas/condition';
import type { ContentError } from '../schemas/content-error';
import type { Question } from '../schemas/question';
import { conditionReferences } from './references';

const SINGLE_OPERATORS = new Set(['is', 'isAnyOf', 'isNoneOf', 'answered']);
const MULTIPLE_OPERATORS = new Set(['includes', 'includesAny', 'excludes', 'answered']);

/**
 * Checks that a condition names only existing questions and options, with operators that fit each
 * question's kind, and no question whose answer changes only words; `allowed` (when given) limits which
 * questions it may name.
 */
export function conditionErrors(
  condition: Condition,
  questions: ReadonlyMap<string, Question>,
  at: { file: string; field: string },
  allowed?: ReadonlySet<string>,
  allowedWhy = '',
): ContentError[] {
  const errors: ContentError[] = [];
  for (const ref of conditionReferences(condition)) {
    const question = questions.get(ref.question);
    if (!question) {
      errors.push({ ...at, message: `names question "${ref.question}", which does not exist` });
      continue;
    }
    if (question.wordsOnly) {
      errors.push({ ...at, message: `names question "${ref.question}", whose answer changes only words ("wordsOnly"), never what holds` });
    }
    if (allowed && !allowed.has(ref.question)) {
      errors.push({ ...at, message: `names question "${ref.question}"${allowedWhy}` });
    }
    const operators = question.kind === 'single' ? SINGLE_OPERATORS : MULTIPLE_OPERATORS;
    if (!operators.has(ref.operator)) {
      errors.push({
        ...at,
        message: `uses "${ref.operator}" on ${question.kind}-choice question "${ref.question}"; use one of ${[...operators].join(', ')}`,
      });
    }
    for (const option of ref.options) {
      if (!question.options.some((o) => o.id === option)) {
        errors.push({ ...at, message: `names option "${option}", which question "${ref.question}" does not have` });
      }
    }
  }
  return errors;
}
