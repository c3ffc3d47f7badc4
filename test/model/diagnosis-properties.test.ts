import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readMarkdownFolder, readYamlFolder } from '../../src/content-fs';
import { causeGraph } from '../../src/diagnosis/causes';
import { PLAN_LIMITS, PLAN_PERIOD_KEYS } from '../../src/diagnosis/plan';
import { diagnose, type FiredFinding, type Report } from '../../src/diagnosis/report';
import { evaluateCondition } from '../../src/interview/condition';
import { enumerateInterviewPaths } from '../../src/interview/paths';
import type { AnswerMap } from '../../src/schemas/answers';
import { SEVERITIES } from '../../src/schemas/finding-scales';
import type { Question } from '../../src/schemas/question';
import { answerVariants } from '../fixtures/answer-variants';
import { completeAnswers } from '../fixtures/complete-answers';
import { loadLibraryFromDisk } from '../fixtures/content';
import { seedsArbitrary, walk } from '../fixtures/random-walk';

const library = loadLibraryFromDisk();
const { questions, roles, dimensions } = library;
const byId = new Map(questions.map((q) => [q.id, q]));
const paths = enumerateInterviewPaths(questions);
const enumerated = paths.flatMap((path) => answerVariants(questions, path));
const random = fc.sample(seedsArbitrary(questions), { numRuns: 10_000, seed: 20261201 }).map((seeds) => walk(questions, seeds).answers);
const answerSets: AnswerMap[] = [...enumerated, ...random];
const reports = answerSets.map((answers) => diagnose(library, answers)!);

/** Every "why it matters" text by body key: the Markdown body, and each variant's own `why`. */
const bodies = new Map<string, string>();
for (const { data, body } of readMarkdownFolder('content/findings')) {
  const f = data as { id: string; variants?: { id: string; why?: string }[] };
  bodies.set(f.id, body);
  for (const v of f.variants ?? []) if (v.why) bodies.set(`${f.id}:${v.id}`, v.why);
}
const wording = readYamlFolder('content/wording')[0]!.data as { notLiveYet: string[]; programOfOne: string[] };
const patterns = (list: string[]) => list.map((p) => new RegExp(p, 'i'));

const rank = (severity: string) => SEVERITIES.indexOf(severity as (typeof SEVERITIES)[number]);
const isLive = (answers: AnswerMap) => answers['stage']?.[0] === 'in-production';
const dimensionOf = (r: Report, id: string) => r.ratings.find((x) => x.dimension.id === id)!;

/** Every text a fired finding shows: title, why, actions and question. */
function textsOf(fired: FiredFinding): string[] {
  const f = fired.finding;
  return [f.title, bodies.get(f.bodyKey) ?? '', ...f.actions.map((a) => a.do), f.ask ?? ''];
}

/** What a leader would see change: principal, findings and their variants, ratings, staffing, plan. */
function signature(r: Report): string {
  const f = (x: FiredFinding) => `${x.finding.id}:${x.finding.variant ?? ''}:${x.finding.severity}`;
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

describe('every question declares how its options rank', () => {
  test.each(questions.map((q) => [q.id, q] as const))('%s', (_, question) => {
    expect(question.order, `${question.id}: add "order:" (chains healthiest → worst, or "unordered")`).toBeDefined();
  });
});

describe(`diagnose, over ${enumerated.length} enumerated answer sets on ${paths.length} paths and ${random.length} random ones`, () => {
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
    expect([...broken].sort().slice(0, 40)).toEqual([]);
  });

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
    expect([...broken].sort()).toEqual([]);
  });

  test('(c) shows no strength beside a critical or major problem of its dimension', () => {
    for (const r of reports) {
      for (const s of r.strengths) {
        const serious = r.problems.filter((p) => p.finding.dimension === s.finding.dimension && rank(p.finding.severity) <= rank('major'));
        expect(serious.map((p) => p.finding.id), `${s.finding.id} beside`).toEqual([]);
      }
    }
  });

  test('(d) staffs no role the answers show present, unless it asks for another person in it', () => {
    for (const r of reports) {
      for (const step of r.staffing.steps) {
        expect(evaluateCondition(step.role.present, r.answers) && !step.another, `${step.role.id} is present`).toBe(false);
      }
      for (const p of r.problems) {
        for (const a of p.finding.actions) {
          const role = roles.find((x) => x.id === a.staffs);
          if (role && !p.finding.staffAnother) expect(evaluateCondition(role.present, r.answers), `${p.finding.id} staffs ${role.id}, who is present`).toBe(false);
        }
      }
    }
  });

  test(`(e) plans at most ${PLAN_LIMITS['this-week']} steps this week and ${PLAN_LIMITS.first30} in the first 30 days, principal first`, () => {
    for (const r of reports) {
      expect(r.plan['this-week'].length).toBeLessThanOrEqual(PLAN_LIMITS['this-week']);
      expect(r.plan['this-week'].length + r.plan['30-days'].length).toBeLessThanOrEqual(PLAN_LIMITS.first30);
      const first = PLAN_PERIOD_KEYS.flatMap((k) => r.plan[k])[0];
      if (first && !first.action.waits && r.principal.finding.actions.some((a) => !a.waits && a.within === 'this-week')) {
        expect(first.finding.id).toBe(r.principal.finding.id);
      }
    }
  });

  test('(f) asks for each hire once, and every action that asks for a person says which role', () => {
    const unmarked = new Set<string>();
    for (const r of reports) {
      const staffed = r.problems.flatMap((p) => p.finding.actions.flatMap((a) => (a.staffs ? [a.staffs] : [])));
      expect(staffed.length, `the same hire twice: ${staffed.join(', ')}`).toBe(new Set(staffed).size);
      for (const p of r.problems) {
        for (const a of p.finding.actions) {
          if (/\b(hire|recruit|requisition|contractor|secondment)\b/i.test(a.do) && !/\bno (new )?hires?\b|\bbefore (any|another) hire\b/i.test(a.do) && !a.staffs) {
            unmarked.add(`${p.finding.id}: "${a.do}"`);
          }
        }
      }
    }
    expect([...unmarked].sort()).toEqual([]);
  });

  test('(g) uses no live-model words before anything is live, and no team words for a program of one', () => {
    const notLive = patterns(wording.notLiveYet);
    const ofOne = patterns(wording.programOfOne);
    const found = new Set<string>();
    for (const r of reports) {
      const one = r.answers['team-size']?.[0] === 'just-me';
      for (const fired of [r.principal, ...r.problems, ...r.strengths]) {
        for (const text of textsOf(fired)) {
          for (const p of isLive(r.answers) ? [] : notLive) if (p.test(text)) found.add(`${fired.finding.bodyKey} at ${r.answers['stage']}: ${p.source}`);
          for (const p of one ? ofOne : []) if (p.test(text)) found.add(`${fired.finding.bodyKey} for a program of one: ${p.source}`);
        }
      }
    }
    expect([...found].sort()).toEqual([]);
  });

  test('(h) the principal constraint is never explained by another problem that fired', () => {
    for (const r of reports) {
      const graph = causeGraph(library.findings, r.answers);
      for (const p of r.problems) {
        if (p.finding.id === r.principal.finding.id) continue;
        expect(graph.reaches(p.finding.id, r.principal.finding.id), `${p.finding.id} explains the principal ${r.principal.finding.id}`).toBe(false);
      }
      expect(r.principal.cause).toBeUndefined();
    }
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
          other = current.includes(a) ? current.filter((x) => x !== a) : [...current.filter((x) => !q.options.find((o) => o.id === x)?.exclusive), a];
          if (other.length === 0 || (q.options.find((o) => o.id === a)?.exclusive && other.length > 1)) continue;
        } else if (current[0] === a) other = [b];
        else if (current[0] === b) other = [a];
        else continue;
        const changed = diagnose(library, completeAnswers(questions, { ...answers, [q.id]: other }))!;
        if (signature(changed) !== signature(reports[i]!)) pending.delete(key);
      }
    }
    expect([...pending.keys()].sort()).toEqual([]);
  });

  test('every report has a principal constraint, a reason for it, and three to five meeting questions', () => {
    for (const r of reports) {
      expect(r.principal.finding.id).toBeTruthy();
      expect(r.principalReason.text.length).toBeGreaterThan(20);
      expect(r.meetingQuestions.length).toBeGreaterThanOrEqual(3);
      expect(r.meetingQuestions.length).toBeLessThanOrEqual(5);
      if (r.principal.finding.fallback) expect(r.principal.evidence).toEqual([]);
    }
  });

  test('rates "not assessed" every dimension the path asked nothing about and found no problem in', () => {
    for (const r of reports) {
      for (const rating of r.ratings) {
        const asked = questions.some((q) => q.dimension === rating.dimension.id && Object.hasOwn(r.answers, q.id));
        const problem = r.problems.some((p) => p.finding.dimension === rating.dimension.id && p.finding.rated !== false);
        if (!asked && !problem) expect(rating.level, rating.dimension.id).toBe('not-assessed');
      }
    }
  });

  test('every dimension the stage makes urgent names a real stage', () => {
    const stages = byId.get('stage')!.options.map((o) => o.id);
    for (const d of dimensions) for (const s of d.urgentAt ?? []) expect(stages).toContain(s);
  });
});
