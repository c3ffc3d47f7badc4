/**
 * What the report page shows and the actions behind its buttons: the report on screen (the scenario's when
 * there is one), its share link, importing a file, going back to the original and editing the answers in
 * the interview. The island renders these and wires the DOM; the decisions are here. The address bar is
 * kept so that a reload shows what is on screen.
 */
import { computed } from 'nanostores';
import type { FullReport } from '../diagnosis/full-report';
import type { AnswerMap } from '../schemas/answers';
import { readScenarioFragment } from '../share/scenario-link';
import { replaceFragment } from './address';
import {
  $reportAnswers,
  loadAnswersIntoInterview,
  loadReportAnswers,
  scenarioLinkFor,
  shareLinkFor,
  showImportedAnswers,
  wouldReplaceSavedAnswers,
} from './report';
import { $originalReport, $reportContent, setReportContent, type ReportContent } from './report-diagnosis';
import { $whatIf, clearWhatIf, type WhatIf } from './what-if';

/** The report on screen: the scenario's when one is tried, else the loaded answers'. */
export const $shownReport = computed([$originalReport, $whatIf], (original, whatIf): (FullReport & { whatIf?: WhatIf }) | undefined =>
  whatIf ? { ...whatIf.full, whatIf } : original,
);

/** The share link of what is on screen: a scenario link (marked as one) while a scenario is shown. */
export const $shareUrl = computed([$originalReport, $whatIf, $reportContent], (original, whatIf, content): string | undefined => {
  if (!original || !content) return undefined;
  return whatIf
    ? scenarioLinkFor(whatIf.answers, original.report.answers, content.codebooks, content.reportPageUrl)
    : shareLinkFor(original.report.answers, content.codebooks, content.reportPageUrl);
});

/** Starts the report page: its content, then the answers from the address (`location.hash`) or this browser. */
export function openReportPage(content: ReportContent, hash: string): void {
  setReportContent(content);
  loadReportAnswers(hash, content.codebooks, content.library.questions);
}

/**
 * Shows the answers of an imported file (see `showImportedAnswers`) and puts their link in the address,
 * so a reload shows them. Returns why nothing could be shown, for the import's own message.
 */
export function importAnswers(answers: AnswerMap, dropped: string[]): string | undefined {
  const content = $reportContent.get();
  if (!content) return 'The report page is not ready yet: try again in a moment.';
  const refused = showImportedAnswers(content.library.questions, answers, dropped);
  if (refused) return refused;
  const shown = $reportAnswers.get();
  replaceFragment(shown.status === 'ready' ? shareLinkFor(shown.answers, content.codebooks, content.reportPageUrl) : undefined);
  return undefined;
}

/** Back from a scenario to the loaded answers; a scenario link in the address becomes the original's link. */
export function backToOriginal(): void {
  clearWhatIf();
  const content = $reportContent.get();
  const original = $originalReport.get();
  if (typeof window === 'undefined' || !content || !original || !readScenarioFragment(window.location.hash)) return;
  replaceFragment(shareLinkFor(original.report.answers, content.codebooks, content.reportPageUrl));
}

/** The answers on screen, and whether they are already this browser's interview (its own answers, no scenario). */
function shownAnswers(): { answers: AnswerMap; own: boolean } | undefined {
  const source = $reportAnswers.get();
  const shown = $shownReport.get();
  if (source.status !== 'ready' || !shown) return undefined;
  return { answers: shown.report.answers, own: source.from === 'browser' && !shown.whatIf };
}

/**
 * What "Edit answers" does: `ask` when the answers on screen would replace different answers in progress
 * here (nothing is changed until `confirmEdit`); otherwise `go`, with the answers on screen loaded into the
 * interview first unless they are already its own.
 */
export function beginEdit(): 'ask' | 'go' {
  const content = $reportContent.get();
  const shown = shownAnswers();
  if (!content || !shown || shown.own) return 'go';
  if (wouldReplaceSavedAnswers(content.library.questions, shown.answers)) return 'ask';
  loadAnswersIntoInterview(content.library.questions, shown.answers);
  return 'go';
}

/** The reader agreed: the answers on screen replace those in progress in this browser. */
export function confirmEdit(): void {
  const content = $reportContent.get();
  const shown = shownAnswers();
  if (content && shown && !shown.own) loadAnswersIntoInterview(content.library.questions, shown.answers);
}
