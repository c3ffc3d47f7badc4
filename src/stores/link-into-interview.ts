/**
 * The embedded check back from its report: the answers in the fragment go into the interview in this
 * browser. A module apart from the report's store (report.ts), which the report pages load and never need this.
 */
import type { Question } from '../schemas/question';
import { questionnaireVersion, type Codebook } from '../share/codebook';
import { readFragment } from '../share/fragment';
import { decodePayload } from '../share/link-codec';
import { loadAnswersIntoInterview, sameAsSavedAnswers } from './report';

/** What a link's fragment did to the interview in this browser: nothing there, its answers loaded, or unreadable. */
export type LinkIntoInterview = 'none' | 'loaded' | 'unreadable';

/**
 * Opens the interview on the answers in a fragment (the embedded check back from its report, where a
 * sandboxed frame has no storage to carry them): they replace the answers in progress, unless those are
 * already the same, so a frame that does keep progress keeps its drafts too. A fragment that does not
 * decode changes nothing.
 */
export function loadLinkIntoInterview(hash: string, codebooks: readonly Codebook[], questions: readonly Question[]): LinkIntoInterview {
  const payload = readFragment(hash);
  if (!payload) return 'none';
  const decoded = decodePayload(payload, codebooks);
  if (!decoded.ok) return 'unreadable';
  if (!sameAsSavedAnswers(questions, decoded.answers)) loadAnswersIntoInterview(questions, decoded.answers, questionnaireVersion(codebooks));
  return 'loaded';
}
