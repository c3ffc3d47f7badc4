/**
 * The build's check of the published codebooks (content/codebooks/vN.yaml) against the questions and
 * the migrations. A codebook is frozen by hand, never derived: a derived one would move positions as
 * soon as the content changed, and every published link would silently change meaning. So when the
 * questions change, the build stops, names what the latest codebook lacks, and asks the author for the
 * next codebook file; a version that only adds needs nothing more, any other change needs a migration.
 */
import type { ContentError } from '../schemas/content-error';
import type { Question } from '../schemas/question';
import type { Codebook } from './codebook';
import { codebookChanges, questionChanges } from './codebook-drift';
import type { Migrations } from './migrations';

/** A codebook and the file it was read from. */
export interface CodebookFile {
  file: string;
  codebook: Codebook;
}

const FOLDER = 'content/codebooks';
const MIGRATIONS_FILE = 'src/share/migrations.ts';

/** What the next codebook file must be, for a message. */
function nextFileAdvice(latest: Codebook, additionsOnly: boolean): string {
  const next = latest.version + 1;
  return (
    `Published links of version ${latest.version} are read with this file, so leave it as it is: add ${FOLDER}/v${next}.yaml, ` +
    `a copy of it with "version: ${next}" and these changes (a new question or option at the end of its list keeps links short)` +
    (additionsOnly
      ? '. Additions need no migration.'
      : `, and a migration MIGRATIONS[${next}] in ${MIGRATIONS_FILE} for what is not an addition.`)
  );
}

/** The versions' sequence: each file named after its version, and none missing from v1 to the latest. */
function sequenceErrors(files: readonly CodebookFile[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const { file, codebook } of files) {
    if (!file.endsWith(`v${codebook.version}.yaml`)) {
      errors.push({ file, field: 'version', message: `is ${codebook.version}, so the file must be named v${codebook.version}.yaml` });
    }
  }
  const versions = new Set(files.map((f) => f.codebook.version));
  for (let version = 1; version < Math.max(...versions); version++) {
    if (!versions.has(version)) errors.push({ file: FOLDER, field: `v${version}.yaml`, message: 'is missing: links of that version could not be opened' });
  }
  return errors;
}

/** Each version that does more than add, without the migration that carries older answers into it. */
function migrationErrors(sorted: readonly CodebookFile[], migrations: Migrations): ContentError[] {
  const errors: ContentError[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const older = sorted[i - 1]!.codebook;
    const { file, codebook } = sorted[i]!;
    const changes = codebookChanges(older, codebook, `v${older.version}`, `v${codebook.version}`).filter((c) => !c.adds);
    if (changes.length > 0 && !migrations[codebook.version]) {
      errors.push({
        file,
        field: 'questions',
        message:
          `${changes.map((c) => c.sentence).join('; ')}: a v${older.version} answer may no longer mean the same, so this version needs ` +
          `MIGRATIONS[${codebook.version}] in ${MIGRATIONS_FILE}, turning v${older.version} answers into v${codebook.version} answers`,
      });
    }
  }
  const known = new Set(sorted.map((f) => f.codebook.version));
  for (const key of Object.keys(migrations)) {
    if (Number(key) < 2 || !known.has(Number(key))) {
      errors.push({ file: MIGRATIONS_FILE, field: `MIGRATIONS[${key}]`, message: `migrates into v${key}, which has no codebook to migrate from and into` });
    }
  }
  return errors;
}

/**
 * Everything wrong with the published codebooks: a file not named after its version, a version
 * missing, a version that changes more than it adds with no migration, and a latest codebook that
 * does not freeze the questions as they are (each question and option named, and what to do).
 */
export function codebookErrors(files: readonly CodebookFile[], questions: readonly Question[], migrations: Migrations): ContentError[] {
  if (files.length === 0) {
    return [{ file: FOLDER, field: '(folder)', message: 'has no codebook: add v1.yaml, listing every question with its kind and options' }];
  }
  const sorted = [...files].sort((a, b) => a.codebook.version - b.codebook.version);
  const { file, codebook: latest } = sorted.at(-1)!;
  const errors = [...sequenceErrors(sorted), ...migrationErrors(sorted, migrations)];
  const drift = questionChanges(latest, questions);
  if (drift.length > 0) {
    const sentences = drift.map((c) => c.sentence).join('; ');
    errors.push({ file, field: 'questions', message: `does not freeze the questions as they are now: ${sentences}. ${nextFileAdvice(latest, drift.every((c) => c.adds))}` });
  }
  return errors;
}
