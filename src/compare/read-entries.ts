/**
 * Turns compare entries (a label and a share payload each) into respondents: answers followed
 * through the interview, ready to diagnose, or a plain-words reason the link cannot be compared.
 * One bad link never stops the others.
 */
import { followAnswers } from '../questionnaire/follow';
import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';
import type { Codebook } from '../share/codebook';
import { decodePayload } from '../share/link-codec';
import type { CompareEntry, CompareMode } from './compare-entry';

/** A compared link, read: its answers on the interview's path, or why it cannot be compared. */
export type ReadEntry = {
  /** The label typed for the link ('' when none was). */
  label: string;
  /** What the page calls it: the label, else its place (see `displayLabel`). */
  name: string;
  payload: string;
} & ({ ok: true; answers: AnswerMap; notes: string[] } | { ok: false; message: string });

/** The name a link goes by: the label typed for it, else its place ("Respondent 2", or "Check 2" over time). */
export function displayLabel(label: string, index: number, mode: CompareMode): string {
  return label || `${mode === 'over-time' ? 'Check' : 'Respondent'} ${index + 1}`;
}

const NO_ANSWERS = 'This link holds no answers, so there is no report to compare.';

/** Reads each entry's payload with the published codebooks; never throws. */
export function readEntries(
  entries: readonly CompareEntry[],
  codebooks: readonly Codebook[],
  questions: readonly Question[],
  mode: CompareMode = 'team',
): ReadEntry[] {
  return entries.map(({ label, payload }, i) => {
    const entry = { label, name: displayLabel(label, i, mode), payload };
    const decoded = decodePayload(payload, codebooks);
    if (!decoded.ok) return { ...entry, ok: false, message: decoded.message };
    const followed = followAnswers(questions, decoded.answers);
    if (followed.path.length === 0) return { ...entry, ok: false, message: NO_ANSWERS };
    return { ...entry, ok: true, answers: followed.answers, notes: [...decoded.warnings, ...followed.warnings] };
  });
}
