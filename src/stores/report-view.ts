/**
 * What the report page shows and the actions behind its buttons: the report on screen (the scenario's when
 * there is one, see what-if.ts), its share link, importing a file and editing the answers in the interview. The island renders these and wires the DOM; the decisions are here. The address bar is
 * kept so that a reload shows what is on screen.
 */
import { computed } from 'nanostores';
import type { FullReport } from '../diagnosis/full-report';
import type { AnswerMap } from '../schemas/answers';
import { questionnaireVersion, type Codebook } from '../share/codebook';
import { decodePayload } from '../share/link-codec';
import { readScenarioFragment, type ScenarioPayloads } from '../share/scenario-link';
import { shareLinkFor } from '../share/share-link';
import { replaceFragment } from './address';
import {
  $reportAnswers,
  type ReportAnswers,
  loadAnswersIntoInterview,
  loadReportAnswers,
  showImportedAnswers,
  wouldReplaceSavedAnswers,
} from './report';
import { $originalReport, $reportContent, setReportContent, type ReportContent } from './report-diagnosis';
import { $whatIfShown, type WhatIf } from './what-if-shown';

/** The report on screen: the scenario's when one is tried, else the loaded answers'. */
export const $shownReport = computed([$originalReport, $whatIfShown], (original, whatIf): (FullReport & { whatIf?: WhatIf }) | undefined =>
  whatIf ? { ...whatIf.full, whatIf } : original,
);

/** The share link of what is on screen: a scenario link (marked as one) while a scenario is shown. */
export const $shareUrl = computed([$originalReport, $whatIfShown, $reportContent], (original, whatIf, content): string | undefined => {
  if (!original || !content) return undefined;
  return whatIf ? whatIf.shareUrl : shareLinkFor(original.report.answers, content.codebooks, content.reportPageUrl);
});

/**
 * The answers of a scenario link: the original it was tried against is the report's answers, the scenario
 * comes with them. Either payload broken makes the whole link unreadable, never half a scenario.
 */
export function chooseScenarioAnswers(payloads: ScenarioPayloads, codebooks: readonly Codebook[]): ReportAnswers {
  const original = decodePayload(payloads.original, codebooks);
  if (!original.ok) return { status: 'unreadable', message: original.message };
  const scenario = decodePayload(payloads.scenario, codebooks);
  if (!scenario.ok) return { status: 'unreadable', message: scenario.message };
  return { status: 'ready', from: 'link', answers: original.answers, notes: [...original.warnings, ...scenario.warnings], scenario: scenario.answers };
}

/** Starts the report page: its content, then the answers from the address (`location.hash`: a scenario link, a share link) or this browser. */
export function openReportPage(content: ReportContent, hash: string): void {
  setReportContent(content);
  const scenario = readScenarioFragment(hash);
  if (scenario) $reportAnswers.set(chooseScenarioAnswers(scenario, content.codebooks));
  else loadReportAnswers(hash, content.codebooks, content.library.questions);
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
  loadAnswersIntoInterview(content.library.questions, shown.answers, questionnaireVersion(content.codebooks));
  return 'go';
}

/** The reader agreed: the answers on screen replace those in progress in this browser. */
export function confirmEdit(): void {
  const content = $reportContent.get();
  const shown = shownAnswers();
  if (content && shown && !shown.own) loadAnswersIntoInterview(content.library.questions, shown.answers, questionnaireVersion(content.codebooks));
}
