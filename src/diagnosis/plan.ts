import type { Role } from '../schemas/role';
import type { ReportAction, ResolvedFinding } from './resolve-finding';

/** One step of the plan, with the finding it comes from. */
export interface PlannedAction {
  action: ReportAction;
  finding: ResolvedFinding;
}

/** The plan's periods, in order: the four time frames, then the hires that wait for the clarity work. */
export const PLAN_PERIOD_KEYS = ['this-week', '30-days', '90-days', '180-days', 'after-clarity'] as const;
export type PlanPeriod = (typeof PLAN_PERIOD_KEYS)[number];

/** The plan: a few steps per period, most important finding first. */
export type Plan = Record<PlanPeriod, PlannedAction[]>;

/**
 * How many steps a period holds at most: a plan a lead can run, not a list of everything. This week holds
 * 3, the first 30 days (this week included) 7, 90 and 180 days 6 each; past that a step stays in its
 * finding only, with the same date, so a step never has two deadlines.
 */
export const PLAN_LIMITS = { 'this-week': 3, first30: 7, '90-days': 6, '180-days': 6 } as const;

/**
 * Assembles the plan from the ranked problem findings' actions: the principal's first, then every step
 * that staffs a role (so each hire the staffing sequence names is in the plan), then the rest in the
 * findings' order, each in its own period within the limits above; a step that `waits` (a hire while
 * clarity is missing) after the clarity work.
 */
export function assemblePlan(findings: readonly ResolvedFinding[]): Plan {
  const plan: Plan = { 'this-week': [], '30-days': [], '90-days': [], '180-days': [], 'after-clarity': [] };
  const first30 = () => plan['this-week'].length + plan['30-days'].length;
  const all = findings.flatMap((finding) => finding.actions.map((action) => ({ action, finding })));
  const [principal] = findings;
  const order = [
    ...all.filter((s) => s.finding === principal),
    ...all.filter((s) => s.finding !== principal && s.action.staffs),
    ...all.filter((s) => s.finding !== principal && !s.action.staffs),
  ];
  for (const step of order) {
    const { action } = step;
    if (action.waits) plan['after-clarity'].push(step);
    else if (action.within === 'this-week') {
      if (plan['this-week'].length < PLAN_LIMITS['this-week'] && first30() < PLAN_LIMITS.first30) plan['this-week'].push(step);
    } else if (action.within === '30-days') {
      if (first30() < PLAN_LIMITS.first30) plan['30-days'].push(step);
    } else if (plan[action.within].length < PLAN_LIMITS[action.within]) plan[action.within].push(step);
  }
  // Within a period, the findings' order (principal first), whatever order the steps were taken in.
  const rank = (s: PlannedAction) => findings.indexOf(s.finding);
  for (const key of PLAN_PERIOD_KEYS) plan[key].sort((a, b) => rank(a) - rank(b));
  return plan;
}

/** What fitting the actions needs to know about the team. */
export interface ActionFit {
  roles: readonly Role[];
  /** Whether this finding may ask for a person in this role (not present, or it asks for another). */
  canStaff: (finding: ResolvedFinding, role: Role) => boolean;
  /** Whether the answers show somebody who leads this role's work (its `lead.present`, else the role itself). */
  hasLead: (role: Role) => boolean;
  /** Hiring waits until the clarity work is done. */
  paused: boolean;
  /** The finding rests on "don't know" answers alone: something to find out, so it staffs nobody. */
  unknownOnly: (finding: ResolvedFinding) => boolean;
}

/**
 * The findings' actions as the report shows them, most important finding first:
 * - one step per role to staff across the whole report (the most important finding keeps it), none that
 *   staffs a role the answers show present unless the finding asks for another person, and none from a
 *   finding raised by "don't know" alone (it would take the step from a finding the answers show);
 * - one step per `act`, so the same piece of work is never asked for twice in other words;
 * - a hire or contract asked for by any finding but the principal opens within 30 days, never this week:
 *   the first week belongs to the principal constraint;
 * - the first 30 days use the people the team has: a requisition opens in them only for a critical
 *   principal constraint (the role is missing and the work cannot wait for it, e.g. a model about to be
 *   handed over to nobody); every other hire opens within 90 days, after the steps the team can take
 *   itself, as the staffing sequence orders them (a contract or an assignment is not held back);
 * - while hiring waits for clarity, every step that staffs by hire or contract is marked `waits`;
 * - a step owned by the lead of a role nobody leads (e.g. the head of data science on a team without data
 *   scientists, or with a few led by the program lead) goes to that role's stand-in.
 */
export function fitActions(findings: readonly ResolvedFinding[], fit: ActionFit): ResolvedFinding[] {
  const asked = new Set<string>();
  const acts = new Set<string>();
  let hireOpened = false;
  const standIns = new Map(fit.roles.flatMap((r) => (r.lead && !fit.hasLead(r) ? [[r.lead.title, r.lead.standIn] as const] : [])));
  return findings.map((finding, rank) => {
    const unknown = fit.unknownOnly(finding);
    const actions: ReportAction[] = [];
    for (const action of finding.actions) {
      if (action.act && acts.has(action.act)) continue;
      if (action.act) acts.add(action.act);
      const owned = standIns.has(action.owner) ? { ...action, owner: standIns.get(action.owner)! } : action;
      if (!owned.staffs) {
        actions.push(owned);
        continue;
      }
      const role = fit.roles.find((r) => r.id === owned.staffs);
      if (!role || asked.has(role.id) || unknown || !fit.canStaff(finding, role)) continue;
      asked.add(role.id);
      const byHire = role.fill !== 'assign';
      const early = owned.within === 'this-week' || owned.within === '30-days';
      const urgent = rank === 0 && finding.severity === 'critical';
      const held = role.fill === 'hire' && early && (hireOpened || !urgent);
      if (role.fill === 'hire' && early && !held) hireOpened = true;
      const dated = held ? { ...owned, within: '90-days' as const } : byHire && rank > 0 && owned.within === 'this-week' ? { ...owned, within: '30-days' as const } : owned;
      actions.push(fit.paused && byHire ? { ...dated, waits: true } : dated);
    }
    return { ...finding, actions };
  });
}
