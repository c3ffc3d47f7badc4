/**
 * Export and import of answers as a file in the documented format (`AnswersFileSchema` in
 * src/schemas/answers.ts). The check is written by hand rather than with zod so the report page stays
 * small and an import makes no network request; a unit test holds it to the schema's verdicts.
 */
import { migrateAnswers } from '../share/migrations';
import type { AnswerMap, AnswersFile } from '../schemas/answers';
import { ANSWERS_FORMAT, QUESTIONNAIRE_VERSION } from '../schemas/answers-format';

/** The largest answers file an import reads: real ones are a few kilobytes. */
export const MAX_ANSWERS_FILE_BYTES = 1024 * 1024;

/** One thing wrong with an imported file: where (a dotted path, or "file") and what. */
export interface FileProblem {
  where: string;
  message: string;
}

/** An import's outcome: the answers in this questionnaire version's terms, or every problem found. */
export type ReadAnswersFile = { ok: true; answers: AnswerMap } | { ok: false; problems: FileProblem[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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

/**
 * Reads an answers file's text (its size in bytes given separately, so a huge file is refused before
 * it is read): too large, not JSON, not the format, or a version this build cannot carry over are
 * problems; answers to unknown questions are not (the diagnosis ignores them and says so).
 */
export function readAnswersFile(text: string, bytes = text.length): ReadAnswersFile {
  if (bytes > MAX_ANSWERS_FILE_BYTES) {
    const size = (bytes / (1024 * 1024)).toFixed(1);
    return { ok: false, problems: [{ where: 'file', message: `is ${size} MB; an answers file is at most 1 MB` }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? `: ${error.message}` : '';
    return { ok: false, problems: [{ where: 'file', message: `is not valid JSON${detail}` }] };
  }
  const checked = checkAnswersFile(data);
  if (!checked.ok) return checked;
  const { version, answers } = checked.value;
  if (version > QUESTIONNAIRE_VERSION) {
    return { ok: false, problems: [{ where: 'version', message: `is ${version}, from a newer version of the check than this page (version ${QUESTIONNAIRE_VERSION}); reload the page and try again` }] };
  }
  const migrated = migrateAnswers(answers, version, QUESTIONNAIRE_VERSION);
  if (!migrated) return { ok: false, problems: [{ where: 'version', message: `is ${version}, a version of the check this page cannot read` }] };
  return { ok: true, answers: migrated };
}

/** The answers as the text of an answers file, in the documented format, indented for people to read. */
export function answersFileText(answers: AnswerMap): string {
  const file: AnswersFile = { format: ANSWERS_FORMAT, version: QUESTIONNAIRE_VERSION, answers };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One problem as a sentence, e.g. `format must be "ai-team-check/answers", but is the number 3`. */
export function problemSentence(problem: FileProblem): string {
  return problem.where === 'file' ? `The file ${problem.message}.` : `“${problem.where}” ${problem.message}.`;
}
