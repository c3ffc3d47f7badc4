import type { ResolvedFinding } from './resolve-finding';

/**
 * The strengths a report can show beside these problems: none in a dimension where a critical or major
 * problem fired (praise beside a serious gap of the same kind reads as a contradiction), and none that
 * names, in `contradicts`, a problem that fired (or a `together` set of problems that all fired).
 */
export function visibleStrengths(strengths: readonly ResolvedFinding[], problems: readonly ResolvedFinding[]): ResolvedFinding[] {
  const serious = new Set(problems.filter((p) => p.severity === 'critical' || p.severity === 'major').map((p) => p.dimension));
  const fired = new Set(problems.map((p) => p.id));
  const holds = (c: string | { together: string[] }) => (typeof c === 'string' ? [c] : c.together).every((id) => fired.has(id));
  return strengths.filter((s) => !serious.has(s.dimension) && !(s.contradicts ?? []).some(holds));
}
