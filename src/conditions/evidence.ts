import type { AnswerMap } from '../schemas/answers';
import type { Condition } from '../schemas/condition';
import type { Question } from '../schemas/question';
import { conditionReferences } from './references';
import { evaluateCondition } from './evaluate';

/** One answer that made a finding fire: the question and what was chosen. */
export interface Evidence {
  question: string;
  prompt: string;
  /** The chosen options' ids, in the question's order. */
  chosen: string[];
  /** The chosen options' labels, as the respondent read them. */
  labels: string[];
}

/**
 * The questions whose answers decide `condition`: every part of an `all`, but of an `any` or an
 * `atLeast` only the parts that hold (when some do), so "three or more don't knows" cites those
 * answers, not every question it could have counted. Under `not`, everything it names.
 */
function decidingQuestions(condition: Condition, answers: AnswerMap): string[] {
  if ('all' in condition) return condition.all.flatMap((c) => decidingQuestions(c, answers));
  if ('any' in condition || 'atLeast' in condition) {
    const parts = 'any' in condition ? condition.any : condition.of;
    const holding = parts.filter((c) => evaluateCondition(c, answers));
    return (holding.length > 0 ? holding : parts).flatMap((c) => decidingQuestions(c, answers));
  }
  return conditionReferences(condition).map((r) => r.question);
}

/**
 * The answers that decided a condition (see `decidingQuestions`), in the order the questions were asked;
 * a question of context (`context: true`) only when it is the only one.
 */
export function evidenceFor(condition: Condition, answers: AnswerMap, questions: readonly Question[]): Evidence[] {
  const named = new Set(decidingQuestions(condition, answers));
  const cited = questions.filter((q) => named.has(q.id) && Object.hasOwn(answers, q.id));
  const decisive = cited.filter((q) => !q.context);
  return (decisive.length > 0 ? decisive : cited)
    .map((q) => {
      const chosen = q.options.filter((o) => answers[q.id]!.includes(o.id));
      return { question: q.id, prompt: q.prompt, chosen: chosen.map((o) => o.id), labels: chosen.map((o) => o.label) };
    });
}
