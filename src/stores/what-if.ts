/**
 * What if: the leader changes answers on the report and sees the report of the changed answers at once,
 * marked against the original. The changes live here, in memory, tied to the answers they were made on
 * (new answers loaded start without a scenario); the saved interview is never touched (editing the
 * scenario's answers in the interview goes through report-view.ts, which asks first). This module is
 * fetched on demand; once loaded, the scenario it computes is what `$whatIfShown` holds.
 */
import { atom, computed } from 'nanostores';
import { diagnoseWithPath } from '../diagnosis/full-report';
import { scenarioChanges } from '../diagnosis/scenario-changes';
import { changesBetween, whatIfAnswers, withChange } from '../interview/what-if-answers';
import type { AnswerMap } from '../schemas/answers';
import { latestCodebook, type Codebook } from '../share/codebook';
import { encodeAnswers } from '../share/link-codec';
import { readScenarioFragment, scenarioFragment } from '../share/scenario-link';
import { replaceFragment } from './address';
import { shareLinkFor } from '../share/share-link';
import { $reportAnswers, type ReportAnswers } from './report';
import { $originalReport, $reportContent } from './report-diagnosis';
import { $whatIfShown, type WhatIf } from './what-if-shown';

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

/** The link of a what-if scenario with the answers it was tried against, or `undefined` without a codebook. */
export function scenarioLinkFor(scenario: AnswerMap, original: AnswerMap, codebooks: readonly Codebook[], reportPageUrl: string): string | undefined {
  const codebook = latestCodebook(codebooks);
  if (!codebook) return undefined;
  const fragment = scenarioFragment({ scenario: encodeAnswers(scenario, codebook), original: encodeAnswers(original, codebook) });
  return `${reportPageUrl.split('#')[0]}#${fragment}`;
}

/** The scenario shown, or `undefined` when the report shows the loaded answers (no change, or none left). */
export const $whatIf = computed([$reportAnswers, $whatIfChanges, $reportContent, $originalReport], (source, changes, content, original): WhatIf | undefined => {
  if (source.status !== 'ready' || !changes || !content || !original) return undefined;
  const scenario = whatIfAnswers(content.library.questions, source.answers, changes);
  const full = diagnoseWithPath(content.library, scenario.answers);
  if (!full) return undefined;
  const marks = scenarioChanges(content.library.questions, original, full, scenario.assumed);
  if (marks.answers.length === 0) return undefined;
  const shareUrl = scenarioLinkFor(scenario.answers, original.report.answers, content.codebooks, content.reportPageUrl);
  return { ...scenario, full, changes: marks, fromLink: source.scenario !== undefined, shareUrl };
});

/** Changes one answer of the scenario (starting one if there is none); a return to the original's answer undoes that change. */
export function tryChange(question: string, options: readonly string[]): void {
  const source = $reportAnswers.get();
  if (source.status !== 'ready') return;
  $edits.set({ base: source, changes: withChange(source.answers, $whatIfChanges.get() ?? {}, question, options) });
}

// The page's stores and island read the scenario from the light atom.
$whatIf.subscribe((whatIf) => $whatIfShown.set(whatIf));

/** Back from the scenario to the loaded answers; a scenario link in the address becomes the original's link. */
export function backToOriginal(): void {
  const source = $reportAnswers.get();
  if (source.status === 'ready') $edits.set({ base: source, changes: null });
  const content = $reportContent.get();
  const original = $originalReport.get();
  if (typeof window === 'undefined' || !content || !original || !readScenarioFragment(window.location.hash)) return;
  replaceFragment(shareLinkFor(original.report.answers, content.codebooks, content.reportPageUrl));
}
