import type { AnswerMap } from '../schemas/answers';
import type { Condition } from '../schemas/condition';
import type { Question } from '../schemas/question';
import { conditionReferences } from '../interview/condition';

/** One answer that made a finding fire: the question and what was chosen. */
export interface Evidence {
  question: string;
  prompt: string;
  /** The chosen options' ids, in the question's order. */
  chosen: string[];
  /** The chosen options' labels, as the respondent read them. */
  labels: string[];
}

/** The answers a condition looked at, in the order the questions were asked. */
export function evidenceFor(condition: Condition, answers: AnswerMap, questions: readonly Question[]): Evidence[] {
  const named = new Set(conditionReferences(condition).map((r) => r.question));
  return questions
    .filter((q) => named.has(q.id) && Object.hasOwn(answers, q.id))
    .map((q) => {
      const chosen = q.options.filter((o) => answers[q.id]!.includes(o.id));
      return { question: q.id, prompt: q.prompt, chosen: chosen.map((o) => o.id), labels: chosen.map((o) => o.label) };
    });
}
