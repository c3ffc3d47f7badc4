/**
 * The comparison of several reports: each respondent's ratings and principal constraint side by
 * side, the matters of fact they disagree on, the answers that differ, and, for one team's checks
 * over time, what changed from the oldest to the newest.
 */
import type { DimensionRating } from '../diagnosis/ratings';
import type { DiagnosisLibrary } from '../diagnosis/library';
import { diagnose, type Report } from '../diagnosis/report';
import type { AnswerMap } from '../schemas/answers';
import type { Dimension } from '../schemas/dimension';
import { answerDifferences, type AnswerDifference } from './answer-differences';
import type { CompareMode } from './compare-entry';
import { factDisagreements, type Disagreement } from './disagreements';
import { programContextDisagreements, type ContextDisagreement } from './program-context';
import { progressBetween, type Progress } from './progress';

/** One compared report and whose it is. */
export interface ComparedReport {
  label: string;
  report: Report;
}

/** One dimension across the respondents. */
export interface RatingRow {
  dimension: Dimension;
  /** One rating per respondent, in their order. */
  ratings: DimensionRating[];
  /** Whether the respondents' reports put this dimension in different bands. */
  differs: boolean;
}

/** Everything the compare view shows. */
export interface Comparison {
  mode: CompareMode;
  respondents: ComparedReport[];
  ratings: RatingRow[];
  /** Whether every report names the same principal constraint. */
  samePrincipal: boolean;
  /** Side by side: the questions describing the program (stage, size) they answered differently, shown first. */
  context: ContextDisagreement[];
  /** Matters of fact the respondents disagree on (side by side only: over time, facts change rather than clash). */
  disagreements: Disagreement[];
  differences: AnswerDifference[];
  /** Over time: from the first (oldest) report to the last (newest). */
  progress: Progress | undefined;
}

/**
 * Compares two or more sets of answers (already followed through the interview); `undefined` for fewer
 * than two reports. `contextSubjects` (content/compare/program-context.yaml) names the questions that
 * describe the program itself.
 */
export function compareAnswers(
  library: DiagnosisLibrary,
  respondents: readonly { label: string; answers: AnswerMap }[],
  mode: CompareMode,
  contextSubjects: Readonly<Record<string, string>> = {},
): Comparison | undefined {
  const reports = respondents.flatMap(({ label, answers }) => {
    const report = diagnose(library, answers);
    return report ? [{ label, report }] : [];
  });
  if (reports.length < 2) return undefined;
  const answers = reports.map((r) => r.report.answers);
  return {
    mode,
    respondents: reports,
    ratings: reports[0]!.report.ratings.map(({ dimension }) => {
      const ratings = reports.map((r) => r.report.ratings.find((x) => x.dimension.id === dimension.id)!);
      return { dimension, ratings, differs: new Set(ratings.map((r) => r.level)).size > 1 };
    }),
    samePrincipal: new Set(reports.map((r) => r.report.principal.finding.id)).size === 1,
    context: mode === 'team' ? programContextDisagreements(library.questions, answers, contextSubjects) : [],
    disagreements: mode === 'team' ? factDisagreements(library, answers) : [],
    differences: answerDifferences(library.questions, answers),
    progress: mode === 'over-time' ? progressBetween(reports[0]!.report, reports.at(-1)!.report) : undefined,
  };
}
