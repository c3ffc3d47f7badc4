import type { AnswerMap } from '../schemas/answers';
import type { Finding } from '../schemas/finding';
import { evaluateCondition } from '../conditions/evaluate';
import { firstCycle } from '../questionnaire/graph';

type Explains = NonNullable<Finding['explains']>[number];

/** The finding id a link of `explains` names. */
export function explainedId(link: Explains): string {
  return typeof link === 'string' ? link : link.finding;
}

/**
 * The cause → symptom graph of the findings library for one set of answers, read transitively:
 * `reaches(a, b)` is true when finding `a` explains `b` directly or through findings `a` explains.
 * A link with a `when` counts only when its condition holds for these answers.
 */
export function causeGraph(findings: readonly Pick<Finding, 'id' | 'explains'>[], answers: AnswerMap) {
  const direct = new Map(
    findings.map((f) => [f.id, (f.explains ?? []).filter((l) => typeof l === 'string' || evaluateCondition(l.when, answers)).map(explainedId)]),
  );
  const closure = new Map<string, Set<string>>();
  const reached = (id: string): Set<string> => {
    let set = closure.get(id);
    if (set) return set;
    set = new Set<string>();
    closure.set(id, set); // set before the walk, so a cycle (which validation refuses) cannot loop
    const stack = [...(direct.get(id) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (set.has(next)) continue;
      set.add(next);
      stack.push(...(direct.get(next) ?? []));
    }
    return set;
  };
  return {
    /** Whether `cause` explains `symptom`, directly or through others. */
    reaches: (cause: string, symptom: string): boolean => reached(cause).has(symptom),
  };
}

export type CauseGraph = ReturnType<typeof causeGraph>;

/** A cycle among every link of `explains` (conditions ignored), as the ids along it, or undefined. */
export function explainsCycle(findings: readonly Pick<Finding, 'id' | 'explains'>[]): string[] | undefined {
  const direct = new Map(findings.map((f) => [f.id, (f.explains ?? []).map(explainedId)]));
  return firstCycle(direct.keys(), (id) => direct.get(id) ?? []);
}
