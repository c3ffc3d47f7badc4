import type { Condition } from '../schemas/condition';
import type { Question } from '../schemas/question';

/** A condition in plain words, using the questions' option labels. */
export function describeCondition(condition: Condition, questions: readonly Question[]): string {
  const describe = (c: Condition): string => describeCondition(c, questions);
  if ('all' in condition) return condition.all.map(describe).join(' and ');
  if ('any' in condition) return condition.any.map(describe).join(' or ');
  if ('not' in condition) return `not (${describe(condition.not)})`;
  if ('atLeast' in condition) return `at least ${condition.atLeast} of: ${condition.of.map(describe).join('; ')}`;
  const question = questions.find((q) => q.id === condition.question);
  const label = (id: string) => `“${question?.options.find((o) => o.id === id)?.label ?? id}”`;
  const labels = (ids: string[]) => ids.map(label).join(' or ');
  const subject = `“${question?.prompt ?? condition.question}”`;
  if ('is' in condition) return `${subject} is ${label(condition.is)}`;
  if ('isAnyOf' in condition) return `${subject} is ${labels(condition.isAnyOf)}`;
  if ('isNoneOf' in condition) return `${subject} is not ${labels(condition.isNoneOf)}`;
  if ('includes' in condition) return `${subject} includes ${label(condition.includes)}`;
  if ('includesAny' in condition) return `${subject} includes ${labels(condition.includesAny)}`;
  if ('excludes' in condition) return `${subject} leaves out ${label(condition.excludes)}`;
  return `${subject} was ${condition.answered ? '' : 'not '}answered`;
}
