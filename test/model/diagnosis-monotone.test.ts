import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diagnose, type Report } from '../../src/diagnosis/report';
import type { AnswerMap } from '../../src/schemas/answers';
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

/** Every answer that can be made one step worse in `answers`, with the worse answer set completed. */
function worsenings(answers: AnswerMap): { step: string; worse: AnswerMap }[] {
  const found: { step: string; worse: AnswerMap }[] = [];
  for (const question of questions) {
    if (!Object.hasOwn(answers, question.id) || !question.order || question.order === 'unordered') continue;
    const current = answers[question.id]![0]!;
    for (const chain of question.order) {
      const at = chain.indexOf(current);
      if (at < 0 || at === chain.length - 1) continue;
      found.push({ step: `${question.id}: ${current} → ${chain[at + 1]}`, worse: completeAnswers(questions, { ...answers, [question.id]: [chain[at + 1]!] }) });
    }
  }
  return found;
}

const randomReports = reports.slice(enumerated.length);

describe(`diagnose is monotone: a worse answer never raises a rating or drops a problem`, () => {
  /*
   * Enumerated sets: each path's variants come in a run (ten a path); every third set is tried with every answer
   * made one step worse (so every path, and every worsening of each of those sets), the others with one
   * worsening fast-check picks, as the random sets are. Trying all of them took a minute of CI alone.
   */
  test(`(a) for every one-step-worse answer of every third of ${enumerated.length} enumerated answer sets, and one of each other`, () => {
    const picks = fc.sample(fc.nat(), { numRuns: enumerated.length, seed: 20261203 });
    const broken = new Set<string>();
    enumerated.forEach((answers, i) => {
      const options = worsenings(answers);
      const tried = i % 3 === 0 ? options : options.length > 0 ? [options[picks[i]! % options.length]!] : [];
      for (const { step, worse } of tried) {
        for (const p of notBetter(reports[i]!, diagnose(library, worse)!)) broken.add(`${step}: ${p}`);
      }
    });
    expect([...broken].sort().slice(0, 40), [...broken].sort().slice(0, 40).join('\n')).toEqual([]);
  });

  /*
   * Random sets: fast-check picks, for each set, which of its answers to make one step worse, so every
   * random set is held without the minutes that trying every neighbour of each would take.
   */
  test(`(a) for a one-step-worse answer fast-check picks in each of ${random.length} random answer sets`, () => {
    expect(random.length).toBeGreaterThanOrEqual(Number(process.env['PROPERTY_RUNS'] ?? 10_000));
    const picks = fc.sample(fc.nat(), { numRuns: random.length, seed: 20261202 });
    const broken = new Set<string>();
    let tried = 0;
    random.forEach((answers, i) => {
      const options = worsenings(answers);
      if (options.length === 0) return;
      const { step, worse } = options[picks[i]! % options.length]!;
      tried++;
      for (const p of notBetter(randomReports[i]!, diagnose(library, worse)!)) broken.add(`${step}: ${p}`);
    });
    expect(tried).toBeGreaterThan(random.length * 0.9);
    expect([...broken].sort().slice(0, 40), [...broken].sort().slice(0, 40).join('\n')).toEqual([]);
  });
});
