import type { AnswerMap } from '../schemas/answers';
import type { Action, Finding } from '../schemas/finding';
import { evaluateCondition } from '../conditions/evaluate';
import { forModelCount } from './model-count';

/** An action as the report shows it: `waits` when it staffs a role while hiring waits for the clarity work. */
export type ReportAction = Action & { waits?: true };

/** A finding as it reads for these answers: its first matching variant applied. */
export interface ResolvedFinding extends Omit<Finding, 'actions'> {
  actions: ReportAction[];
  /** The variant that applied, if any. */
  variant?: string;
  /** The key of its "why it matters" text in the report's bodies: the finding's id, or `id:variant`. */
  bodyKey: string;
}

/** The role to staff: the variant's when it names one (or `null`, none), else the finding's. */
function staffOf(variant: string | null | undefined, finding: string | undefined): { staff?: string } {
  const staff = variant === undefined ? finding : variant;
  return staff ? { staff } : {};
}

/** The accountabilities unowned inside: the variant's when it names them (`[]`, none), else the finding's. */
function unownedOf(variant: string[] | undefined, finding: string[] | undefined): { noInternalOwner?: string[] } {
  const ids = variant ?? finding;
  return ids && ids.length > 0 ? { noInternalOwner: ids } : {};
}

/** The title, steps and question read for the number of models live (`{one|several}` choices). */
function counted(finding: ResolvedFinding, count: 'one' | 'several'): ResolvedFinding {
  return {
    ...finding,
    title: forModelCount(finding.title, count),
    actions: finding.actions.map((a) => ({ ...a, do: forModelCount(a.do, count) })),
    ...(finding.ask ? { ask: forModelCount(finding.ask, count) } : {}),
  };
}

/**
 * The finding as these answers should read it: the first variant whose `when` holds replaces the title,
 * why, severity, actions, question, role to staff and accountabilities unowned inside it gives, and each
 * text names one model or several as `count` says. Pure; the library's finding is not changed.
 */
export function resolveFinding(finding: Finding, answers: AnswerMap, count: 'one' | 'several' = 'one'): ResolvedFinding {
  const variant = finding.variants?.find((v) => evaluateCondition(v.when, answers));
  const { variants: _variants, covers: _covers, staff: _staff, ...base } = finding;
  if (!variant) return counted({ ...base, ...staffOf(undefined, finding.staff), bodyKey: finding.id }, count);
  return counted(
    {
      ...base,
      title: variant.title ?? finding.title,
      severity: variant.severity ?? finding.severity,
      actions: variant.actions ?? finding.actions,
      ...(variant.ask ?? finding.ask ? { ask: variant.ask ?? finding.ask } : {}),
      ...staffOf(variant.staff, finding.staff),
      ...unownedOf(variant.noInternalOwner, finding.noInternalOwner),
      variant: variant.id,
      // A variant with a why of its own reads it from the bodies (a report page ships the why there, not here: '').
      bodyKey: variant.why !== undefined ? `${finding.id}:${variant.id}` : finding.id,
    },
    count,
  );
}
