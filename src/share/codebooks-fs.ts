/**
 * Reads the codebooks from content/codebooks for Node-side tools (unit tests). Pure modules never
 * import this file; the site gets codebooks at build time and hands them to the report.
 */
import { readYamlFolder } from '../content-fs';
import { formatContentErrors, type ContentError } from '../schemas/content-error';
import { parseCodebook, type Codebook } from './codebook';
import type { CodebookFile } from './codebook-check';

/** The folder that holds one frozen codebook per questionnaire version, `vN.yaml`. */
export const CODEBOOKS_FOLDER = 'content/codebooks';

/** Every codebook file on disk, each validated, sorted by version; throws with the content errors if any is invalid. */
export function loadCodebookFilesFromDisk(): CodebookFile[] {
  const errors: ContentError[] = [];
  const files: CodebookFile[] = [];
  for (const source of readYamlFolder(CODEBOOKS_FOLDER)) {
    const parsed = parseCodebook(source.data, source.file);
    if (parsed.ok) files.push({ file: source.file, codebook: parsed.value });
    else errors.push(...parsed.errors);
  }
  if (errors.length > 0) throw new Error(formatContentErrors(errors));
  return files.sort((a, b) => a.codebook.version - b.codebook.version);
}

/** Every codebook on disk, validated and sorted by version (whether they fit together is `codebookErrors`). */
export function loadCodebooksFromDisk(): Codebook[] {
  return loadCodebookFilesFromDisk().map((f) => f.codebook);
}
