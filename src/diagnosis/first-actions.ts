import { TIMEFRAMES } from '../schemas/finding-scales';
import type { PlannedAction } from './plan';
import type { Report } from './report';

/**
 * The actions to take first, in order: the principal constraint's earliest action leads (it is the
 * report's "first action"), then the 30/60/90-day plan in its own order, without repeats.
 */
export function firstActions(report: Report, count: number): PlannedAction[] {
  const principal = report.principal.finding;
  const earliest = [...principal.actions].sort((a, b) => TIMEFRAMES.indexOf(a.within) - TIMEFRAMES.indexOf(b.within))[0];
  const lead: PlannedAction[] = earliest ? [{ action: earliest, finding: principal }] : [];
  const rest = [...report.plan.first30, ...report.plan.days60, ...report.plan.days90].filter((step) => step.action !== earliest);
  return [...lead, ...rest].slice(0, Math.max(0, count));
}
