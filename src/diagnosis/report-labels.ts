/**
 * The report's own words: section headings and the names of ratings, severities, time frames and
 * kinds of ownership. The page, the Markdown export and the slide all read them from here, so the
 * three always say the same thing.
 */
import type { Ownership } from '../schemas/question';
import { counted } from './count-words';
import type { Action, Severity } from '../schemas/finding';
import type { PathEnd, PathStep } from './path-forward';
import type { PlanPeriod } from './plan';
import type { RatingLevel } from './ratings';
import type { ReportAction } from './resolve-finding';
import type { StaffingStep } from './staffing';

/** What the path forward is, and its limit, in one sentence. */
export const PATH_INTRO =
  'If each step’s actions succeed, this is how the report changes: fix the principal constraint, check again, and the next one comes first.';

/** One step of the path forward in words: what it clears and which ratings move. */
export function pathStepText(step: PathStep): { clears: string; moves: string } {
  const others = step.clears.filter((c) => c.id !== step.fixes.id).map((c) => `“${c.title}”`);
  return {
    clears: others.length > 0 ? `Also clears ${others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} and ${others.at(-1)}`}.` : '',
    moves: step.moves.length > 0 ? `${step.moves.map((m) => `${m.dimension} ${m.before} → ${m.after}`).join(', ')}.` : '',
  };
}

/** How the path forward ends, in one sentence. */
export function PATH_END_TEXT(end: PathEnd): string {
  switch (end.kind) {
    case 'healthy':
      return 'Then: no structural problem is left.';
    case 'only-minor':
      return 'Then: only minor items are left.';
    case 'find-out':
      return `Then: find out first, “${end.title}”. ${end.reason}`.trim();
    case 'limit':
      return 'Then: serious problems are still left; take the check again after these steps.';
    case 'stalled':
      return 'Then: take the check again once this step is done.';
  }
}

/** The report's sections, in the order they appear. */
export const SECTIONS = {
  principal: 'The principal constraint',
  ratings: 'Dimension ratings',
  accountability: 'Accountability map',
  staffing: 'Staffing sequence',
  findings: 'Findings',
  plan: 'Plan: this week to six months',
  path: 'The path forward',
  meeting: 'Questions for your leadership meeting',
  strengths: 'Strengths',
  method: 'How this report was made',
} as const;

/** The site's name, as the title of every report. */
export const REPORT_TITLE = 'AI Team Check report';

/** The article the check's model comes from, credited by title in every report. */
export const ARTICLE_TITLE = 'How to Structure an AI Team That Can Actually Deliver';

/** The method note: what the report is based on and how it decides, for the number of dimensions rated. */
export const methodNote = (dimensions: number): string =>
  `The check rates ${counted(dimensions, 'structural dimension')} drawn from the article “${ARTICLE_TITLE}”. ` +
  'Each rating is set by the weakest finding in its dimension. The principal constraint is a root cause, a problem no other problem in the report explains: ' +
  'the most severe at this stage, then the one the stage makes urgent, then the one that explains most of the others, with ownership and clarity ahead of headcount last.';

/** A dimension rating's name, e.g. "At risk". */
export const RATING_LABELS: Readonly<Record<RatingLevel, string>> = {
  healthy: 'Healthy',
  watch: 'Watch',
  'at-risk': 'At risk',
  critical: 'Critical',
  'not-assessed': 'Not assessed',
};

/** A severity's name as a group heading, e.g. "Critical". */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  critical: 'Critical',
  major: 'Major',
  minor: 'Minor',
  strength: 'Strength',
};

/** An action's time frame, e.g. "Within 30 days". */
export const TIMEFRAME_LABELS: Readonly<Record<Action['within'], string>> = {
  'this-week': 'This week',
  '30-days': 'Within 30 days',
  '90-days': 'Within 90 days',
  '180-days': 'Within 6 months',
};

/** What a step that waits for the clarity work says instead of its time frame. */
export const WAITS_LABEL = 'Once the clarity work is done';

/** The plan's periods, in order, with their headings. */
export const PLAN_PERIODS: readonly { key: PlanPeriod; label: string }[] = [
  { key: 'this-week', label: 'This week' },
  { key: '30-days', label: 'Within 30 days' },
  { key: '90-days', label: 'Within 90 days' },
  { key: '180-days', label: 'Within 6 months' },
  { key: 'after-clarity', label: WAITS_LABEL },
];

/** What an accountability map entry means, e.g. "Gap: owned jointly, so by nobody". */
export const OWNERSHIP_STATUS: Readonly<Record<Ownership | 'unasked', string>> = {
  named: 'Clear: one named person',
  team: 'Clear: one team',
  joint: 'Gap: held jointly, so by nobody',
  nobody: 'Gap: nobody holds it',
  unknown: 'Gap: nobody knows who holds it',
  unasked: 'Not answered',
};

/** An accountability held by one team where a finding says a team is not a name at this size. */
export const TEAM_NOT_ENOUGH_STATUS = 'Gap: a team, but no name, at this size';

/** An accountability with a holder answered, where a finding says nobody inside the organisation holds it. */
export const NO_INTERNAL_OWNER_STATUS = 'Gap: nobody inside the organisation answers for it';

/** What an accountability map entry says about its holder. */
export function accountabilityStatus(entry: { ownership: Ownership | 'unasked'; teamNotEnough?: true; noInternalOwner?: true }): string {
  if (entry.noInternalOwner) return NO_INTERNAL_OWNER_STATUS;
  return entry.teamNotEnough ? TEAM_NOT_ENOUGH_STATUS : OWNERSHIP_STATUS[entry.ownership];
}

/** The staffing section's verdict when the constraint is clarity. */
export const HOLD_HEADLINE = "Don't hire yet: fix clarity first";

/** Why hiring is on hold, in one sentence. */
export const HOLD_REASON =
  'You said the real constraint is clarity, not capacity: more people would bring more interpretations of an unclear goal. Settle requirements, decision rights and ownership before adding anyone; the order below is for afterwards.';

/** Why the staffing sequence starts where it does. */
export const STAFFING_LEAD: Readonly<Record<'principal' | 'named-skill' | 'sequence', string>> = {
  principal: 'It starts with the role the principal constraint needs.',
  'named-skill': 'It starts with the skill you named as where work piles up.',
  sequence: 'Infrastructure roles come before more modelers, so each hire has something to hand work to.',
};

/** The staffing section when there is no one to add. */
export const NO_STAFFING = 'No role needs staffing now: the roles your findings call for are already in place.';

/** How a role is filled, as a short phrase, e.g. "hire". */
export const FILL_LABELS = { hire: 'Hire', contract: 'Contract or second', assign: 'Assign someone you have' } as const;

/** A staffing step's role, as the report names it: "ML or MLOps engineer", or "A second ML or MLOps engineer". */
export function staffingStepName(step: StaffingStep): string {
  if (!step.another) return step.role.name;
  // "Data engineer" → "another data engineer", but "ML or MLOps engineer" keeps its capitals.
  const name = /^[A-Z][a-z]/.test(step.role.name) ? step.role.name.charAt(0).toLowerCase() + step.role.name.slice(1) : step.role.name;
  return `Another ${name}`;
}

/** How a staffing step is filled, or that it waits for the clarity work. */
export function staffingStepFill(step: StaffingStep): string {
  return step.waits ? `${FILL_LABELS[step.role.fill]}, ${WAITS_LABEL.toLowerCase()}` : FILL_LABELS[step.role.fill];
}

/** The evidence line's lead-in. */
export const EVIDENCE_LEAD = 'Because you answered';

/** When an action is due, as the report says it: its time frame, or that it waits for the clarity work. */
export function whenLabel(action: ReportAction): string {
  return action.waits ? WAITS_LABEL : TIMEFRAME_LABELS[action.within];
}

/** One line of plain text for an action: "Do this. (Owner, this week)". */
export function actionLine(action: ReportAction): string {
  return `${action.do} (${action.owner}, ${whenLabel(action).toLowerCase()})`;
}
