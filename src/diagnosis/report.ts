import type { AnswerMap } from '../schemas/answers';
import type { Role } from '../schemas/role';
import { evaluateCondition } from '../conditions/evaluate';
import { followAnswers } from '../questionnaire/follow';
import { mapAccountability, type AccountabilityEntry } from './accountability';
import { causeGraph } from './causes';
import { evidenceFor, type Evidence } from '../conditions/evidence';
import type { DiagnosisLibrary } from './library';
import { meetingQuestions } from './meeting-questions';
import { modelCountOf } from './model-count';
import { assemblePlan, fitActions, type Plan } from './plan';
import { rankProblems, type PrincipalRule } from './principal';
import { rateDimensions, type DimensionRating } from './ratings';
import { principalReasonText } from './principal-reason';
import { resolveFinding, type ResolvedFinding } from './resolve-finding';
import { hiringPaused, mayStaff, recommendStaffing, type Staffing } from './staffing';
import { visibleStrengths } from './strengths';

/** A finding that fired, as these answers read it, with the answers that made it fire. */
export interface FiredFinding {
  finding: ResolvedFinding;
  evidence: Evidence[];
  /** For a symptom: the id of the root cause it is shown under. */
  cause?: string;
  /** For a root cause: the ids of the fired problems it explains. */
  explains?: string[];
}

/** Why the principal constraint comes first: the rule that set it apart, and the sentence that says so. */
export interface PrincipalReason {
  rule: PrincipalRule;
  /** How many root causes it was chosen from (problems no other problem explains). */
  roots: number;
  /** One sentence for the report: why this one comes first and what fixing it also addresses. */
  text: string;
}

/** Everything the report shows, computed from the answers alone. */
export interface Report {
  /** The one finding that holds the program back most: a root cause (see `rankProblems`), or the fallback. */
  principal: FiredFinding;
  principalReason: PrincipalReason;
  /** Problem findings, principal first, each root cause followed by the symptoms it explains. */
  problems: FiredFinding[];
  /** What is working, never beside a critical or major problem of its dimension. */
  strengths: FiredFinding[];
  ratings: DimensionRating[];
  accountability: AccountabilityEntry[];
  staffing: Staffing;
  plan: Plan;
  meetingQuestions: string[];
  /** The answers the report was computed from: those on the interview's path. */
  answers: AnswerMap;
  /** Whether the answers reach the end of the interview. */
  complete: boolean;
  /** Answers that were ignored, in plain language. */
  warnings: string[];
}

const unknownOptionsCache = new WeakMap<DiagnosisLibrary, ReadonlySet<string>>();

/** The library's "don't know" options, as `question=option`; worked out once per library. */
function unknownOptionsOf(library: DiagnosisLibrary): ReadonlySet<string> {
  let found = unknownOptionsCache.get(library);
  if (!found) {
    found = new Set(library.questions.flatMap((q) => q.options.filter((o) => o.unknown).map((o) => `${q.id}=${o.id}`)));
    unknownOptionsCache.set(library, found);
  }
  return found;
}

/**
 * Diagnoses a set of answers: `answers → report`, deterministic and pure. Answers are first followed
 * through the interview's branching, so unknown ids and questions the path skips are ignored (and
 * listed in `warnings`), never thrown. Returns `undefined` only when not even the first question is answered.
 */
export function diagnose(library: DiagnosisLibrary, input: AnswerMap): Report | undefined {
  const { answers, complete, warnings, path } = followAnswers(library.questions, input);
  if (path.length === 0) return undefined;
  const count = modelCountOf(library.questions, answers);
  const fired = library.findings.filter((f) => !f.fallback && evaluateCondition(f.when, answers)).map((f) => resolveFinding(f, answers, count));
  const stage = answers['stage']?.[0];
  const unknownOptions = unknownOptionsOf(library);
  const evidence = new Map<string, Evidence[]>();
  const evidenceOf = (finding: ResolvedFinding) => {
    if (!evidence.has(finding.id)) evidence.set(finding.id, evidenceFor(finding.when, answers, library.questions));
    return evidence.get(finding.id)!;
  };
  const isUnknown = (e: Evidence) => e.chosen.some((o) => unknownOptions.has(`${e.question}=${o}`));
  /** A problem raised by "don't know" answers alone: something to find out, never a reason to hire. */
  const onlyUnknown = (finding: ResolvedFinding) => {
    const evidence = evidenceOf(finding);
    return evidence.length > 0 && evidence.every(isUnknown);
  };
  const ranking = rankProblems(fired.filter((f) => f.severity !== 'strength'), library.dimensions, causeGraph(library.findings, answers), stage, onlyUnknown);
  const paused = hiringPaused(library.questions, answers);
  const fit = {
    roles: library.roles,
    canStaff: (finding: ResolvedFinding, role: Role) => mayStaff(finding, role, answers),
    hasLead: (role: Role) => evaluateCondition(role.lead?.present ?? role.present, answers),
    paused,
    unknownOnly: onlyUnknown,
  };
  const problems = fitActions(ranking.ordered, fit);
  const fallbackFinding = library.findings.find((f) => f.fallback && evaluateCondition(f.when, answers));
  if (!problems[0] && !fallbackFinding) throw new Error('The findings library has no fallback finding for a program with no problems.');
  // A strength is something the answers show, never something a "don't know" let through.
  const known = fired.filter((f) => f.severity === 'strength' && !evidenceOf(f).some(isUnknown));
  const strengths = fitActions(visibleStrengths(known, problems), fit);
  const withEvidence = (finding: ResolvedFinding): FiredFinding => {
    const cause = ranking.causeOf(finding);
    const explains = ranking.roots.some((r) => r.id === finding.id) ? ranking.explainedBy(finding).map((s) => s.id) : [];
    return {
      finding,
      evidence: evidenceOf(finding),
      ...(cause && cause.id !== finding.id ? { cause: cause.id } : {}),
      ...(explains.length > 0 ? { explains } : {}),
    };
  };
  const firedProblems = problems.map(withEvidence);
  const firedStrengths = strengths.map(withEvidence);
  const fromUnknown = (f: FiredFinding) => ({ finding: f.finding, fromUnknown: f.evidence.some(isUnknown) });
  const fallback = fallbackFinding && resolveFinding(fallbackFinding, answers, count);
  const principal: FiredFinding = firedProblems[0] ?? { finding: fallback!, evidence: [] };
  const rule = firedProblems[0] ? ranking.decidingRule() : 'fallback';
  const text = principalReasonText({
    rule,
    roots: ranking.roots.length,
    stageLabel: library.questions.find((q) => q.id === 'stage')?.options.find((o) => o.id === stage)?.label,
    dimensionName: library.dimensions.find((d) => d.id === principal.finding.dimension)?.name ?? principal.finding.dimension,
    symptoms: (principal.explains ?? []).map((id) => firedProblems.find((p) => p.finding.id === id)!.finding.title),
  });
  return {
    principal,
    principalReason: { rule, roots: ranking.roots.length, text },
    problems: firedProblems,
    strengths: firedStrengths,
    ratings: rateDimensions(library.dimensions, fired, library.questions, answers),
    accountability: mapAccountability(
      library.questions,
      answers,
      new Set(firedProblems.flatMap((p) => p.evidence.map((e) => e.question))),
      new Set(firedProblems.flatMap((p) => p.finding.noInternalOwner ?? [])),
    ),
    staffing: recommendStaffing(problems, library.roles, library.questions, answers, onlyUnknown),
    plan: assemblePlan(problems.length > 0 ? problems : [principal.finding]),
    meetingQuestions: meetingQuestions(firedProblems.map(fromUnknown), firedStrengths.map(fromUnknown), fallback),
    answers,
    complete,
    warnings,
  };
}
