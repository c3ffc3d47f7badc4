import { describe, expect, test } from 'vitest';
import { diagnose, type Report } from '../../src/diagnosis/report';
import { hiringPaused } from '../../src/diagnosis/staffing';
import { evaluateCondition } from '../../src/conditions/evaluate';
import { dontKnowEverywhere } from '../fixtures/answer-variants';
import { personas } from '../fixtures/personas';
import { answerSets, enumerated, library, overAll, reports } from '../fixtures/property-answer-sets';

const { questions, roles } = library;
const firedAnywhere = new Set<string>();

/** Words that recommend adding people; "no new hires" and the like do not match. */
const ADDS_PEOPLE = /\b(hire|recruit|onboard) (a|an|more|another|two|extra)\b|\badd (more )?(people|headcount|staff)\b|\bopen (a |the )?req/i;
/** How an action names each role when it asks for one, for the check that nobody present is hired again. */
const ROLE_WORDS: Record<string, RegExp> = {
  'data-engineer': /\bdata engineers?\b/i,
  'ml-engineer': /\b(ml|mlops|ml or mlops) engineers?\b/i,
  'data-scientist': /\bdata scientists?\b/i,
  'domain-expert': /\bdomain experts?\b/i,
  'product-owner': /\bproduct owners?\b/i,
};
/** An action that asks for a new person: "hire", "recruit" or "bring in" and the five words that follow. */
const ASKS_FOR = /\b(hire|recruit|bring in)\s+(\S+\s+){0,4}\S+/gi;
/** Stages in which nothing is in production yet: no drift or monitoring finding may fire. */
const NOT_IN_PRODUCTION = ['starting', 'building'];

/** The consistency rules of the diagnostic model; throws (via expect) on the first broken rule. */
function expectConsistent(report: Report | undefined) {
  expect(report, 'a report with a principal constraint').toBeDefined();
  const r = report!;
  expect(r.principal.finding.id).toBeTruthy();
  const fired = [...r.problems, ...r.strengths];
  for (const { finding } of fired) {
    firedAnywhere.add(finding.id);
    expect(evaluateCondition(finding.when, r.answers), `${finding.id} fired but its condition is false`).toBe(true);
    // A finding's `staff` may name a role that is present (the engine then asks for nobody: see the staffing
    // steps below); what it must never do is ask for that person in words.
    // Not only the staff field: no action's words may ask for someone the answers say is there
    // (a finding that asks for another person in a role the team has says so with staffAnother).
    for (const present of roles.filter((x) => evaluateCondition(x.present, r.answers) && !finding.staffAnother)) {
      const words = ROLE_WORDS[present.id];
      expect(words, `no words for role ${present.id} in this test`).toBeDefined();
      for (const action of finding.actions) {
        for (const ask of action.do.match(ASKS_FOR) ?? []) {
          expect(ask, `${finding.id} asks for a ${present.name}, who is present`).not.toMatch(words!);
        }
      }
    }
  }
  firedAnywhere.add(r.principal.finding.id);
  for (const step of r.staffing.steps) expect(evaluateCondition(step.role.present, r.answers) && !step.another).toBe(false);
  // Read from the answer itself as well as from the code's own rule, so a broken rule cannot hide here.
  if (r.answers['constraint']?.includes('clarity') || hiringPaused(questions, r.answers)) {
    // Facts stay, but every hire waits for the clarity work: nothing adds people now.
    expect(r.staffing.kind).toBe('hold');
    expect(r.staffing.steps.filter((s) => s.role.fill !== 'assign' && !s.waits)).toEqual([]);
    for (const { finding } of r.problems) {
      for (const action of finding.actions) {
        if (ADDS_PEOPLE.test(action.do)) expect(action.waits, `${finding.id} adds people now on a clarity problem: "${action.do}"`).toBe(true);
      }
    }
    for (const step of [...r.plan['this-week'], ...r.plan['30-days']]) {
      expect(step.action.do, `${step.finding.id} adds people in the first 30 days on a clarity problem`).not.toMatch(ADDS_PEOPLE);
    }
  }
  if (NOT_IN_PRODUCTION.some((stage) => r.answers['stage']?.includes(stage))) {
    const production = fired.filter(({ finding }) => /drift|monitor/.test(finding.id));
    expect(production.map((f) => f.finding.id), 'drift or monitoring findings before production').toEqual([]);
  }
  expect(r.meetingQuestions.length).toBeGreaterThanOrEqual(3);
  expect(r.meetingQuestions.length).toBeLessThanOrEqual(5);
}

describe(`diagnose, ${overAll}`, () => {
  test('holds every consistency rule, and a random walk to the end gives a complete report', () => {
    reports.forEach((report, i) => {
      expectConsistent(report);
      if (i >= enumerated.length) expect(report.complete).toBe(true);
    });
  });

  test('is deterministic', () => {
    for (const answers of answerSets.slice(0, 50)) {
      expect(JSON.stringify(diagnose(library, answers))).toBe(JSON.stringify(diagnose(library, answers)));
    }
  });

  test('never rates a path full of "don\'t know" healthy', () => {
    const report = diagnose(library, dontKnowEverywhere(questions))!;
    const unknownOnly = report.ratings.filter((r) => r.answered > 0 && r.unknowns === r.answered);
    expect(unknownOnly.length).toBeGreaterThan(0);
    for (const rating of unknownOnly) expect(rating.level, rating.dimension.id).not.toBe('healthy');
    expect(report.principal.finding.severity).not.toBe('strength');
    expect(report.principal.finding.fallback ?? false).toBe(false);
  });

  test('every finding in the library is reachable by some path', () => {
    // The example teams too: a healthy program's path is rare among variants that vary every answer at once.
    for (const report of reports) expectConsistent(report);
    for (const persona of personas) expectConsistent(diagnose(library, persona.story));
    const unreachable = library.findings.map((f) => f.id).filter((id) => !firedAnywhere.has(id));
    expect(unreachable, 'findings no answer set makes fire').toEqual([]);
  });
});
