import type { AnswerMap } from '../schemas/answers';
import type { Finding } from '../schemas/finding';
import { evaluateCondition } from '../interview/condition';
import { followAnswers } from '../interview/follow';
import { mapAccountability, type AccountabilityEntry } from './accountability';
import { evidenceFor, type Evidence } from './evidence';
import type { DiagnosisLibrary } from './library';
import { meetingQuestions } from './meeting-questions';
import { assemblePlan, type Plan } from './plan';
import { byImpact, choosePrincipal } from './principal';
import { rateDimensions, type DimensionRating } from './ratings';
import { recommendStaffing, type Staffing } from './staffing';

/** A finding that fired, with the answers that made it fire. */
export interface FiredFinding {
  finding: Finding;
  evidence: Evidence[];
}

/** Everything the report shows, computed from the answers alone. */
export interface Report {
  /** The one finding that holds the program back most (see `byImpact`). */
  principal: FiredFinding;
  /** Problem findings, most important first (the principal among them, unless it is the fallback). */
  problems: FiredFinding[];
  /** What is working, most important first. */
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

/**
 * Diagnoses a set of answers: `answers → report`, deterministic and pure. Answers are first followed
 * through the interview's branching, so unknown ids and questions the path skips are ignored (and
 * listed in `warnings`), never thrown. Returns `undefined` only when not even the first question is answered.
 */
export function diagnose(library: DiagnosisLibrary, input: AnswerMap): Report | undefined {
  const { answers, complete, warnings, path } = followAnswers(library.questions, input);
  if (path.length === 0) return undefined;
  const order = byImpact(library.dimensions);
  const fired = library.findings.filter((f) => !f.fallback && evaluateCondition(f.when, answers)).sort(order);
  const problems = fired.filter((f) => f.severity !== 'strength');
  const fallback = library.findings.find((f) => f.fallback && evaluateCondition(f.when, answers));
  const principal = choosePrincipal(problems, fallback);
  if (!principal) throw new Error('The findings library has no fallback finding for a program with no problems.');
  const withEvidence = (finding: Finding): FiredFinding => ({
    finding,
    evidence: evidenceFor(finding.when, answers, library.questions),
  });
  const ratings = rateDimensions(library.dimensions, fired, library.questions, answers);
  return {
    principal: withEvidence(principal),
    problems: problems.map(withEvidence),
    strengths: fired.filter((f) => f.severity === 'strength').map(withEvidence),
    ratings,
    accountability: mapAccountability(library.questions, answers),
    staffing: recommendStaffing(problems, library.roles, library.questions, answers),
    plan: assemblePlan(problems.length > 0 ? problems : [principal]),
    meetingQuestions: meetingQuestions(problems, ratings),
    answers,
    complete,
    warnings,
  };
}
