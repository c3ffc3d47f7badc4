import type { Dimension } from '../schemas/dimension';
import { SEVERITIES } from '../schemas/finding-scales';
import type { CauseGraph } from './causes';
import type { ResolvedFinding } from './resolve-finding';

/**
 * What decided the principal constraint, from the first rule that set it apart from the other root
 * causes: it is the only root cause; the only one this severe; the only one this severe that rests on
 * definite answers rather than on "don't know" alone; the only one this severe in a dimension
 * the stage makes urgent; the one that explains most other problems; or the dimension's leverage.
 * `fallback` when no problem fired at all.
 */
export type PrincipalRule = 'only-root' | 'severity' | 'known' | 'stage' | 'explains' | 'leverage' | 'fallback';

/** The principal constraint, why it was chosen, and the problems it explains. */
export interface PrincipalChoice {
  finding: ResolvedFinding;
  rule: PrincipalRule;
  /** The fired problems it explains (its symptoms), most important first. */
  explains: ResolvedFinding[];
  /** How many root causes it was chosen from. */
  rootCount: number;
}

/** Plain string order: for kebab-case ids the order `localeCompare` gives, without building a collator. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The ranking of findings, as keys compared in order (lower first). */
interface RankKeys {
  severity: number;
  /** 1 when the finding rests on "don't know" answers alone: something to find out, ranked after what is known. */
  unknown: number;
  urgent: number;
  explained: number;
  leverage: number;
}

/**
 * Ranks problem findings for the report: root causes (problems no other fired problem explains) are
 * compared by severity (their own, or that of the worst problem they explain, whichever is higher), then
 * by whether they rest on definite answers (a problem raised by "don't know" alone is something to find
 * out, and comes after a known problem as severe), then by whether the stage makes their dimension urgent, then by how many fired
 * problems they explain, then by the dimension's leverage, then by id. Symptoms are ranked the same way
 * but always after their cause.
 */
export function rankProblems(
  problems: readonly ResolvedFinding[],
  dimensions: readonly Dimension[],
  graph: CauseGraph,
  stage: string | undefined,
  unknownOnly: (finding: ResolvedFinding) => boolean = () => false,
) {
  const byId = new Map(dimensions.map((d) => [d.id, d]));
  const keys = new Map<string, RankKeys>(
    problems.map((f) => {
      const dimension = byId.get(f.dimension);
      // A root cause weighs as much as the worst problem it explains: fixing it fixes that one too.
      const weight = Math.min(SEVERITIES.indexOf(f.severity), ...problems.filter((s) => graph.reaches(f.id, s.id)).map((s) => SEVERITIES.indexOf(s.severity)));
      return [
        f.id,
        {
          severity: weight,
          unknown: unknownOnly(f) ? 1 : 0,
          urgent: stage !== undefined && dimension?.urgentAt?.includes(stage) ? 0 : 1,
          explained: -problems.filter((s) => s.id !== f.id && graph.reaches(f.id, s.id)).length,
          leverage: dimension?.leverage ?? 99,
        },
      ];
    }),
  );
  const compare = (a: ResolvedFinding, b: ResolvedFinding): number => {
    const ka = keys.get(a.id)!;
    const kb = keys.get(b.id)!;
    return ka.severity - kb.severity || ka.unknown - kb.unknown || ka.urgent - kb.urgent || ka.explained - kb.explained || ka.leverage - kb.leverage || byCodeUnit(a.id, b.id);
  };
  const isSymptom = (f: ResolvedFinding) => problems.some((c) => c.id !== f.id && graph.reaches(c.id, f.id));
  const roots = problems.filter((f) => !isSymptom(f)).sort(compare);
  /** The root cause a symptom is shown under: the highest-ranked root that explains it. */
  const causeOf = (f: ResolvedFinding): ResolvedFinding | undefined => roots.find((r) => r.id !== f.id && graph.reaches(r.id, f.id));
  // Each root followed by its symptoms, so a symptom is read under its cause, never as a rival.
  const ordered: ResolvedFinding[] = [];
  for (const root of roots) {
    ordered.push(root);
    ordered.push(...problems.filter((s) => !roots.includes(s) && causeOf(s)?.id === root.id).sort(compare));
  }
  const decidingRule = (): PrincipalRule => {
    const [first, second] = roots;
    if (!first || !second) return 'only-root';
    const a = keys.get(first.id)!;
    const b = keys.get(second.id)!;
    if (a.severity !== b.severity) return 'severity';
    if (a.unknown !== b.unknown) return 'known';
    if (a.urgent !== b.urgent) return 'stage';
    if (a.explained !== b.explained) return 'explains';
    return 'leverage';
  };
  return { ordered, roots, causeOf, decidingRule, explainedBy: (cause: Pick<ResolvedFinding, 'id'>) => ordered.filter((s) => s.id !== cause.id && graph.reaches(cause.id, s.id)) };
}
