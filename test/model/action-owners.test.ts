import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diagnose, type Report } from '../../src/diagnosis/report';
import { evaluateCondition } from '../../src/conditions/evaluate';
import { enumerateInterviewPaths } from '../../src/interview/paths';
import type { AnswerMap } from '../../src/schemas/answers';
import type { Action } from '../../src/schemas/finding';
import { TIMEFRAMES } from '../../src/schemas/finding-scales';
import type { Role } from '../../src/schemas/role';
import { answerVariants } from '../fixtures/answer-variants';
import { loadLibraryFromDisk } from '../fixtures/content';
import { seedsArbitrary, walk } from '../fixtures/random-walk';

const library = loadLibraryFromDisk();
const { questions, roles } = library;

/**
 * Owners every enterprise AI program has, whatever its answers: the program lead (the person taking the
 * check, or whoever runs the program) and the business sponsor (who pays for it and answers for it to the
 * business). The interview never asks about them and content/roles never staffs them.
 */
const ALWAYS_THERE = ['Program lead', 'Business sponsor'];

/**
 * Owners who lead a role's work (a role's `lead.title`, e.g. the head of data science): there only when
 * the answers show someone in that role; otherwise the report must have handed the step to the stand-in.
 */
const ROLE_LEADS = new Map(roles.flatMap((r) => (r.lead ? [[r.lead.title, r] as const] : [])));

/**
 * The other owners the findings name: each is a team role from content/roles, which the answers may show
 * missing, with the option of the roles question that lists it. An owner in neither list fails the test.
 */
const TEAM_OWNERS: Record<string, { role: string; listed: string }> = {
  'Data engineer': { role: 'data-engineer', listed: 'data-engineer' },
  'ML engineer': { role: 'ml-engineer', listed: 'ml-engineer' },
  'Data scientist': { role: 'data-scientist', listed: 'data-scientists' },
  'Domain expert': { role: 'domain-expert', listed: 'domain-expert' },
};

/** The first period in which someone the report asks to staff can own work: a hire takes longer than an assignment. */
const ARRIVES: Record<Role['fill'], (typeof TIMEFRAMES)[number]> = { assign: '30-days', contract: '90-days', hire: '180-days' };

/**
 * Why this owner cannot take this action on this report, or undefined when they can. A team role can own
 * it when the answers say the team has one (the role's `present` condition, or the roles question lists
 * it), or when the report itself tells the reader to staff it and the action falls due once that person
 * can have arrived (so "hire a data engineer" now and "the data engineer rebuilds the pipelines" later is
 * sound advice, and an action for an engineer nobody is hiring is not).
 */
function ownerProblem(action: Action, report: Report): string | undefined {
  if (ALWAYS_THERE.includes(action.owner)) return undefined;
  const led = ROLE_LEADS.get(action.owner);
  if (led) return evaluateCondition(led.lead!.present ?? led.present, report.answers) ? undefined : `"${action.owner}" owns an action, but the answers show nobody who leads the role ${led.id} (the stand-in is "${led.lead!.standIn}")`;
  const known = TEAM_OWNERS[action.owner];
  if (!known) return `owner "${action.owner}" is neither always there nor a team role this test knows`;
  const role = roles.find((r) => r.id === known.role);
  if (!role) return `owner "${action.owner}" names role "${known.role}", which content/roles does not have`;
  if (evaluateCondition(role.present, report.answers) || report.answers['roles']?.includes(known.listed)) return undefined;
  const staffed = report.staffing.steps.some((s) => s.role.id === role.id);
  if (!staffed) return `"${action.owner}" owns an action, but the answers say the team has none and the report asks for none`;
  if (TIMEFRAMES.indexOf(action.within) < TIMEFRAMES.indexOf(ARRIVES[role.fill])) {
    return `"${action.owner}" owns an action due ${action.within}, before someone the report asks for can arrive (${ARRIVES[role.fill]})`;
  }
  return undefined;
}

/** Every action of every finding the report shows whose owner cannot take it, one line each. */
function unownedActions(report: Report): string[] {
  return [...report.problems, ...report.strengths].flatMap(({ finding }) =>
    finding.actions.flatMap((action) => {
      const problem = ownerProblem(action, report);
      return problem ? [`${finding.id}: "${action.do.slice(0, 50)}…": ${problem}`] : [];
    }),
  );
}

describe('who owns each action, over every path of the interview', () => {
  const paths = enumerateInterviewPaths(questions);
  const answerSets: AnswerMap[] = [
    ...paths.flatMap((path) => answerVariants(questions, path)),
    // Steering answers the variants hold fixed (who holds the specification, who runs production, …) vary here.
    ...fc.sample(seedsArbitrary(questions), { numRuns: 3_000, seed: 20260602 }).map((seeds) => walk(questions, seeds).answers),
  ];

  test('every owner a finding names is always there, a team role from content/roles, or the lead of one', () => {
    const owners = new Set(library.findings.flatMap((f) => f.actions.map((a) => a.owner)));
    for (const owner of owners) {
      expect(ALWAYS_THERE.includes(owner) || owner in TEAM_OWNERS || ROLE_LEADS.has(owner), `owner "${owner}": add it to ALWAYS_THERE or TEAM_OWNERS, or as a role's lead.title`).toBe(true);
    }
    for (const { role } of Object.values(TEAM_OWNERS)) expect(roles.map((r) => r.id)).toContain(role);
    const listed = questions.find((q) => q.id === 'roles')!.options.map((o) => o.id);
    for (const known of Object.values(TEAM_OWNERS)) expect(listed).toContain(known.listed);
  });

  test(`no action, in ${answerSets.length} answer sets over ${paths.length} paths, is owned by a role the team does not have`, () => {
    const problems = new Set<string>();
    for (const answers of answerSets) for (const line of unownedActions(diagnose(library, answers)!)) problems.add(line);
    expect([...problems].sort()).toEqual([]);
  });
});
