import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';
import { firstActions } from './first-actions';
import type { FullReport } from './full-report';
import type { PathForward } from './path-forward';
import type { RatingLevel } from './ratings';

/** One answer a scenario holds differently from the original. */
export interface AnswerChange {
  question: string;
  prompt: string;
  section: string;
  /** The original's answer in words, or `undefined` when the original's path did not ask it. */
  was: string | undefined;
  /** The scenario's answer in words, or `undefined` when the scenario's path no longer asks it. */
  now: string | undefined;
  /** The scenario's answer was assumed (the question is new on its path), not chosen. */
  assumed: boolean;
}

/** What a what-if scenario's report changes against the original's, for the marks on the report. */
export interface ScenarioChanges {
  answers: AnswerChange[];
  /** The original's principal constraint, when the scenario's is another one. */
  principal: { wasTitle: string } | undefined;
  /** Per dimension id, the original's rating where the scenario's differs. */
  ratings: Record<string, { level: RatingLevel; score: number }>;
  /** The original's staffing order (role names), when the scenario's is another. */
  staffing: { was: string[] } | undefined;
  /** The original's first action, when the scenario's is another. */
  firstAction: { was: string } | undefined;
  /** The original's path forward (the titles it fixes, in order), when the scenario's is another. */
  path: { was: string[] } | undefined;
}

/** An answer in words: its options' labels, joined. */
function answerText(question: Question, options: readonly string[] | undefined): string | undefined {
  if (!options) return undefined;
  return options.map((id) => question.options.find((o) => o.id === id)?.label ?? id).join(', ');
}

/** The titles a path forward fixes, in order. */
const fixes = (path: PathForward) => path.steps.map((s) => s.fixes.title);

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The answers that differ between two answer sets, in the interview's order of questions. */
export function answerChanges(questions: readonly Question[], original: AnswerMap, scenario: AnswerMap, assumed: readonly string[] = []): AnswerChange[] {
  return questions.flatMap((q) => {
    const was = answerText(q, original[q.id]);
    const now = answerText(q, scenario[q.id]);
    if (was === now) return [];
    return [{ question: q.id, prompt: q.prompt, section: q.section, was, now, assumed: assumed.includes(q.id) }];
  });
}

/**
 * What the scenario's report changes against the original's: its answers, the principal constraint, the
 * ratings, the staffing order, the first action and the path forward (given as the titles each fixes).
 */
export function scenarioChanges(questions: readonly Question[], original: FullReport, scenario: FullReport, assumed: readonly string[] = []): ScenarioChanges {
  const was = original.report;
  const now = scenario.report;
  const pathWas = fixes(original.path);
  const ratings: ScenarioChanges['ratings'] = {};
  for (const rating of now.ratings) {
    const before = was.ratings.find((r) => r.dimension.id === rating.dimension.id);
    if (before && (before.level !== rating.level || before.score !== rating.score)) ratings[rating.dimension.id] = { level: before.level, score: before.score };
  }
  const staffingWas = was.staffing.steps.map((s) => s.role.name);
  const firstWas = firstActions(was, 1)[0]?.action.do;
  const firstNow = firstActions(now, 1)[0]?.action.do;
  return {
    answers: answerChanges(questions, was.answers, now.answers, assumed),
    principal: was.principal.finding.id === now.principal.finding.id ? undefined : { wasTitle: was.principal.finding.title },
    ratings,
    staffing: same(staffingWas, now.staffing.steps.map((s) => s.role.name)) ? undefined : { was: staffingWas },
    firstAction: firstWas === firstNow || firstWas === undefined ? undefined : { was: firstWas },
    path: same(pathWas, fixes(scenario.path)) ? undefined : { was: pathWas },
  };
}
