/**
 * Export and import of answers as a file in the documented format (`AnswersFileSchema` in
 * src/schemas/answers.ts). The check is written by hand rather than with zod so the report page stays
 * small and an import makes no network request; a unit test holds it to the schema's verdicts.
 */
import { migrateAnswers } from '../share/migrations';
import type { AnswerMap, AnswersFile } from '../schemas/answers';
import { ANSWERS_FORMAT } from '../schemas/answers-format';
import { isRecord } from '../schemas/is-record';

/** The largest answers file an import reads: real ones are a few kilobytes. */
export const MAX_ANSWERS_FILE_BYTES = 1024 * 1024;

/** One thing wrong with an imported file: where (a dotted path, or "file") and what. */
export interface FileProblem {
  where: string;
  message: string;
}

/**
 * An import's outcome: the answers in this questionnaire version's terms, with what was left out of the
 * file (a malformed answer, a stray field), or the problems that keep the whole file from being read.
 */
export type ReadAnswersFile = { ok: true; answers: AnswerMap; dropped: FileProblem[] } | { ok: false; problems: FileProblem[] };

/** What to import instead, said at the end of each message about the wrong kind of file. */
const EXPORT_INSTEAD = 'import the file that “Export answers (.json)” on the report saves';

/** The file is not one to read at all; each kind of file gets its own words. */
export const WRONG_FILE = {
  empty: `is empty: there are no answers in it. To carry answers over, ${EXPORT_INSTEAD}`,
  pdf: `is a PDF (perhaps the printed report), which cannot be read back into answers. Instead, ${EXPORT_INSTEAD}, or open the report’s link`,
  markdown: `is the report written out in Markdown (“Download .md”), which is for reading. Instead, ${EXPORT_INSTEAD}, or open the link after “Open this report:” near the end of that file`,
  truncated: 'is cut off: it stops before its JSON ends, as a file copied or downloaded only in part does. Export the answers again and import the new file',
  notJson: `is not JSON, so it is not an answers file. To carry answers over, ${EXPORT_INSTEAD}`,
} as const;

/** How a value looks, for a message: "a number", "a list", "nothing". */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.slice(0, 40)}${value.length > 40 ? '…' : ''}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`.trim();
}

/** A key quoted for a message when it is not a plain id. */
const keyName = (key: string) => (/^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key.slice(0, 60)));

/**
 * Checks parsed JSON against the answers-file format: the same verdict as
 * `AnswersFileSchema.safeParse`, with a message for each part that is wrong.
 */
export function checkAnswersFile(data: unknown): { ok: true; value: AnswersFile } | { ok: false; problems: FileProblem[] } {
  if (!isRecord(data)) {
    return { ok: false, problems: [{ where: 'file', message: `must be an object with format, version and answers, but is ${describe(data)}` }] };
  }
  const problems: FileProblem[] = [];
  for (const key of Object.keys(data)) {
    if (key !== 'format' && key !== 'version' && key !== 'answers') {
      problems.push({ where: keyName(key), message: 'is not part of an answers file (only format, version and answers are)' });
    }
  }
  if (data.format !== ANSWERS_FORMAT) {
    problems.push({ where: 'format', message: `must be "${ANSWERS_FORMAT}", but is ${describe(data.format)}` });
  }
  if (typeof data.version !== 'number' || !Number.isSafeInteger(data.version) || data.version < 1) {
    problems.push({ where: 'version', message: `must be a whole number from 1, but is ${describe(data.version)}` });
  }
  if (!isRecord(data.answers)) {
    problems.push({ where: 'answers', message: `must be an object of question ids to lists of option ids, but is ${describe(data.answers)}` });
  } else {
    for (const [question, value] of Object.entries(data.answers)) {
      if (question === '__proto__') continue; // skipped and dropped, as zod's records do
      const where = `answers.${keyName(question)}`;
      if (!Array.isArray(value)) problems.push({ where, message: `must be a list of option ids, but is ${describe(value)}` });
      else {
        value.forEach((option, i) => {
          if (typeof option !== 'string') problems.push({ where: `${where}[${i}]`, message: `must be an option id, but is ${describe(option)}` });
        });
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const answers = Object.fromEntries(Object.entries(data.answers as AnswerMap).filter(([question]) => question !== '__proto__'));
  return { ok: true, value: { format: ANSWERS_FORMAT, version: data.version as number, answers } };
}

/** A PDF starts with this, whatever made it. */
const PDF_MAGIC = '%PDF-';

/** Whether JSON-looking text stops inside a string, an object or a list: a file cut off rather than mistyped. */
function endsInside(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

/** Markdown as this check writes it (the report's and the comparison's): a heading first, or our title. */
const looksLikeMarkdown = (text: string) => /^#{1,6}\s/.test(text) || /^(---|\*\*)/.test(text) || /AI Team Check report/.test(text.slice(0, 400));

/** What kind of wrong file `text` is, before it is parsed: empty, a PDF, our Markdown; `undefined` to parse it. */
function wrongFile(text: string): FileProblem | undefined {
  if (text.trim() === '') return { where: 'file', message: WRONG_FILE.empty };
  if (text.startsWith(PDF_MAGIC)) return { where: 'file', message: WRONG_FILE.pdf };
  if (!/^[{[]/.test(text.trimStart()) && looksLikeMarkdown(text.trimStart())) return { where: 'file', message: WRONG_FILE.markdown };
  return undefined;
}

/**
 * The usable part of parsed JSON that has this format's tag: what the format requires of the whole
 * (the tag, a version, an `answers` object) is a problem; a malformed answer, a non-text option or a
 * stray field is only left out, and said so in `dropped`.
 */
function salvageFile(data: Record<string, unknown>): { ok: true; value: AnswersFile; dropped: FileProblem[] } | { ok: false; problems: FileProblem[] } {
  const checked = checkAnswersFile(data);
  if (checked.ok) return { ok: true, value: checked.value, dropped: [] };
  const fatal = checked.problems.filter((p) => p.where === 'format' || p.where === 'version' || p.where === 'answers');
  if (fatal.length > 0) return { ok: false, problems: fatal };
  const dropped: FileProblem[] = [];
  for (const key of Object.keys(data)) {
    if (key !== 'format' && key !== 'version' && key !== 'answers') dropped.push({ where: keyName(key), message: 'is not part of an answers file, so it was ignored' });
  }
  const answers: AnswerMap = {};
  for (const [question, value] of Object.entries(data.answers as Record<string, unknown>)) {
    if (question === '__proto__') continue;
    const where = `answers.${keyName(question)}`;
    if (!Array.isArray(value)) {
      dropped.push({ where, message: `must be a list of option ids, but is ${describe(value)}; that answer was left out` });
      continue;
    }
    const options = value.filter((o): o is string => typeof o === 'string');
    value.forEach((option, i) => {
      if (typeof option !== 'string') dropped.push({ where: `${where}[${i}]`, message: `must be an option id, but is ${describe(option)}; it was left out` });
    });
    if (options.length > 0) answers[question] = options;
  }
  return { ok: true, value: { format: ANSWERS_FORMAT, version: data.version as number, answers }, dropped };
}

/**
 * Reads an answers file's text into the terms of `questionnaireVersion`, this build's (the latest
 * codebook's); its size in bytes is given separately, so a huge file is refused before it is read.
 * A file too large, empty, a PDF, the report's Markdown, cut off, not JSON, another
 * tool's JSON, or of a version this build cannot carry over is refused with words for that kind of
 * file. Within an answers file, what cannot be used is left out and named in `dropped`, the rest kept;
 * answers to unknown questions or options are kept here, for the interview's rules to judge.
 */
export function readAnswersFile(text: string, questionnaireVersion: number, bytes = text.length): ReadAnswersFile {
  if (bytes > MAX_ANSWERS_FILE_BYTES) {
    const size = (bytes / (1024 * 1024)).toFixed(1);
    return { ok: false, problems: [{ where: 'file', message: `is ${size} MB; an answers file is at most 1 MB` }] };
  }
  const body = text.replace(/^\uFEFF/, ''); // a byte-order mark, as some editors save
  const wrong = wrongFile(body);
  if (wrong) return { ok: false, problems: [wrong] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const cutOff = /^[{[]/.test(body.trimStart()) && endsInside(body);
    return { ok: false, problems: [{ where: 'file', message: cutOff ? WRONG_FILE.truncated : WRONG_FILE.notJson }] };
  }
  if (!isRecord(data) || data.format !== ANSWERS_FORMAT) {
    const tag = isRecord(data) && typeof data.format === 'string' ? `its format is ${describe(data.format)}` : `it has no "format": "${ANSWERS_FORMAT}"`;
    return { ok: false, problems: [{ where: 'file', message: `is JSON, but not an answers file from this check (${tag}); perhaps it comes from another tool. To carry answers over, ${EXPORT_INSTEAD}` }] };
  }
  const salvaged = salvageFile(data);
  if (!salvaged.ok) return salvaged;
  const { version, answers } = salvaged.value;
  if (version > questionnaireVersion) {
    return { ok: false, problems: [{ where: 'version', message: `is ${version}, from a newer version of the check than this page (version ${questionnaireVersion}); reload the page and try again` }] };
  }
  const migrated = migrateAnswers(answers, version, questionnaireVersion);
  if (!migrated) return { ok: false, problems: [{ where: 'version', message: `is ${version}, a version of the check this page cannot read` }] };
  return { ok: true, answers: migrated, dropped: salvaged.dropped };
}

/** The answers as the text of an answers file, in the documented format, indented for people to read. */
export function answersFileText(answers: AnswerMap, questionnaireVersion: number): string {
  const file: AnswersFile = { format: ANSWERS_FORMAT, version: questionnaireVersion, answers };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One problem as a sentence, e.g. `format must be "ai-team-check/answers", but is the number 3`. */
export function problemSentence(problem: FileProblem): string {
  return problem.where === 'file' ? `The file ${problem.message}.` : `“${problem.where}” ${problem.message}.`;
}
