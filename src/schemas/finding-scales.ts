/**
 * The finding scales, without zod: browser code (the report) imports them from here so that zod stays
 * out of the page's JavaScript (as `questionnaire/branches.ts` does for branching). `finding.ts` re-exports them.
 */

/** How much a finding weighs, most severe first; `strength` marks what already works. */
export const SEVERITIES = ['critical', 'major', 'minor', 'strength'] as const;

/**
 * By when an action is due. A hire cannot land inside 30 days in an enterprise: the action that asks for
 * one opens the requisition (or brings in a contractor or a secondment) within 30 days, and work owned by
 * the person hired falls due once they can have arrived, in 90 days for a contractor, 180 for a hire.
 */
export const TIMEFRAMES = ['this-week', '30-days', '90-days', '180-days'] as const;
