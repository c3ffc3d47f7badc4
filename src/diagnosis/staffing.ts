import type { AnswerMap } from '../schemas/answers';
import type { Finding } from '../schemas/finding';
import type { Question } from '../schemas/question';
import type { Role } from '../schemas/role';
import { evaluateCondition } from '../interview/condition';

/** One role to staff next, and the finding that asks for it. */
export interface StaffingStep {
  role: Role;
  because: Finding;
}

/**
 * What to staff next: `hold` when the respondent said the constraint is clarity (no hire; only roles
 * filled by assigning someone who is already there), otherwise the roles the problem findings ask
 * for, in the recommended sequence, never a role that is already present and dedicated.
 */
export type Staffing = { kind: 'hold'; steps: StaffingStep[] } | { kind: 'sequence'; steps: StaffingStep[] };

/** Whether an answer says the constraint is clarity, which pauses every hire. */
export function hiringPaused(questions: readonly Question[], answers: AnswerMap): boolean {
  return questions.some((q) => q.options.some((o) => o.pausesHiring && answers[q.id]?.includes(o.id)));
}

/** The staffing recommendation for these problem findings (ordered by impact) and answers. */
export function recommendStaffing(
  problems: readonly Finding[],
  roles: readonly Role[],
  questions: readonly Question[],
  answers: AnswerMap,
): Staffing {
  const paused = hiringPaused(questions, answers);
  const steps: StaffingStep[] = [];
  for (const finding of problems) {
    const role = roles.find((r) => r.id === finding.staff);
    if (!role || steps.some((s) => s.role.id === role.id)) continue;
    if (evaluateCondition(role.present, answers)) continue;
    if (paused && role.fill !== 'assign') continue;
    steps.push({ role, because: finding });
  }
  steps.sort((a, b) => a.role.sequence - b.role.sequence);
  return { kind: paused ? 'hold' : 'sequence', steps };
}
