import type { AnswerMap } from '../schemas/answers';
import type { Dimension } from '../schemas/dimension';
import type { Finding, Severity } from '../schemas/finding';
import type { Question } from '../schemas/question';

export type RatingLevel = 'healthy' | 'watch' | 'at-risk' | 'critical' | 'not-assessed';

/** A dimension's rating: a 0–100 score, its band, and what drove it. */
export interface DimensionRating {
  dimension: Dimension;
  score: number;
  level: RatingLevel;
  /** How many of the answers in this dimension were "don't know". */
  unknowns: number;
  /** How many questions in this dimension were answered. */
  answered: number;
}

/** The highest score a dimension can keep with a finding of this severity in it (weakest link). */
export const SEVERITY_CAP: Record<Severity, number> = { critical: 25, major: 50, minor: 75, strength: 100 };

/**
 * Rates each dimension by its weakest link, as Google's ML Test Score does: the score is the lowest
 * cap among its problem findings (critical 25, major 50, minor 75), so one critical gap cannot be
 * averaged away; "don't know" answers cap it too (at 100 − 50 × the share of unknown answers), so
 * ignorance never reads as health. Bands: 80+ healthy, 60+ watch, 40+ at risk, below 40 critical.
 * A dimension in which no question was answered and no problem fired is not assessed (a strength
 * read from other answers does not make it "healthy"); an answer marked `assessesNothing` (no pressure to
 * add people, for capacity or clarity) is not counted as answered. A finding with `rated: false` caps nothing.
 */
export function rateDimensions(
  dimensions: readonly Dimension[],
  fired: readonly Pick<Finding, 'dimension' | 'severity' | 'rated'>[],
  questions: readonly Question[],
  answers: AnswerMap,
): DimensionRating[] {
  return dimensions.map((dimension) => {
    const inDimension = questions.filter((q) => q.dimension === dimension.id && Object.hasOwn(answers, q.id) && !assessesNothing(q, answers));
    const unknowns = inDimension.filter((q) => q.options.some((o) => o.unknown && answers[q.id]!.includes(o.id))).length;
    const findings = fired.filter((f) => f.dimension === dimension.id && f.rated !== false && f.severity !== 'strength');
    if (inDimension.length === 0 && findings.length === 0) {
      return { dimension, score: 0, level: 'not-assessed', unknowns, answered: 0 };
    }
    let score = Math.min(100, ...findings.map((f) => SEVERITY_CAP[f.severity]));
    if (inDimension.length > 0) score = Math.min(score, Math.round(100 - (50 * unknowns) / inDimension.length));
    return { dimension, score, level: levelOf(score), unknowns, answered: inDimension.length };
  });
}

/** Whether the answer to `question` is one that content says tells nothing about its dimension. */
function assessesNothing(question: Question, answers: AnswerMap): boolean {
  return question.options.some((o) => o.assessesNothing !== undefined && answers[question.id]!.includes(o.id));
}

function levelOf(score: number): RatingLevel {
  if (score >= 80) return 'healthy';
  if (score >= 60) return 'watch';
  if (score >= 40) return 'at-risk';
  return 'critical';
}
