import { describe, expect, test } from 'vitest';
import { readMarkdownFolder, readYamlFolder } from '../../src/content-fs';
import { causeGraph } from '../../src/diagnosis/causes';
import { PLAN_LIMITS, PLAN_PERIOD_KEYS } from '../../src/diagnosis/plan';
import type { FiredFinding } from '../../src/diagnosis/report';
import { evaluateCondition } from '../../src/conditions/evaluate';
import type { AnswerMap } from '../../src/schemas/answers';
import type { Condition } from '../../src/schemas/condition';
import { SEVERITIES } from '../../src/schemas/finding-scales';
import { library, overAll, reports } from '../fixtures/property-answer-sets';

const { questions, roles, dimensions } = library;
const byId = new Map(questions.map((q) => [q.id, q]));

/** Every "why it matters" text by body key: the Markdown body, and each variant's own `why`. */
const bodies = new Map<string, string>();
for (const { data, body } of readMarkdownFolder('content/findings')) {
  const f = data as { id: string; variants?: { id: string; why?: string }[] };
  bodies.set(f.id, body);
  for (const v of f.variants ?? []) if (v.why) bodies.set(`${f.id}:${v.id}`, v.why);
}
const wordingFiles = readYamlFolder('content/wording');
const sameWork = wordingFiles.find((f) => f.file.endsWith('same-work.yaml'))!.data as { steps: Record<string, string[]>; questions: Record<string, string[]> };
const wording = wordingFiles.find((f) => f.file.endsWith('stage-and-size.yaml'))!.data as {
  notLiveYet: string[];
  programOfOne: string[];
  noDataScientists: string[];
  live: string[];
  oneModelLive: string[];
  severalModelsLive: string[];
};
const patterns = (list: string[]) => list.map((p) => new RegExp(p, 'i'));
/** People a text may count on only when the answers show them (content/wording/people-shown.yaml). */
const peopleShown = Object.entries(wordingFiles.find((f) => f.file.endsWith('people-shown.yaml'))!.data as Record<string, { shownBy: Condition; words: string[] }>);

const rank = (severity: string) => SEVERITIES.indexOf(severity as (typeof SEVERITIES)[number]);
const isLive = (answers: AnswerMap) => answers['stage']?.[0] === 'in-production';

/** Every text a fired finding shows: title, why, actions and question. */
function textsOf(fired: FiredFinding): string[] {
  const f = fired.finding;
  return [f.title, bodies.get(f.bodyKey) ?? '', ...f.actions.map((a) => a.do), f.ask ?? ''];
}

describe('every question declares how its options rank', () => {
  test.each(questions.map((q) => [q.id, q] as const))('%s', (_, question) => {
    expect(question.order, `${question.id}: add "order:" (chains healthiest → worst, or "unordered")`).toBeDefined();
  });
});

describe(`diagnose, ${overAll}`, () => {
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

  test('no strength rests on a "don\'t know" answer', () => {
    const unknown = new Set(questions.flatMap((q) => q.options.filter((o) => o.unknown).map((o) => `${q.id}=${o.id}`)));
    const found = new Set<string>();
    for (const r of reports) {
      for (const s of r.strengths) for (const e of s.evidence) for (const o of e.chosen) if (unknown.has(`${e.question}=${o}`)) found.add(`${s.finding.id} on ${e.question}=${o}`);
    }
    expect([...found].sort()).toEqual([]);
  });

  test('only the principal constraint opens a hire or a contract this week', () => {
    const early = new Set<string>();
    for (const r of reports) {
      for (const p of r.problems.slice(1)) {
        for (const a of p.finding.actions) {
          const role = roles.find((x) => x.id === a.staffs);
          if (role && role.fill !== 'assign' && a.within === 'this-week') early.add(`${p.finding.id} staffs ${role.id} this week`);
        }
      }
    }
    expect([...early].sort()).toEqual([]);
  });

  test('the first 30 days use the people there are: a requisition opens in them only for a critical principal constraint', () => {
    const early = new Set<string>();
    for (const r of reports) {
      r.problems.forEach((p, i) => {
        for (const a of p.finding.actions) {
          const hire = roles.find((x) => x.id === a.staffs)?.fill === 'hire' && (a.within === 'this-week' || a.within === '30-days');
          if (hire && (i > 0 || p.finding.severity !== 'critical')) early.add(`${p.finding.bodyKey} (${p.finding.severity}, rank ${i + 1}) hires ${a.staffs} ${a.within}`);
        }
      });
    }
    expect([...early].sort()).toEqual([]);
  });

  test('opens one hire at a time: at most one requisition in the first 30 days', () => {
    const many = new Set<string>();
    for (const r of reports) {
      const early = r.problems.flatMap((p) =>
        p.finding.actions.filter((a) => roles.find((x) => x.id === a.staffs)?.fill === 'hire' && (a.within === 'this-week' || a.within === '30-days')).map((a) => a.staffs),
      );
      if (early.length > 1) many.add(early.join(' and '));
    }
    expect([...many].sort()).toEqual([]);
  });

  test('every problem the report shows keeps at least one step to take', () => {
    const empty = new Set<string>();
    for (const r of reports) for (const p of r.problems) if (p.finding.actions.length === 0) empty.add(p.finding.bodyKey);
    expect([...empty].sort()).toEqual([]);
  });

  test('asks for each piece of work once: no two steps of a report share an act', () => {
    const twice = new Set<string>();
    for (const r of reports) {
      const acts = r.problems.flatMap((p) => p.finding.actions.flatMap((a) => (a.act ? [`${a.act} (${p.finding.id})`] : [])));
      const ids = acts.map((a) => a.split(' ')[0]!);
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) twice.add(acts.filter((a) => a.startsWith(`${id} `)).join(' and '));
      });
    }
    expect([...twice].sort()).toEqual([]);
  });

  test('asks for the same work once in other words too: steps of a family share its act, and no report asks a family\'s question twice', () => {
    const families = (lists: Record<string, string[]>) => Object.entries(lists).map(([act, list]) => [act, patterns(list)] as const);
    const steps = families(sameWork.steps);
    const asks = families(sameWork.questions);
    const twice = new Set<string>();
    // Every problem's step in a family carries the family's act, so the report keeps one.
    for (const f of library.findings.filter((x) => x.severity !== 'strength')) {
      for (const v of [f, ...(f.variants ?? [])]) {
        for (const a of v.actions ?? []) {
          for (const [act, family] of steps) {
            if (family.some((x) => x.test(a.do)) && a.act !== act) twice.add(`${act}: ${f.id} (${a.do.slice(0, 50)}…) has act ${a.act}`);
          }
        }
      }
    }
    for (const r of reports) {
      for (const [act, family] of steps) {
        const from = r.problems.filter((p) => p.finding.actions.some((a) => family.some((x) => x.test(a.do))));
        if (from.length > 1) twice.add(`${act}: steps of ${from.map((p) => p.finding.bodyKey).join(' and ')}`);
      }
      for (const [act, family] of asks) {
        const asked = r.meetingQuestions.filter((q) => family.some((x) => x.test(q)));
        if (asked.length > 1) twice.add(`${act}: questions ${asked.join(' / ')}`);
      }
    }
    expect([...twice].sort()).toEqual([]);
  });

  test('(g) uses no live-model words before anything is live, no going-live words once live, no team words for a program of one, no data scientists where there are none, and as many live models as there are', () => {
    const notLive = patterns(wording.notLiveYet);
    const live = patterns(wording.live);
    const ofOne = patterns(wording.programOfOne);
    const noScientists = patterns(wording.noDataScientists);
    const modelCount = { one: patterns(wording.oneModelLive), several: patterns(wording.severalModelsLive) };
    const found = new Set<string>();
    for (const r of reports) {
      const one = r.answers['team-size']?.[0] === 'just-me';
      const scientists = !r.answers['roles'] || r.answers['roles'].includes('data-scientists');
      const stageWords = isLive(r.answers) ? live : notLive;
      const models = r.answers['models-live']?.[0] as keyof typeof modelCount | undefined;
      const countWords = models ? modelCount[models] : [];
      for (const fired of [r.principal, ...r.problems, ...r.strengths]) {
        for (const text of textsOf(fired)) {
          for (const p of stageWords) if (p.test(text)) found.add(`${fired.finding.bodyKey} at ${r.answers['stage']}: ${p.source}`);
          for (const p of countWords) if (p.test(text)) found.add(`${fired.finding.bodyKey} for ${models} model(s) live: ${p.source}`);
          for (const p of one ? ofOne : []) if (p.test(text)) found.add(`${fired.finding.bodyKey} for a program of one: ${p.source}`);
          for (const p of scientists ? [] : noScientists) if (p.test(text)) found.add(`${fired.finding.bodyKey} without data scientists: ${p.source}`);
        }
      }
      // The questions asked once the stage and the size are known read the same way (their options too).
      for (const id of Object.keys(r.answers)) {
        if (id === 'stage' || id === 'team-size') continue;
        const q = byId.get(id)!;
        for (const text of [q.prompt, q.help, ...q.options.map((o) => o.label)]) {
          for (const p of stageWords) if (p.test(text)) found.add(`question ${id} at ${r.answers['stage']}: ${p.source}`);
          for (const p of one ? ofOne : []) if (p.test(text)) found.add(`question ${id} for a program of one: ${p.source}`);
        }
      }
    }
    expect([...found].sort()).toEqual([]);
  });

  test('(g) counts on no platform team, central IT or engineer the answers do not show', () => {
    const found = new Set<string>();
    for (const r of reports) {
      for (const [people, { shownBy, words }] of peopleShown) {
        if (evaluateCondition(shownBy, r.answers)) continue;
        for (const fired of [r.principal, ...r.problems, ...r.strengths]) {
          for (const text of textsOf(fired)) for (const p of patterns(words)) if (p.test(text)) found.add(`${fired.finding.bodyKey} with no ${people} in the answers: ${p.source}`);
        }
      }
    }
    expect(peopleShown.length).toBeGreaterThan(1);
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

  test('rates a dimension Healthy only on a definite answer asked about it: never on "don\'t know"s alone, nor on answers that assess nothing', () => {
    const unfounded = new Set<string>();
    for (const r of reports) {
      for (const rating of r.ratings) {
        if (rating.level !== 'healthy') continue;
        const evidence = questions.filter((q) => {
          if (q.dimension !== rating.dimension.id || !Object.hasOwn(r.answers, q.id)) return false;
          const chosen = q.options.filter((o) => r.answers[q.id]!.includes(o.id));
          return chosen.some((o) => !o.unknown && o.assessesNothing === undefined);
        });
        if (evidence.length === 0) {
          const asked = questions.filter((q) => q.dimension === rating.dimension.id && Object.hasOwn(r.answers, q.id));
          unfounded.add(`${rating.dimension.id} on ${asked.map((q) => `${q.id}=${r.answers[q.id]}`).join(', ') || 'nothing asked'}`);
        }
      }
    }
    expect([...unfounded].sort()).toEqual([]);
  });

  test('marks no accountability clear while a finding shown beside it says nobody inside holds it', () => {
    const broken = new Set<string>();
    for (const r of reports) {
      for (const p of r.problems) {
        const says = /\bnobody inside\b/i.test(p.finding.title);
        if (says && !p.finding.noInternalOwner) broken.add(`${p.finding.bodyKey} says "nobody inside" and names no accountability (noInternalOwner)`);
        for (const id of p.finding.noInternalOwner ?? []) {
          const entry = r.accountability.find((e) => e.id === id)!;
          if (!entry.gap) broken.add(`${id} clear (${entry.answer}) beside ${p.finding.bodyKey}`);
        }
      }
    }
    expect([...broken].sort()).toEqual([]);
  });

  test('every dimension the stage makes urgent names a real stage', () => {
    const stages = byId.get('stage')!.options.map((o) => o.id);
    for (const d of dimensions) for (const s of d.urgentAt ?? []) expect(stages).toContain(s);
  });
});
