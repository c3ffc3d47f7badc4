import type { Action, Finding } from '../schemas/finding';
import { TIMEFRAMES } from '../schemas/finding-scales';

/** One step of the 30/60/90-day plan, with the finding it comes from. */
export interface PlannedAction {
  action: Action;
  finding: Finding;
}

/** The plan in three periods: the first 30 days (this week included), days 31–60, days 61–90. */
export interface Plan {
  first30: PlannedAction[];
  days60: PlannedAction[];
  days90: PlannedAction[];
}

/** Assembles the 30/60/90-day plan from the findings' actions, most important finding first in each period. */
export function assemblePlan(findings: readonly Finding[]): Plan {
  const plan: Plan = { first30: [], days60: [], days90: [] };
  const steps = findings.flatMap((finding) => finding.actions.map((action) => ({ action, finding })));
  steps.sort((a, b) => TIMEFRAMES.indexOf(a.action.within) - TIMEFRAMES.indexOf(b.action.within));
  for (const step of steps) {
    if (step.action.within === '60-days') plan.days60.push(step);
    else if (step.action.within === '90-days') plan.days90.push(step);
    else plan.first30.push(step);
  }
  return plan;
}
