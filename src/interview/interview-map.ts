import type { Condition } from '../schemas/condition';
import { branchesOf, END, type Question } from '../schemas/question';

/** One arrow of the interview map: from a question to the next, with the rule in words. */
export interface MapEdge {
  from: string;
  to: string;
  /** The condition in plain words, or `otherwise` / `always`. */
  label: string;
}

/** The interview as a layered graph: each question's layer is its longest distance from the start. */
export interface InterviewMap {
  layers: string[][];
  edges: MapEdge[];
}

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

/** Lays out a validated (acyclic) interview for drawing: layers by longest path, and labelled edges. */
export function mapInterview(questions: readonly Question[]): InterviewMap {
  const depth = new Map<string, number>();
  const byId = new Map(questions.map((q) => [q.id, q]));
  const order = [...questions];
  const start = questions.find((q) => q.start)?.id ?? questions[0]?.id;
  if (start) depth.set(start, 0);
  // Relax edges until stable: on a DAG this reaches the longest distance within |questions| rounds.
  for (let round = 0; round < order.length; round++) {
    let changed = false;
    for (const q of order) {
      const d = depth.get(q.id);
      if (d === undefined) continue;
      for (const rule of branchesOf(q)) {
        if (rule.goto === END || !byId.has(rule.goto)) continue;
        if ((depth.get(rule.goto) ?? -1) < d + 1) {
          depth.set(rule.goto, d + 1);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  const layers: string[][] = [];
  for (const q of order) {
    const d = depth.get(q.id);
    if (d !== undefined) (layers[d] ??= []).push(q.id);
  }
  const edges = questions.flatMap((q) => {
    const rules = branchesOf(q);
    return rules.map((rule) => ({
      from: q.id,
      to: rule.goto,
      label: rule.when ? describeCondition(rule.when, questions) : rules.length > 1 ? 'otherwise' : 'always',
    }));
  });
  return { layers: layers.filter(Boolean), edges };
}
