/**
 * The compare page's state: read from the compare link in the address (`/compare/#…`), never from
 * storage, so the labels people type exist only in the link. The page changes the address to
 * compare something else, and `loadCompareLink` runs again.
 */
import { atom } from 'nanostores';
import { compareAnswers, type Comparison } from '../compare/compare';
import { decodeCompareLink, encodeCompareLink } from '../compare/compare-link';
import type { CompareEntry, CompareMode } from '../compare/compare-entry';
import { duplicateSentence, findDuplicates, repeatedLinks } from '../compare/duplicates';
import { readEntries, type ReadEntry } from '../compare/read-entries';
import type { DiagnosisLibrary } from '../diagnosis/library';
import type { Codebook } from '../share/codebook';

/** What the compare link holds: each link read, and the comparison of those that could be. */
export type CompareState =
  | { status: 'loading' }
  | {
      status: 'ready';
      mode: CompareMode;
      /** Every link in the compare link, readable or not, in order. */
      entries: ReadEntry[];
      /** What was left out of the compare link itself (too long, too many links, the same report twice). */
      problems: string[];
      /** The comparison of the readable links; `undefined` with fewer than two. */
      comparison: Comparison | undefined;
    };

/** The compare page's state; `loading` until `loadCompareLink` runs in the browser. */
export const $compare = atom<CompareState>({ status: 'loading' });

/**
 * Reads a compare link's fragment (`location.hash`) and compares the reports it holds, each report once:
 * a link repeated is named and left out. `contextSubjects` names the questions describing the program.
 */
export function loadCompareLink(
  hash: string,
  codebooks: readonly Codebook[],
  library: DiagnosisLibrary,
  contextSubjects: Readonly<Record<string, string>> = {},
): void {
  const link = decodeCompareLink(hash);
  const entries = readEntries(link.entries, codebooks, library.questions, link.mode);
  const duplicates = findDuplicates(entries.map((e) => (e.ok ? e.answers : undefined)));
  const repeats = repeatedLinks(duplicates);
  const readable = entries.flatMap((e, i) => (e.ok && !repeats.has(i) ? [{ label: e.name, answers: e.answers }] : []));
  $compare.set({
    status: 'ready',
    mode: link.mode,
    entries,
    problems: [...link.problems, ...duplicates.map((group) => duplicateSentence(group, entries.map((e) => e.label)))],
    comparison: compareAnswers(library, readable, link.mode, contextSubjects),
  });
}

/**
 * Compares what the form holds: the compare link for `entries` goes into the address, whose `hashchange`
 * then reads it; when the address holds that link already no event comes, so it is read again now.
 * Returns the fragment, so the page can tell its own change of the address from another.
 */
export function submitComparison(
  entries: readonly CompareEntry[],
  mode: CompareMode,
  address: { hash: string },
  codebooks: readonly Codebook[],
  library: DiagnosisLibrary,
  contextSubjects: Readonly<Record<string, string>> = {},
): string {
  const fragment = encodeCompareLink(entries, mode);
  if (address.hash.slice(1) === fragment) loadCompareLink(address.hash, codebooks, library, contextSubjects);
  else address.hash = fragment;
  return fragment;
}
