/**
 * The finding scales, without zod: browser code (the report) imports them from here so that zod stays
 * out of the page's JavaScript (as `interview/branches.ts` does for branching). `finding.ts` re-exports them.
 */

/** How much a finding weighs, most severe first; `strength` marks what already works. */
export const SEVERITIES = ['critical', 'major', 'minor', 'strength'] as const;

/** By when an action is due: the report's 30/60/90-day plan groups actions by these. */
export const TIMEFRAMES = ['this-week', '30-days', '60-days', '90-days'] as const;
