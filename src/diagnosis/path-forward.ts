import type { AnswerMap } from '../schemas/answers';
import { completeAnswers } from '../questionnaire/complete';
import type { DiagnosisLibrary } from './library';
import { diagnose, type FiredFinding, type Report } from './report';

/** How a dimension's rating moves with one step. */
export interface RatingMove {
  /** The dimension's name. */
  dimension: string;
  before: number;
  after: number;
}

/** One step of the path forward: fix this principal constraint, and what the report looks like afterwards. */
export interface PathStep {
  /** The principal constraint this step fixes (its id and title as the report showed them). */
  fixes: { id: string; title: string };
  /** Problems of the report before the step that the report after it no longer has (the symptoms it explained too). */
  clears: { id: string; title: string }[];
  /** Ratings that change, assessed before and after. */
  moves: RatingMove[];
  /** The staffing order after the step (role names). */
  staffingAfter: string[];
  /** The principal constraint after the step. */
  nextPrincipal: { id: string; title: string };
}

/** Why the path forward stops where it does. */
export type PathEnd =
  /** Nothing critical or major is left: what remains is minor. */
  | { kind: 'only-minor' }
  /** Nothing at all is left. */
  | { kind: 'healthy' }
  /** The next principal has no resolution in content: it is something to find out first (the reason is content's). */
  | { kind: 'find-out'; id: string; title: string; reason: string }
  /** The path reached its length limit with serious problems left. */
  | { kind: 'limit' }
  /** A resolution left its own finding standing or brought back one an earlier step cleared: a content error. */
  | { kind: 'stalled'; id: string };

export interface PathForward {
  steps: PathStep[];
  end: PathEnd;
}

/** At most this many steps: a leader can defend four, not ten. */
export const PATH_STEPS = 4;

/** Today's answers with a finding's `resolvedBy` answers applied. */
export function applyResolution(answers: AnswerMap, resolvedBy: Readonly<Record<string, readonly string[]>>): AnswerMap {
  const next: AnswerMap = { ...answers };
  for (const [question, options] of Object.entries(resolvedBy)) next[question] = [...options];
  return next;
}

const isSerious = (p: FiredFinding) => p.finding.severity === 'critical' || p.finding.severity === 'major';

/**
 * The path forward: from today's answers, apply the principal constraint's resolution (its actions done),
 * diagnose again, and repeat, up to `PATH_STEPS` steps or until nothing critical or major is left. It
 * assumes each step's actions succeed; a principal without a resolution (an unknown) ends the path there.
 * Questions a resolution newly brings onto the path are answered with their healthiest option. Only the
 * problems today's report shows are taken as steps: one that a resolution's assumed answers make appear
 * (a hire resolved while the answers still say work piles up at that skill) is not a problem the reader
 * has, so the path neither names nor waits for it. A resolution that would leave its own finding standing,
 * or bring back one an earlier step cleared, is a content error that the model tests rule out; here the
 * path stops, `stalled`.
 */
export function pathForward(library: DiagnosisLibrary, start: Report): PathForward {
  const today = new Set(start.problems.map((p) => p.finding.id));
  const remaining = (r: Report) => r.problems.filter((p) => today.has(p.finding.id));
  const steps: PathStep[] = [];
  let report = start;
  const cleared = new Set<string>();
  for (let i = 0; i < PATH_STEPS; i++) {
    const left = remaining(report);
    if (left.length === 0) return { steps, end: { kind: 'healthy' } };
    if (!left.some(isSerious)) return { steps, end: { kind: 'only-minor' } };
    const principal = left[0]!.finding;
    const source = library.findings.find((f) => f.id === principal.id);
    if (!source?.resolvedBy) {
      return { steps, end: { kind: 'find-out', id: principal.id, title: principal.title, reason: source?.noResolution ?? '' } };
    }
    const after = diagnose(library, completeAnswers(library.questions, applyResolution(report.answers, source.resolvedBy)));
    if (!after || after.problems.some((p) => p.finding.id === principal.id || cleared.has(p.finding.id))) return { steps, end: { kind: 'stalled', id: principal.id } };
    const clears = left.filter((p) => !after.problems.some((q) => q.finding.id === p.finding.id));
    for (const p of clears) cleared.add(p.finding.id);
    const next = remaining(after)[0]?.finding ?? after.principal.finding;
    steps.push({
      fixes: { id: principal.id, title: principal.title },
      clears: clears.map((p) => ({ id: p.finding.id, title: p.finding.title })),
      moves: after.ratings.flatMap((a) => {
        const b = report.ratings.find((r) => r.dimension.id === a.dimension.id)!;
        return a.level !== 'not-assessed' && b.level !== 'not-assessed' && a.score !== b.score ? [{ dimension: a.dimension.name, before: b.score, after: a.score }] : [];
      }),
      staffingAfter: after.staffing.steps.map((s) => s.role.name),
      nextPrincipal: { id: next.id, title: next.title },
    });
    report = after;
  }
  const left = remaining(report);
  return { steps, end: left.length === 0 ? { kind: 'healthy' } : left.some(isSerious) ? { kind: 'limit' } : { kind: 'only-minor' } };
}
