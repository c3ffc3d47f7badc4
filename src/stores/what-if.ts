/**
 * What if: the leader changes answers on the report and sees the report of the changed answers at once,
 * marked against the original. The changes live here, in memory, tied to the answers they were made on
 * (new answers loaded start without a scenario); the saved interview is never touched (editing the
 * scenario's answers in the interview goes through report-view.ts, which asks first).
 */
import { atom, computed } from 'nanostores';
import type { FullReport } from '../diagnosis/full-report';
import { diagnoseWithPath } from '../diagnosis/full-report';
import { scenarioChanges, type ScenarioChanges } from '../diagnosis/scenario-changes';
import { changesBetween, whatIfAnswers, withChange, type WhatIfAnswers } from '../interview/what-if-answers';
import type { AnswerMap } from '../schemas/answers';
import { $reportAnswers, type ReportAnswers } from './report';
import { $originalReport, $reportContent } from './report-diagnosis';

/** The changes made on one set of loaded answers; `null` changes: back to the original. */
const $edits = atom<{ base: ReportAnswers; changes: AnswerMap | null } | undefined>(undefined);

/**
 * The leader's changes to the loaded answers, or `null` without a scenario: those made here on these
 * answers, else those a scenario link brought.
 */
export const $whatIfChanges = computed([$reportAnswers, $edits], (source, edits): AnswerMap | null => {
  if (source.status !== 'ready') return null;
  if (edits?.base === source) return edits.changes;
  return source.scenario ? changesBetween(source.answers, source.scenario) : null;
});

/** A scenario on the report: its answers, its report, and what it changes against the original. */
export interface WhatIf extends WhatIfAnswers {
  full: FullReport;
  changes: ScenarioChanges;
  /** The scenario came in a link (it is someone's what-if, tried against the answers in that link). */
  fromLink: boolean;
}

/** The scenario shown, or `undefined` when the report shows the loaded answers (no change, or none left). */
export const $whatIf = computed([$reportAnswers, $whatIfChanges, $reportContent, $originalReport], (source, changes, content, original): WhatIf | undefined => {
  if (source.status !== 'ready' || !changes || !content || !original) return undefined;
  const scenario = whatIfAnswers(content.library.questions, source.answers, changes);
  const full = diagnoseWithPath(content.library, scenario.answers);
  if (!full) return undefined;
  const marks = scenarioChanges(content.library.questions, original, full, scenario.assumed);
  if (marks.answers.length === 0) return undefined;
  return { ...scenario, full, changes: marks, fromLink: source.scenario !== undefined };
});

/** Changes one answer of the scenario (starting one if there is none); a return to the original's answer undoes that change. */
export function tryChange(question: string, options: readonly string[]): void {
  const source = $reportAnswers.get();
  if (source.status !== 'ready') return;
  $edits.set({ base: source, changes: withChange(source.answers, $whatIfChanges.get() ?? {}, question, options) });
}

/** Drops the scenario: the report shows the loaded answers again. */
export function clearWhatIf(): void {
  const source = $reportAnswers.get();
  if (source.status === 'ready') $edits.set({ base: source, changes: null });
}
