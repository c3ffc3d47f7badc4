/**
 * The compare form, read: the pasted links, one a line, each decoded and followed with the label typed for
 * it, and what sending the form would do (compare the readable links, or say what stops it). Pure; the
 * form's store decides when to read it.
 */
import type { Question } from '../schemas/question';
import type { Codebook } from '../share/codebook';
import { cleanLabel, labelLength, MAX_COMPARED, MAX_LABEL_LENGTH, MIN_COMPARED, type CompareEntry, type CompareMode } from './compare-entry';
import { findDuplicates } from './duplicates';
import { readPastedLinks, tooManyLinks, type PastedLink } from './pasted-links';
import { readEntries, type ReadEntry } from './read-entries';

/** What the form holds as typed. */
export interface CompareFormFields {
  /** The pasted links, one a line. */
  text: string;
  /** The label typed for each link, by line. */
  labels: string[];
  mode: CompareMode;
}

/** One pasted link as the form shows it. */
export interface FormRow {
  link: PastedLink;
  entry: ReadEntry;
  /** Why it cannot be compared; `undefined` when it can. */
  problem: string | undefined;
  /** The earlier line holding the same report, which is compared instead. */
  repeats: number | undefined;
  tooLong: boolean;
}

/** The form, read. */
export interface FormReading {
  rows: FormRow[];
  /** Sentences about the pasted text as a whole (too long, too many lines). */
  problems: string[];
  /** How many links were pasted, over MAX_COMPARED too. */
  count: number;
}

/** A pasted line that could not be compared: what the page calls it, and why. */
export interface LeftOut {
  name: string;
  message: string;
}

/** What sending the form does: compare `entries` (naming the lines `leftOut`), or say what stops it and where. */
export type FormCheck =
  | { ok: true; entries: CompareEntry[]; leftOut: LeftOut[] }
  | { ok: false; message: string; focus: 'links' | number };

/** Reads every pasted line with its label; a link holding the same report as an earlier one says whose it repeats. */
export function readCompareForm(fields: CompareFormFields, codebooks: readonly Codebook[], questions: readonly Question[], siteOrigin?: string): FormReading {
  const pasted = readPastedLinks(fields.text, siteOrigin);
  const read = readEntries(
    pasted.links.map((link, i) => ({ label: fields.labels[i] ?? '', payload: link.payload })),
    codebooks,
    questions,
    fields.mode,
  );
  const firstOf = new Map<number, number>();
  for (const group of findDuplicates(read.map((e, i) => (e.ok && !pasted.links[i]!.problem ? e.answers : undefined)))) {
    for (const i of group.slice(1)) firstOf.set(i, group[0]!);
  }
  const rows = pasted.links.map((link, i): FormRow => {
    const entry = read[i]!;
    return {
      link,
      entry,
      problem: link.problem ?? (entry.ok ? undefined : entry.message),
      repeats: firstOf.get(i),
      tooLong: labelLength(fields.labels[i] ?? '') > MAX_LABEL_LENGTH,
    };
  });
  return { rows, problems: pasted.problems, count: pasted.count };
}

/** Whether the form, read, can be sent: too many links, a label too long, or fewer than two readable links stop it. */
export function checkCompareForm({ rows, count }: FormReading): FormCheck {
  if (count > MAX_COMPARED) return { ok: false, message: tooManyLinks(count), focus: 'links' };
  const long = rows.findIndex((r) => r.tooLong);
  if (long !== -1) {
    return { ok: false, message: `The label for link ${long + 1} is longer than ${MAX_LABEL_LENGTH} characters. Shorten it to compare.`, focus: long };
  }
  const readable = rows.filter((r) => !r.problem);
  if (readable.length < MIN_COMPARED) {
    const message =
      rows.length < MIN_COMPARED ? 'Paste at least two report links, one a line.' : 'At least two of the links must be readable. The messages under each link say what is wrong.';
    return { ok: false, message, focus: 'links' };
  }
  return {
    ok: true,
    entries: readable.map((r) => ({ label: cleanLabel(r.entry.label), payload: r.entry.payload })),
    leftOut: rows.flatMap((r, i) => (r.problem ? [{ name: `Line ${i + 1}${r.entry.label ? ` (${cleanLabel(r.entry.label)})` : ''}`, message: r.problem }] : [])),
  };
}

/** The form's fields for links already read (from a compare link): each as a whole link to `reportPage`. */
export function formFieldsOf(entries: readonly ReadEntry[], mode: CompareMode, reportPage: string): CompareFormFields {
  return { text: entries.map((e) => `${reportPage}#${e.payload}`).join('\n'), labels: entries.map((e) => e.label), mode };
}
