/**
 * Reads the codebooks from content/codebooks for Node-side tools (unit tests). Pure modules never
 * import this file; the site gets codebooks at build time and hands them to the report.
 */
import { readYamlFolder } from '../content-fs';
import { formatContentErrors, type ContentError } from '../schemas/content-error';
import { parseCodebook, type Codebook } from './codebook';

/** The folder that holds one frozen codebook per questionnaire version, `vN.yaml`. */
export const CODEBOOKS_FOLDER = 'content/codebooks';

/** Every codebook on disk, validated and sorted by version; throws with the content errors if any is invalid. */
export function loadCodebooksFromDisk(): Codebook[] {
  const errors: ContentError[] = [];
  const codebooks: Codebook[] = [];
  for (const source of readYamlFolder(CODEBOOKS_FOLDER)) {
    const parsed = parseCodebook(source.data, source.file);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    const named = /\/v(\d+)\.yaml$/.exec(source.file)?.[1];
    if (named !== String(parsed.value.version)) {
      errors.push({ file: source.file, field: 'version', message: `is ${parsed.value.version}, so the file must be named v${parsed.value.version}.yaml` });
    }
    codebooks.push(parsed.value);
  }
  if (errors.length > 0) throw new Error(formatContentErrors(errors));
  return codebooks.sort((a, b) => a.version - b.version);
}
