import { describe, expect, test } from 'vitest';
import { QUESTIONNAIRE_VERSION } from '../../src/schemas/answers';
import { latestCodebook } from '../../src/share/codebook';
import { CodebookSchema } from '../../src/share/codebook-schema';
import { codebookDrift } from '../../src/share/codebook-drift';
import { loadCodebooksFromDisk } from '../../src/share/codebooks-fs';
import { MIGRATIONS } from '../../src/share/migrations';
import { readYamlFolder } from '../../src/content-fs';
import { loadQuestionsFromDisk } from '../fixtures/content';

const codebooks = loadCodebooksFromDisk();
const latest = latestCodebook(codebooks)!;

describe('content/codebooks', () => {
  test('holds every version from v1 to the latest, none missing: old links need them all', () => {
    expect(codebooks.map((c) => c.version)).toEqual(codebooks.map((_, i) => i + 1));
  });

  test('passes the build-time zod schema too', () => {
    for (const source of readYamlFolder('content/codebooks')) {
      expect(CodebookSchema.safeParse(source.data).success, source.file).toBe(true);
    }
  });

  test('has a migration into every version after v1', () => {
    expect(MIGRATIONS.length, 'src/share/migrations.ts needs one migration per codebook after v1').toBe(latest.version - 1);
  });

  test('ends with the questionnaire version this build asks', () => {
    expect(latest.version, 'QUESTIONNAIRE_VERSION in src/schemas/answers.ts and the latest codebook must agree').toBe(QUESTIONNAIRE_VERSION);
  });

  test('freezes the current questions in the latest codebook', () => {
    const drift = codebookDrift(latest, loadQuestionsFromDisk());
    const next = latest.version + 1;
    expect(
      drift,
      [
        `The questions changed since codebook v${latest.version} was frozen, so old share links would change meaning:`,
        ...drift.map((line) => `  - ${line}`),
        `Do not edit content/codebooks/v${latest.version}.yaml. Instead add content/codebooks/v${next}.yaml listing every`,
        `current question and option (freezeCodebook in src/share/codebook-drift.ts gives a starting point),`,
        `append a migration from v${latest.version} to v${next} in src/share/migrations.ts, and set QUESTIONNAIRE_VERSION to ${next}.`,
      ].join('\n'),
    ).toEqual([]);
  });
});
