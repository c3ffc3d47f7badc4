import { successors } from '../questionnaire/graph';
import type { Question } from '../schemas/question';

/**
 * The questions in the order an interview meets them: a topological order of the branching graph
 * (every question after all those that can lead to it), ties kept in content order.
 */
export function interviewOrder(questions: readonly Question[]): Question[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const incoming = new Map(questions.map((q) => [q.id, 0]));
  for (const q of questions) for (const next of successors(q)) incoming.set(next, (incoming.get(next) ?? 0) + 1);
  const ready = questions.filter((q) => incoming.get(q.id) === 0);
  const ordered: Question[] = [];
  while (ready.length > 0) {
    const q = ready.shift()!;
    ordered.push(q);
    for (const next of successors(q)) {
      incoming.set(next, incoming.get(next)! - 1);
      if (incoming.get(next) === 0 && byId.has(next)) ready.push(byId.get(next)!);
    }
    ready.sort((a, b) => questions.indexOf(a) - questions.indexOf(b));
  }
  // A cycle cannot pass validation; should one slip through, its questions still appear, at the end.
  return [...ordered, ...questions.filter((q) => !ordered.includes(q))];
}
