import type { Finding } from '../schemas/finding';
import type { DimensionRating } from './ratings';

const MIN = 3;
const MAX = 5;

/**
 * Three to five questions for the leadership meeting: the pointed questions of the most important
 * problem findings first, then the questions of the weakest dimensions not already asked about
 * (a finding's question and its dimension's question tend to say the same thing twice), then of the
 * rest in order of leverage, without repeats.
 */
export function meetingQuestions(problems: readonly Finding[], ratings: readonly DimensionRating[]): string[] {
  const questions: string[] = [];
  const add = (q: string | undefined) => {
    if (q && !questions.includes(q) && questions.length < MAX) questions.push(q);
  };
  const covered = new Set<string>();
  for (const finding of problems) {
    if (finding.ask && questions.length < MAX) covered.add(finding.dimension);
    add(finding.ask);
  }
  const weakest = [...ratings]
    .filter((r) => r.level !== 'not-assessed')
    .sort((a, b) => a.score - b.score || a.dimension.leverage - b.dimension.leverage);
  for (const rating of weakest) {
    if (covered.has(rating.dimension.id)) continue;
    if (rating.level !== 'healthy' || questions.length < MIN) add(rating.dimension.meetingQuestion);
  }
  const byLeverage = [...ratings].sort((a, b) => a.dimension.leverage - b.dimension.leverage);
  for (const rating of byLeverage) if (questions.length < MIN) add(rating.dimension.meetingQuestion);
  return questions;
}
