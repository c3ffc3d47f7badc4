/**
 * One entry of a comparison before it is read: its label, typed by the user, and its share payload;
 * the rules a label follows (tidied, at most 40 characters) and how many links a comparison takes.
 * The compare link (compare-link.ts) carries entries; the form checks them with these rules.
 */

/** How many links one comparison takes at most. */
export const MAX_COMPARED = 12;

/** How many links a comparison needs. */
export const MIN_COMPARED = 2;

/** How many characters a label keeps. */
export const MAX_LABEL_LENGTH = 40;

/** The most an encoded label can take: every character a 4-byte UTF-8 sequence, each byte `%XX`. */
export const MAX_ENCODED_LABEL = MAX_LABEL_LENGTH * 12;

/** Side by side (one team's respondents) or over time (one team's checks, oldest first). */
export type CompareMode = 'team' | 'over-time';

/** One link in a comparison: an optional label and a share payload (not yet decoded). */
export interface CompareEntry {
  label: string;
  payload: string;
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
