/**
 * Compare links: several share payloads, each with a label typed by the user, in one URL fragment:
 *
 *     /compare/#[over-time.]<label>~<payload>.<label>~<payload>…
 *
 * A label is percent-encoded UTF-8 with letters, digits and `-` kept and a space written `_`, so it
 * never holds `.`, `~` or `#`; `<label>~` may be left out. A payload is a share payload (base62). The
 * optional first segment `over-time` (it has a `-`, so it can never be a payload) says the links are
 * one team's checks, oldest first. The labels exist only in this link: nothing stores them. Like the
 * share codec, decoding treats its input as hostile: it caps the length before parsing and never throws.
 */
import { MAX_PAYLOAD_LENGTH } from '../share/payload-envelope';
import { cleanLabel, MAX_COMPARED, MAX_ENCODED_LABEL, type CompareEntry, type CompareMode } from './compare-entry';

/** The longest fragment the decoder reads: twelve labelled payloads and the mode, and nothing more. */
export const MAX_COMPARE_FRAGMENT = MAX_COMPARED * (MAX_ENCODED_LABEL + 1 + MAX_PAYLOAD_LENGTH + 1) + 16;

const OVER_TIME = 'over-time';

/** What a compare link holds, and what could not be read from it, in plain words. */
export interface CompareLink {
  mode: CompareMode;
  entries: CompareEntry[];
  problems: string[];
}

/** A label for the fragment: letters, digits and `-` as they are, space as `_`, everything else `%XX`. */
export function encodeLabel(label: string): string {
  let encoded = '';
  for (const char of cleanLabel(label)) {
    if (/^[A-Za-z0-9-]$/.test(char)) encoded += char;
    else if (char === ' ') encoded += '_';
    else for (const byte of new TextEncoder().encode(char)) encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

/** A label read back from the fragment; an unreadable one is empty (the page then names the link by its place). */
export function decodeLabel(encoded: string): string {
  if (encoded.length > MAX_ENCODED_LABEL) return '';
  try {
    return cleanLabel(decodeURIComponent(encoded.replace(/_/g, ' ')));
  } catch {
    return '';
  }
}

/** The fragment (without `#`) of a compare link for these entries. */
export function encodeCompareLink(entries: readonly CompareEntry[], mode: CompareMode = 'team'): string {
  const segments = entries.slice(0, MAX_COMPARED).map(({ label, payload }) => {
    const encoded = encodeLabel(label);
    return encoded ? `${encoded}~${payload}` : payload;
  });
  return (mode === OVER_TIME ? [OVER_TIME, ...segments] : segments).join('.');
}

/**
 * Reads a compare link's fragment (`location.hash`, with or without `#`): the mode, each entry's label and
 * payload, and a sentence for what was left out. Payloads are checked later, one by one. Never throws.
 */
export function decodeCompareLink(hash: unknown): CompareLink {
  const result: CompareLink = { mode: 'team', entries: [], problems: [] };
  if (typeof hash !== 'string') return result;
  const fragment = (hash.startsWith('#') ? hash.slice(1) : hash).trim();
  if (fragment.length > MAX_COMPARE_FRAGMENT) {
    result.problems.push('This compare link is far longer than one can be, so it was not read. Check that you copied the right link.');
    return result;
  }
  const segments = fragment.split('.').filter((s) => s.trim() !== '');
  if (segments[0] === OVER_TIME) {
    result.mode = 'over-time';
    segments.shift();
  }
  if (segments.length > MAX_COMPARED) {
    result.problems.push(`This compare link holds ${segments.length} reports; only the first ${MAX_COMPARED} are compared.`);
  }
  for (const segment of segments.slice(0, MAX_COMPARED)) {
    const tilde = segment.lastIndexOf('~');
    result.entries.push(
      tilde === -1
        ? { label: '', payload: segment.trim() }
        : { label: decodeLabel(segment.slice(0, tilde)), payload: segment.slice(tilde + 1).trim() },
    );
  }
  return result;
}
