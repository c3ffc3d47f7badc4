import type { Condition } from '../schemas/condition';

/** One reference from a condition leaf to a question and the options it names. */
export interface ConditionReference {
  question: string;
  options: string[];
  /** The operator used, e.g. `is` or `includes`: validation checks it fits the question's kind. */
  operator: string;
}

/** Every question (and the options) that a condition mentions, in document order. */
export function conditionReferences(condition: Condition): ConditionReference[] {
  if ('all' in condition) return condition.all.flatMap(conditionReferences);
  if ('any' in condition) return condition.any.flatMap(conditionReferences);
  if ('not' in condition) return conditionReferences(condition.not);
  if ('atLeast' in condition) return condition.of.flatMap(conditionReferences);
  const { question, ...rest } = condition;
  const [operator, operand] = Object.entries(rest)[0] as [string, unknown];
  const options = typeof operand === 'string' ? [operand] : Array.isArray(operand) ? (operand as string[]) : [];
  return [{ question, options, operator }];
}
