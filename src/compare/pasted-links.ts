/**
 * Reads share links pasted into the compare form, one a line: whole report links
 * (`https://…/report/#<payload>`) or bare payloads. Like every link reader, it caps what it reads
 * before parsing and never throws; a line that is not a share link says why in plain words.
 */
import { readFragment } from '../share/fragment';
import { MAX_PAYLOAD_LENGTH } from '../share/payload-envelope';
import { MAX_COMPARED } from './compare-entry';

/** The most pasted text that is read; generous for twelve links with their addresses. */
export const MAX_PASTED_LENGTH = MAX_COMPARED * 2_000;

/** One pasted line: the payload found in it, or what is wrong with the line itself. */
export interface PastedLink {
  /** The line as pasted, trimmed (cut to a readable length). */
  text: string;
  /** The share payload in it ('' when there is none). */
  payload: string;
  /** Set when the line is not a share link at all; payload problems are the decoder's to describe. */
  problem?: string;
  /** The host of a whole link from another site than this one (another copy of the check), to say so. */
  from?: string;
}

/** The pasted links, at most twelve, and a sentence for anything left out. */
export interface PastedLinks {
  links: PastedLink[];
  problems: string[];
  /** How many links (non-empty lines) were pasted; over MAX_COMPARED, the form refuses to compare. */
  count: number;
}

/** What the form says when more links were pasted than one comparison takes. */
export function tooManyLinks(count: number): string {
  const over = count - MAX_COMPARED;
  return `You pasted ${count} links; up to ${MAX_COMPARED} can be compared at once. Remove ${over} ${over === 1 ? 'link' : 'links'} to compare.`;
}

/** The host of a whole http(s) link when it is not `siteOrigin`'s; `undefined` for a bare payload or a link to this site. */
function otherHost(text: string, siteOrigin: string | undefined): string | undefined {
  if (!siteOrigin || !/^https?:\/\//i.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.origin === siteOrigin ? undefined : url.host;
  } catch {
    return undefined;
  }
}

const COMPARE_LINK =
  'This is a compare link, not a report link. Open it on its own, or paste the report links it was made from, one a line.';

/**
 * The share payload in one pasted line; with `siteOrigin` (this site's), a whole link to another site
 * is still read (it may be another copy of the check) and says where it came from.
 */
export function readPastedLink(line: string, siteOrigin?: string): PastedLink {
  const text = line.trim().slice(0, 2 * MAX_PAYLOAD_LENGTH + 200);
  const hash = text.indexOf('#');
  if (hash !== -1) {
    const fragment = text.slice(hash + 1);
    // A compare link's fragment joins entries with "." and labels with "~"; a payload has neither.
    if (/[.~]/.test(fragment)) return { text, payload: '', problem: COMPARE_LINK };
    const from = otherHost(text, siteOrigin);
    return { text, payload: readFragment(fragment), ...(from ? { from } : {}) };
  }
  // A link without a fragment has no answers in it; the decoder explains that for an empty payload.
  if (/^[a-z][a-z0-9+.-]*:|\//i.test(text)) return { text, payload: '' };
  return { text, payload: text.slice(0, MAX_PAYLOAD_LENGTH + 1) };
}

/** Reads the text of the compare form's link field: one link a line, empty lines ignored, twelve at most read. */
export function readPastedLinks(text: unknown, siteOrigin?: string): PastedLinks {
  if (typeof text !== 'string') return { links: [], problems: [], count: 0 };
  const problems: string[] = [];
  if (text.length > MAX_PASTED_LENGTH) problems.push('Only the start of this long text was read.');
  const lines = text
    .slice(0, MAX_PASTED_LENGTH)
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length > MAX_COMPARED) problems.push(tooManyLinks(lines.length));
  return { links: lines.slice(0, MAX_COMPARED).map((line) => readPastedLink(line, siteOrigin)), problems, count: lines.length };
}
