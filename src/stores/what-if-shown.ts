/**
 * The what-if scenario on screen, for the report page's own stores and island: `stores/what-if.ts` computes
 * it and sets it here. What if is fetched on demand (the first "Try a change", or a scenario link), so the
 * report page at load carries only this atom and the types.
 */
import { atom } from 'nanostores';
import type { FullReport } from '../diagnosis/full-report';
import type { ScenarioChanges } from '../diagnosis/scenario-changes';
import type { WhatIfAnswers } from '../interview/what-if-answers';

/** A scenario on the report: its answers, its report, and what it changes against the original. */
export interface WhatIf extends WhatIfAnswers {
  full: FullReport;
  changes: ScenarioChanges;
  /** The scenario came in a link (it is someone's what-if, tried against the answers in that link). */
  fromLink: boolean;
  /** The scenario's link, marked as a scenario and holding the original too; `undefined` without a codebook. */
  shareUrl: string | undefined;
}

/** The scenario shown, or `undefined` when the report shows the loaded answers (no what-if, or no change left). */
export const $whatIfShown = atom<WhatIf | undefined>(undefined);
