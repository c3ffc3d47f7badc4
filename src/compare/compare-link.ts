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

/** How many links one comparison takes at most. */
export const MAX_COMPARED = 12;

/** How many links a comparison needs. */
export const MIN_COMPARED = 2;

/** How many characters a label keeps. */
export const MAX_LABEL_LENGTH = 40;

/** The most an encoded label can take: every character a 4-byte UTF-8 sequence, each byte `%XX`. */
const MAX_ENCODED_LABEL = MAX_LABEL_LENGTH * 12;

/** The longest fragment the decoder reads: twelve labelled payloads and the mode, and nothing more. */
export const MAX_COMPARE_FRAGMENT = MAX_COMPARED * (MAX_ENCODED_LABEL + 1 + MAX_PAYLOAD_LENGTH + 1) + 16;

/** Side by side (one team's respondents) or over time (one team's checks, oldest first). */
export type CompareMode = 'team' | 'over-time';

const OVER_TIME = 'over-time';

/** One link in a comparison: an optional label and a share payload (not yet decoded). */
export interface CompareEntry {
  label: string;
  payload: string;
}

/** What a compare link holds, and what could not be read from it, in plain words. */
export interface CompareLink {
  mode: CompareMode;
  entries: CompareEntry[];
  problems: string[];
}

/** The text with each half of a surrogate pair that lost its other half (a cut inside an emoji) made U+FFFD. */
function wellFormed(text: string): string {
  // Iterating by code point yields a lone surrogate as a one-unit string of its own.
  return [...text].map((c) => (c.length === 1 && c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : c)).join('');
}

/** A label with control and bidirectional-override characters removed and white space made single, not yet cut. */
function tidyLabel(label: string): string {
  return wellFormed(label.slice(0, MAX_ENCODED_LABEL))
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A label as it may be shown and stored in a link: control and bidirectional-override characters
 * removed, runs of white space made one space, trimmed, at most 40 characters.
 */
export function cleanLabel(label: unknown): string {
  if (typeof label !== 'string') return '';
  return [...tidyLabel(label)].slice(0, MAX_LABEL_LENGTH).join('').trim();
}

/** How many characters a typed label has once tidied, so the form can flag one over MAX_LABEL_LENGTH before it is cut. */
export function labelLength(label: string): number {
  return [...tidyLabel(label)].length;
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
