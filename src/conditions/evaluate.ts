import type { Condition } from '../schemas/condition';
import type { AnswerMap } from '../schemas/answers';

/** Whether a declarative condition holds for a set of answers. A leaf about an unasked question is false. */
export function evaluateCondition(condition: Condition, answers: AnswerMap): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers));
  if ('not' in condition) return !evaluateCondition(condition.not, answers);
  if ('atLeast' in condition) {
    return condition.of.filter((c) => evaluateCondition(c, answers)).length >= condition.atLeast;
  }
  const chosen = Object.hasOwn(answers, condition.question) ? answers[condition.question] : undefined;
  if ('answered' in condition) return (chosen !== undefined && chosen.length > 0) === condition.answered;
  if (chosen === undefined || chosen.length === 0) return false;
  if ('is' in condition) return chosen.includes(condition.is);
  if ('isAnyOf' in condition) return condition.isAnyOf.some((o) => chosen.includes(o));
  if ('isNoneOf' in condition) return !condition.isNoneOf.some((o) => chosen.includes(o));
  if ('includes' in condition) return chosen.includes(condition.includes);
  if ('includesAny' in condition) return condition.includesAny.some((o) => chosen.includes(o));
  return !chosen.includes(condition.excludes);
}
