/**
 * A codebook freezes one version of the questionnaire for share links: every question and option in a
 * fixed order, so that a link holds positions rather than ids. Codebooks are data
 * (content/codebooks/vN.yaml) and are never edited once published; a changed questionnaire gets a new
 * codebook, and a migration only where an answer's meaning changes (codebook-check.ts). The validator is written by hand, not with zod, to keep the report's
 * JavaScript small; codebook-schema.ts holds the zod schema for build-time validation.
 */
import type { ContentError, Validated } from '../schemas/content-error';
import { isId } from '../schemas/id';
import { isRecord } from '../schemas/is-record';

/** The highest version a link can name: its version is a single base62 digit. */
export const MAX_CODEBOOK_VERSION = 61;

/** How many options a multiple-choice question may have in a codebook (its answer is a bitmask). */
export const MAX_MULTIPLE_OPTIONS = 32;

/** One question as a codebook freezes it. */
export interface CodebookQuestion {
  /** The question's id in that version of the questionnaire. */
  id: string;
  kind: 'single' | 'multiple';
  /** Option ids; a link stores an option by its position in this list. */
  options: string[];
  /** Options of a multiple-choice question that must be chosen alone ("none of these"). */
  exclusive?: string[] | undefined;
}

/** Every question of one questionnaire version, in the order links encode them. */
export interface Codebook {
  version: number;
  questions: CodebookQuestion[];
}

function unexpectedKeys(value: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(value).filter((key) => !allowed.includes(key));
}

function idListErrors(value: unknown, field: string, file: string): ContentError[] {
  if (!Array.isArray(value) || value.length === 0) return [{ file, field, message: 'must be a non-empty list of ids' }];
  const errors: ContentError[] = [];
  value.forEach((id, i) => {
    if (!isId(id)) errors.push({ file, field: `${field}[${i}]`, message: 'must be a kebab-case id' });
    else if (value.indexOf(id) !== i) errors.push({ file, field: `${field}[${i}]`, message: `"${id}" appears twice` });
  });
  return errors;
}

function questionErrors(question: unknown, field: string, file: string): ContentError[] {
  if (!isRecord(question)) return [{ file, field, message: 'must be a question: { id, kind, options }' }];
  const errors = unexpectedKeys(question, ['id', 'kind', 'options', 'exclusive']).map((key) => ({
    file,
    field: `${field}.${key}`,
    message: 'is not a codebook field (id, kind, options, exclusive)',
  }));
  const { id, kind, options, exclusive } = question;
  if (!isId(id)) errors.push({ file, field: `${field}.id`, message: 'must be a kebab-case id' });
  if (kind !== 'single' && kind !== 'multiple') errors.push({ file, field: `${field}.kind`, message: 'must be "single" or "multiple"' });
  errors.push(...idListErrors(options, `${field}.options`, file));
  if (kind === 'multiple' && Array.isArray(options) && options.length > MAX_MULTIPLE_OPTIONS) {
    errors.push({ file, field: `${field}.options`, message: `has more than ${MAX_MULTIPLE_OPTIONS} options` });
  }
  if (exclusive !== undefined) {
    if (kind !== 'multiple') errors.push({ file, field: `${field}.exclusive`, message: 'only multiple-choice questions have exclusive options' });
    errors.push(...idListErrors(exclusive, `${field}.exclusive`, file));
    if (Array.isArray(exclusive) && Array.isArray(options)) {
      for (const option of exclusive) {
        if (!options.includes(option)) errors.push({ file, field: `${field}.exclusive`, message: `names "${String(option)}", which is not an option` });
      }
    }
  }
  return errors;
}

/** Checks untrusted data (a parsed codebook file) and returns it as a codebook, or says what is wrong. */
export function parseCodebook(data: unknown, file: string): Validated<Codebook> {
  if (!isRecord(data)) return { ok: false, errors: [{ file, field: '(file)', message: 'must be a codebook: { version, questions }' }] };
  const errors = unexpectedKeys(data, ['version', 'questions']).map((key) => ({
    file,
    field: key,
    message: 'is not a codebook field (version, questions)',
  }));
  const { version, questions } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > MAX_CODEBOOK_VERSION) {
    errors.push({ file, field: 'version', message: `must be a whole number from 1 to ${MAX_CODEBOOK_VERSION}` });
  }
  if (!Array.isArray(questions) || questions.length === 0) {
    errors.push({ file, field: 'questions', message: 'must be a non-empty list of questions' });
  } else {
    questions.forEach((question, i) => errors.push(...questionErrors(question, `questions[${i}]`, file)));
    const ids = questions.map((q: unknown) => (isRecord(q) ? q.id : undefined));
    ids.forEach((id, i) => {
      if (typeof id === 'string' && ids.indexOf(id) !== i) errors.push({ file, field: `questions[${i}].id`, message: `"${id}" appears twice` });
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: data as unknown as Codebook };
}

/** The codebook with the highest version: the questionnaire this build asks. */
export function latestCodebook(codebooks: readonly Codebook[]): Codebook | undefined {
  return codebooks.reduce<Codebook | undefined>((latest, c) => (!latest || c.version > latest.version ? c : latest), undefined);
}

/**
 * The questionnaire version this build asks: the latest codebook's, so adding a codebook file is all
 * a new version takes. 0 only with no codebook at all, which the build refuses (codebook-check.ts).
 */
export function questionnaireVersion(codebooks: readonly Codebook[]): number {
  return latestCodebook(codebooks)?.version ?? 0;
}
