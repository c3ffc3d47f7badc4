import { TIMEFRAMES } from '../schemas/finding-scales';
import { PLAN_PERIOD_KEYS, type PlannedAction } from './plan';
import type { Report } from './report';

/**
 * The actions to take first, in order: the principal constraint's earliest action leads (it is the
 * report's "first action"), then the plan in its own order, without repeats.
 */
export function firstActions(report: Report, count: number): PlannedAction[] {
  const principal = report.principal.finding;
  const due = (a: (typeof principal.actions)[number]) => (a.waits ? TIMEFRAMES.length : TIMEFRAMES.indexOf(a.within));
  const earliest = [...principal.actions].sort((a, b) => due(a) - due(b))[0];
  const lead: PlannedAction[] = earliest ? [{ action: earliest, finding: principal }] : [];
  const rest = PLAN_PERIOD_KEYS.flatMap((key) => report.plan[key]).filter((step) => step.action !== earliest);
  return [...lead, ...rest].slice(0, Math.max(0, count));
}
