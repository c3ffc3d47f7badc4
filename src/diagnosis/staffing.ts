import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';
import type { Role } from '../schemas/role';
import { evaluateCondition } from '../conditions/evaluate';
import type { ResolvedFinding } from './resolve-finding';

/** One role to staff next, and the finding that asks for it. */
export interface StaffingStep {
  role: Role;
  because: ResolvedFinding;
  /** The role is there already and this asks for one more person in it. */
  another?: true;
  /** Hiring waits for the clarity work: this step comes once requirements, decisions and ownership are settled. */
  waits?: true;
}

/**
 * Why the sequence starts where it does: with what the principal constraint needs, with the skill the
 * respondent named as the bottleneck, or in the recommended order of roles.
 */
export type StaffingLead = 'principal' | 'named-skill' | 'sequence';

/**
 * What to staff next: `hold` when the respondent said the constraint is clarity (only roles filled by
 * assigning someone already there go now; every hire waits, and the order for afterwards is given),
 * otherwise `sequence`. Never a role that is present, unless a finding asks for another person in it.
 */
export interface Staffing {
  kind: 'hold' | 'sequence';
  steps: StaffingStep[];
  lead: StaffingLead;
}

/** Whether an answer says the constraint is clarity, which makes every hire wait for the clarity work. */
export function hiringPaused(questions: readonly Question[], answers: AnswerMap): boolean {
  return questions.some((q) => q.options.some((o) => o.pausesHiring && answers[q.id]?.includes(o.id)));
}

/** The role the respondent named as the skill where work piles up, if any (an option's `skill`). */
export function namedSkill(questions: readonly Question[], answers: AnswerMap): string | undefined {
  for (const q of questions) for (const o of q.options) if (o.skill && answers[q.id]?.includes(o.id)) return o.skill;
  return undefined;
}

/** Whether this finding may ask for this role on these answers: absent, or present with `staffAnother`. */
export function mayStaff(finding: Pick<ResolvedFinding, 'staffAnother'>, role: Role, answers: AnswerMap): boolean {
  return finding.staffAnother === true || !evaluateCondition(role.present, answers);
}

/**
 * The staffing recommendation for these problem findings (ranked, principal first): the principal's role
 * leads; then the skill the respondent named; then the roles' recommended `sequence`.
 */
export function recommendStaffing(
  problems: readonly ResolvedFinding[],
  roles: readonly Role[],
  questions: readonly Question[],
  answers: AnswerMap,
  fromUnknown: (finding: ResolvedFinding) => boolean = () => false,
): Staffing {
  const paused = hiringPaused(questions, answers);
  const steps: StaffingStep[] = [];
  for (const finding of problems) {
    // A "don't know" is something to find out, not a reason to hire.
    if (fromUnknown(finding)) continue;
    const role = roles.find((r) => r.id === finding.staff);
    if (!role || steps.some((s) => s.role.id === role.id) || !mayStaff(finding, role, answers)) continue;
    const another = evaluateCondition(role.present, answers);
    steps.push({ role, because: finding, ...(another ? { another: true as const } : {}), ...(paused && role.fill !== 'assign' ? { waits: true as const } : {}) });
  }
  const principalRole = problems[0]?.staff;
  const skill = namedSkill(questions, answers);
  const lead: StaffingLead = steps.some((s) => s.role.id === principalRole) ? 'principal' : steps.some((s) => s.role.id === skill) ? 'named-skill' : 'sequence';
  const first = lead === 'principal' ? principalRole : lead === 'named-skill' ? skill : undefined;
  const rank = (s: StaffingStep) => (s.waits ? 1000 : 0) + (s.role.id === first ? 0 : s.role.id === skill ? 100 : 200) + s.role.sequence;
  steps.sort((a, b) => rank(a) - rank(b));
  return { kind: paused ? 'hold' : 'sequence', steps, lead };
}
