/**
 * Where the report's answers come from, and the actions that change them. A share link's fragment
 * wins; otherwise the answers in progress in this browser; an imported file replaces either. The
 * report itself is `diagnose(library, answers)`, computed by whoever shows it.
 */
import { atom } from 'nanostores';
import { answersOnPath } from '../questionnaire/answers-on-path';
import { followAnswers } from '../questionnaire/follow';
import { salvageAnswers } from '../interview/salvage-answers';
import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';
import type { Codebook } from '../share/codebook';
import { readFragment } from '../share/fragment';
import { decodePayload } from '../share/link-codec';
import { $savedInterview } from './saved-interview';

/** Where a report's answers came from: a share link, this browser's interview, a file, or a built-in sample. */
export type AnswersOrigin = 'link' | 'browser' | 'file' | 'sample';

/** The report's answers, or why there are none. */
export type ReportAnswers =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'unreadable'; message: string }
  | {
      status: 'ready';
      from: AnswersOrigin;
      answers: AnswerMap;
      notes: string[];
      /** A what-if scenario tried against `answers`, when a scenario link was opened (see share/scenario-link.ts). */
      scenario?: AnswerMap;
    };

/** The answers the report page shows; `loading` until `loadReportAnswers` runs in the browser. */
export const $reportAnswers = atom<ReportAnswers>({ status: 'loading' });

/**
 * Decides where the answers come from: a payload (the fragment, `#` removed) is decoded and wins, and
 * a broken one is `unreadable` with a message for people, never a fallback to other answers; with no
 * payload, the saved answers, followed through the interview so that drafts and skipped questions
 * drop out; with neither, `none`.
 */
export function chooseReportAnswers(
  payload: string,
  codebooks: readonly Codebook[],
  questions: readonly Question[],
  saved: AnswerMap,
): ReportAnswers {
  if (payload) {
    const decoded = decodePayload(payload, codebooks);
    if (!decoded.ok) return { status: 'unreadable', message: decoded.message };
    return { status: 'ready', from: 'link', answers: decoded.answers, notes: decoded.warnings };
  }
  const followed = followAnswers(questions, saved).answers;
  if (Object.keys(followed).length > 0) return { status: 'ready', from: 'browser', answers: followed, notes: [] };
  return { status: 'none' };
}

/** The answers saved in this browser to the questions on the path taken: the rest are drafts, never reported. */
function savedAnswersOnPath(): AnswerMap {
  return answersOnPath($savedInterview.get());
}

/** Reads the answers for the report page from the URL fragment (`location.hash`) or this browser (a scenario link: see report-view.ts). */
export function loadReportAnswers(hash: string, codebooks: readonly Codebook[], questions: readonly Question[]): void {
  $reportAnswers.set(chooseReportAnswers(readFragment(hash), codebooks, questions, savedAnswersOnPath()));
}

/**
 * Shows answers read from an imported file (already checked by `readAnswersFile`), keeping what these
 * questions can use: `dropped` (what the file itself lost) and what salvage leaves out become the
 * report's notes. Returns why there is nothing to report on, when not one answer is usable.
 */
export function showImportedAnswers(questions: readonly Question[], answers: AnswerMap, dropped: readonly string[] = []): string | undefined {
  const salvaged = salvageAnswers(questions, answers);
  if (followAnswers(questions, salvaged.answers).path.length === 0) {
    return 'None of its answers fits the questions of this version of the check, so there is nothing to report on.';
  }
  $reportAnswers.set({ status: 'ready', from: 'file', answers: salvaged.answers, notes: [...dropped, ...salvaged.dropped] });
  return undefined;
}

/** Whether loading these answers into the interview would overwrite different answers in progress here. */
export function wouldReplaceSavedAnswers(questions: readonly Question[], answers: AnswerMap): boolean {
  const { saved, same } = compareWithSaved(questions, answers);
  return Object.keys(saved).length > 0 && !same;
}

/** Whether `answers` come to the same as the answers in progress here, once both follow the interview. */
export function sameAsSavedAnswers(questions: readonly Question[], answers: AnswerMap): boolean {
  return compareWithSaved(questions, answers).same;
}

/** The saved answers on their path, and whether `answers` come to the same once both follow the interview. */
function compareWithSaved(questions: readonly Question[], answers: AnswerMap): { saved: AnswerMap; same: boolean } {
  const saved = followAnswers(questions, savedAnswersOnPath()).answers;
  return { saved, same: JSON.stringify(saved) === JSON.stringify(followAnswers(questions, answers).answers) };
}

/**
 * Loads answers into the interview in this browser, so that `check/` opens with them to edit; `version`
 * is this build's questionnaire version (`questionnaireVersion(codebooks)`), saved with them.
 */
export function loadAnswersIntoInterview(questions: readonly Question[], answers: AnswerMap, version: number): void {
  const { answers: kept, path } = followAnswers(questions, answers);
  $savedInterview.set({ version, answers: kept, path });
}
