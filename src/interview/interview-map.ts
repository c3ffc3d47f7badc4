import { describeCondition } from '../conditions/describe';
import type { Question } from '../schemas/question';
import { branchesOf, END } from '../questionnaire/branches';

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
