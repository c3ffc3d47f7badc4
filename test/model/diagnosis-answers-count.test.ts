import { describe, expect, test } from 'vitest';
import { diagnose, type Report } from '../../src/diagnosis/report';
import { PLAN_PERIOD_KEYS } from '../../src/diagnosis/plan';
import type { FiredFinding } from '../../src/diagnosis/report';
import type { Question } from '../../src/schemas/question';
import { completeAnswers } from '../fixtures/complete-answers';
import { answerSets, library, overAll, reports } from '../fixtures/property-answer-sets';

const { questions, roles } = library;
const byId = new Map(questions.map((q) => [q.id, q]));
const dimensionOf = (r: Report, id: string) => r.ratings.find((x) => x.dimension.id === id)!;

/** What a leader would see change: principal, findings, their variants and titles, ratings, staffing, plan. */
function signature(r: Report): string {
  // The title too: the number of models in production changes how a finding names them, not which one fires.
  const f = (x: FiredFinding) => `${x.finding.id}:${x.finding.variant ?? ''}:${x.finding.severity}:${x.finding.title}`;
  return JSON.stringify([
    f(r.principal),
    r.problems.map(f),
    r.strengths.map(f),
    r.ratings.map((x) => `${x.level}:${x.score}`),
    r.staffing.kind,
    r.staffing.steps.map((s) => s.role.id),
    PLAN_PERIOD_KEYS.map((k) => r.plan[k].length),
  ]);
}

describe(`diagnose, ${overAll}`, () => {
  test('(b) "clarity" instead of "capacity" changes what to do first, not what is true', () => {
    const broken = new Set<string>();
    const clarityGap = byId.get('clarity-gap')!;
    answerSets.forEach((answers, i) => {
      if (answers['constraint']?.[0] !== 'capacity') return;
      const capacity = reports[i]!;
      for (const gap of clarityGap.options) {
        const { 'capacity-skill': _, ...rest } = answers;
        const clarity = diagnose(library, completeAnswers(questions, { ...rest, constraint: ['clarity'], 'clarity-gap': [gap.id] }))!;
        for (const rating of capacity.ratings) {
          if (rating.dimension.id === 'constraint') continue;
          const other = dimensionOf(clarity, rating.dimension.id);
          if (other.score !== rating.score || other.level !== rating.level) broken.add(`rating ${rating.dimension.id}: ${rating.score} → ${other.score}`);
        }
        const outside = (r: Report) => r.problems.filter((p) => p.finding.dimension !== 'constraint').map((p) => p.finding.id);
        for (const id of outside(capacity)) if (!outside(clarity).includes(id)) broken.add(`drops ${id}`);
        for (const id of outside(clarity)) if (!outside(capacity).includes(id)) broken.add(`adds ${id}`);
        for (const step of clarity.staffing.steps) if (step.role.fill !== 'assign' && !step.waits) broken.add(`staffs ${step.role.id} before the clarity work`);
        for (const p of clarity.problems) {
          for (const a of p.finding.actions) {
            const role = roles.find((r) => r.id === a.staffs);
            if (role && role.fill !== 'assign' && !a.waits) broken.add(`${p.finding.id}: a hire that does not wait`);
          }
        }
        if (clarity.staffing.kind !== 'hold') broken.add('staffing is not on hold');
      }
    });
    expect([...broken].sort(), [...broken].sort().join('\n')).toEqual([]);
  });


  test('(i) every answer counts: any two options of a question give different reports somewhere, unless one is declared neutral', () => {
    const pending = new Map<string, [Question, string, string]>();
    for (const q of questions) {
      const ids = q.options.filter((o) => !o.neutral).map((o) => o.id);
      if (q.kind === 'multiple') for (const id of ids) pending.set(`${q.id}: ${id} ticked or not`, [q, id, '']);
      else for (const [i, a] of ids.entries()) for (const b of ids.slice(i + 1)) pending.set(`${q.id}: ${a} ≡ ${b}`, [q, a, b]);
    }
    for (const [i, answers] of answerSets.entries()) {
      if (pending.size === 0) break;
      for (const [key, [q, a, b]] of pending) {
        const current = answers[q.id];
        if (!current) continue;
        let other: string[];
        if (q.kind === 'multiple') {
          const exclusive = q.options.find((o) => o.id === a)?.exclusive;
          const isExclusive = (x: string) => q.options.find((o) => o.id === x)?.exclusive;
          if (exclusive) other = current.includes(a) ? [q.options.find((o) => !o.exclusive)!.id] : [a];
          else other = current.includes(a) ? current.filter((x) => x !== a) : [...current.filter((x) => !isExclusive(x)), a];
          if (other.length === 0) continue;
        } else if (current[0] === a) other = [b];
        else if (current[0] === b) other = [a];
        else continue;
        const changed = diagnose(library, completeAnswers(questions, { ...answers, [q.id]: other }))!;
        if (signature(changed) !== signature(reports[i]!)) pending.delete(key);
      }
    }
    expect([...pending.keys()].sort(), [...pending.keys()].sort().join('\n')).toEqual([]);
  });

});
