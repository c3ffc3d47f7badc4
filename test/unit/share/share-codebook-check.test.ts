import { describe, expect, test } from 'vitest';
import { formatContentErrors } from '../../../src/schemas/content-error';
import { validateInterview } from '../../../src/interview/validate';
import type { Codebook } from '../../../src/share/codebook';
import { codebookErrors, type CodebookFile } from '../../../src/share/codebook-check';
import { freezeCodebook } from '../../../src/share/codebook-drift';
import type { Migrations } from '../../../src/share/migrations';
import { smallInterview } from '../../fixtures/small-interview';

const questions = (() => {
  const result = validateInterview(smallInterview());
  if (!result.ok) throw new Error('fixture is invalid');
  return result.value;
})();
const current = freezeCodebook(questions, 2);
const file = (codebook: Codebook, name = `v${codebook.version}.yaml`): CodebookFile => ({ file: `content/codebooks/${name}`, codebook });
/** `current` as version `version`, with one question changed. */
const withQuestion = (version: number, id: string, change: (q: Codebook['questions'][number]) => object | undefined): Codebook => ({
  version,
  questions: current.questions.flatMap((q) => (q.id === id ? ((change(q) as typeof q | undefined) ?? []) : [q])),
});
const errors = (files: CodebookFile[], migrations: Migrations = {}) => formatContentErrors(codebookErrors(files, questions, migrations));

describe('codebookErrors', () => {
  test('accepts versions from v1 whose latest freezes the questions, the earlier one only lacking an option', () => {
    const v1 = withQuestion(1, 'stage', (q) => ({ ...q, options: q.options.slice(0, -1) }));
    expect(codebookErrors([file(current), file(v1)], questions, {})).toEqual([]);
  });

  test('asks for a first codebook when there is none', () => {
    expect(errors([])).toMatch(/content\/codebooks › \(folder\): has no codebook: add v1\.yaml/);
  });

  test('names a file not named after its version, and a version missing between', () => {
    const v3 = { ...current, version: 3 };
    expect(errors([file(withQuestion(1, 'stage', (q) => q)), file(v3, 'v4.yaml')])).toMatch(
      /v4\.yaml › version: is 3, so the file must be named v3\.yaml[\s\S]*content\/codebooks › v2\.yaml: is missing/,
    );
  });

  test('names the question and the option the latest codebook lacks, and asks for the next file, no migration', () => {
    const older = { version: 2, questions: withQuestion(2, 'stage', (q) => ({ ...q, options: q.options.slice(1) })).questions.filter((q) => q.id !== 'constraint') };
    const message = errors([file(withQuestion(1, 'stage', (q) => ({ ...q, options: q.options.slice(1) }))), file(older)]);
    expect(message).toContain('content/codebooks/v2.yaml › questions: does not freeze the questions as they are now');
    expect(message).toContain(`option "${current.questions.find((q) => q.id === 'stage')!.options[0]}" of question "stage" is not in codebook v2`);
    expect(message).toContain('question "constraint" is not in codebook v2');
    expect(message).toContain('leave it as it is: add content/codebooks/v3.yaml, a copy of it with "version: 3"');
    expect(message).toContain('Additions need no migration.');
  });

  test('asks for a migration too when the questions drop an option the latest codebook has', () => {
    const message = errors([file(withQuestion(1, 'stage', (q) => ({ ...q, options: [...q.options, 'scaling'] })))]);
    expect(message).toMatch(/option "scaling" of question "stage" is in codebook v1 but no longer in the questions/);
    expect(message).toContain('and a migration MIGRATIONS[2] in src/share/migrations.ts');
  });

  const budget = { id: 'budget', kind: 'single' as const, options: ['yes'] };
  test.each<[string, Codebook]>([
    ['keeps an option the newer drops', withQuestion(1, 'stage', (q) => ({ ...q, options: [...q.options, 'scaling'] }))],
    ['keeps a question the newer drops', { version: 1, questions: [...current.questions, budget] }],
    ['has another kind', withQuestion(1, 'stage', (q) => ({ ...q, kind: 'multiple' }))],
    ['has an exclusive option the newer does not', withQuestion(1, 'roles', (q) => ({ ...q, exclusive: undefined }))],
  ])('wants a migration into a version whose predecessor %s, and is content with one', (_, v1) => {
    const files = [file(v1), file(current)];
    expect(errors(files)).toMatch(/v2\.yaml › questions: .*a v1 answer may no longer mean the same, so this version needs MIGRATIONS\[2\] in src\/share\/migrations\.ts/);
    expect(codebookErrors(files, questions, { 2: (answers) => answers })).toEqual([]);
  });

  test('names a migration into a version that has no codebook', () => {
    expect(errors([file(current, 'v2.yaml'), file({ ...current, version: 1 })], { 3: (a) => a })).toMatch(
      /src\/share\/migrations\.ts › MIGRATIONS\[3\]: migrates into v3, which has no codebook/,
    );
  });
});
