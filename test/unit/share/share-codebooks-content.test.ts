import { describe, expect, test } from 'vitest';
import { CodebookSchema } from '../../../src/share/codebook-schema';
import { codebookErrors } from '../../../src/share/codebook-check';
import { loadCodebookFilesFromDisk } from '../../../src/share/codebooks-fs';
import { MIGRATIONS } from '../../../src/share/migrations';
import { readYamlFolder } from '../../../src/content-fs';
import { formatContentErrors } from '../../../src/schemas/content-error';
import { loadQuestionsFromDisk } from '../../fixtures/content';

const files = loadCodebookFilesFromDisk();

describe('content/codebooks', () => {
  test('passes the build-time zod schema too', () => {
    for (const source of readYamlFolder('content/codebooks')) {
      expect(CodebookSchema.safeParse(source.data).success, source.file).toBe(true);
    }
  });

  // The build runs the same check (loadCodebooks in src/content-loaders.ts); here it fails in seconds.
  test('fit the questions and the migrations: every version from v1, the latest freezing the questions as they are', () => {
    const errors = codebookErrors(files, loadQuestionsFromDisk(), MIGRATIONS);
    expect(errors, formatContentErrors(errors)).toEqual([]);
  });
});
