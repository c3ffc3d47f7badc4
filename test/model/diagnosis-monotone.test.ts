import { describe, expect, test } from 'vitest';
import { diagnose, type Report } from '../../src/diagnosis/report';
import { SEVERITIES } from '../../src/schemas/finding-scales';
import { completeAnswers } from '../fixtures/complete-answers';
import { enumerated, library, random, reports } from '../fixtures/property-answer-sets';

const { questions } = library;
const rank = (severity: string) => SEVERITIES.indexOf(severity as (typeof SEVERITIES)[number]);
const dimensionOf = (r: Report, id: string) => r.ratings.find((x) => x.dimension.id === id)!;

/**
 * Monotone: the worse report keeps every problem of the better one, or a problem of the same dimension
 * that is at least as severe in its place (a graded successor, e.g. "chain split" → "nobody owns the
 * chain"), and rates no assessed dimension higher.
 */
function notBetter(better: Report, worse: Report): string[] {
  const broken: string[] = [];
  for (const p of better.problems) {
    const kept = worse.problems.some((w) => w.finding.id === p.finding.id || (w.finding.dimension === p.finding.dimension && rank(w.finding.severity) <= rank(p.finding.severity)));
    if (!kept) broken.push(`loses ${p.finding.id} (${p.finding.severity})`);
  }
  for (const rating of better.ratings) {
    const other = dimensionOf(worse, rating.dimension.id);
    if (rating.level !== 'not-assessed' && other.level !== 'not-assessed' && other.score > rating.score) {
      broken.push(`rates ${rating.dimension.id} ${other.score} > ${rating.score}`);
    }
  }
  return broken;
}

/**
 * Every enumerated answer set and the first 2,000 random ones: each set is tried with every answer made
 * one step worse (about eight new reports a set), so all 10,000 random sets would take minutes on CI.
 */
const MONOTONE_RANDOM = 2_000;
const answerSets = [...enumerated, ...random.slice(0, MONOTONE_RANDOM)];

describe(`diagnose, over ${enumerated.length} enumerated answer sets and ${Math.min(MONOTONE_RANDOM, random.length)} random ones`, () => {
  test('(a) is monotone: a worse answer never raises a rating or drops a problem', () => {
    const broken = new Set<string>();
    answerSets.forEach((answers, i) => {
      for (const question of questions) {
        if (!Object.hasOwn(answers, question.id) || !question.order || question.order === 'unordered') continue;
        const current = answers[question.id]![0]!;
        for (const chain of question.order) {
          const at = chain.indexOf(current);
          if (at < 0 || at === chain.length - 1) continue;
          const worse = completeAnswers(questions, { ...answers, [question.id]: [chain[at + 1]!] });
          const problems = notBetter(reports[i]!, diagnose(library, worse)!);
          for (const p of problems) broken.add(`${question.id}: ${current} → ${chain[at + 1]}: ${p}`);
        }
      }
    });
    expect([...broken].sort().slice(0, 40), [...broken].sort().slice(0, 40).join('\n')).toEqual([]);
  });

});
