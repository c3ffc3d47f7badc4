import { describe, expect, test } from 'vitest';
import { formatContentErrors } from '../../../src/schemas/content-error';
import { validateInterview } from '../../../src/interview/validate';
import { latestCodebook, parseCodebook, type Codebook } from '../../../src/share/codebook';
import { CodebookSchema } from '../../../src/share/codebook-schema';
import { codebookDrift, freezeCodebook } from '../../../src/share/codebook-drift';
import { smallInterview } from '../../fixtures/small-interview';

const valid = {
  version: 1,
  questions: [
    { id: 'stage', kind: 'single', options: ['starting', 'building'] },
    { id: 'roles', kind: 'multiple', options: ['data-engineer', 'none'], exclusive: ['none'] },
  ],
};
type Data = typeof valid;
const changed = (change: (data: Data) => unknown) => change(structuredClone(valid));

const errorsOf = (data: unknown) => {
  const result = parseCodebook(data, 'content/codebooks/v1.yaml');
  return result.ok ? '' : formatContentErrors(result.errors);
};

describe('parseCodebook', () => {
  test('accepts a well-formed codebook', () => {
    expect(parseCodebook(valid, 'v1.yaml')).toEqual({ ok: true, value: valid });
  });

  test.each<[string, unknown, RegExp]>([
    ['something that is not an object', 'stage', /› \(file\): must be a codebook/],
    ['a missing version', changed(({ version: _, ...rest }) => rest), /› version: must be a whole number from 1 to 61/],
    ['version 62, which one base62 digit cannot say', changed((d) => ({ ...d, version: 62 })), /› version: must be a whole number/],
    ['no questions', changed((d) => ({ ...d, questions: [] })), /› questions: must be a non-empty list/],
    ['a field it does not know', changed((d) => ({ ...d, title: 'v1' })), /› title: is not a codebook field/],
    ['a question id twice', changed((d) => ({ ...d, questions: [d.questions[0], d.questions[0]] })), /› questions\[1\]\.id: "stage" appears twice/],
    ['an id that is not kebab-case', changed((d) => ((d.questions[0]!.id = '__proto__'), d)), /› questions\[0\]\.id: must be a kebab-case id/],
    ['an unknown kind', changed((d) => ((d.questions[0]!.kind = 'ranking'), d)), /› questions\[0\]\.kind: must be "single" or "multiple"/],
    ['no options', changed((d) => ((d.questions[0]!.options = []), d)), /› questions\[0\]\.options: must be a non-empty list of ids/],
    ['an option twice', changed((d) => ((d.questions[0]!.options = ['a', 'a']), d)), /› questions\[0\]\.options\[1\]: "a" appears twice/],
    ['an exclusive option that is not an option', changed((d) => ((d.questions[1]!.exclusive = ['nobody']), d)), /exclusive: names "nobody", which is not an option/],
    ['exclusive options on a single-choice question', changed((d) => ({ ...d, questions: [{ ...d.questions[0], exclusive: ['starting'] }] })), /exclusive: only multiple-choice/],
    ['a multiple-choice question with 33 options', changed((d) => ((d.questions[1]!.options = Array.from({ length: 33 }, (_, i) => `o${i}`)), (d.questions[1]!.exclusive = ['o0']), d)), /options: has more than 32 options/],
  ])('refuses %s, naming the file and field', (_, data, message) => {
    const errors = errorsOf(data);
    expect(errors).toMatch(/^content\/codebooks\/v1\.yaml › /);
    expect(errors).toMatch(message);
  });

  test('gives the same verdict as the zod schema used at build time', () => {
    const samples = [
      valid,
      changed((d) => ({ ...d, version: 0 })),
      changed((d) => ({ ...d, questions: [d.questions[0], d.questions[0]] })),
      changed((d) => ((d.questions[1]!.exclusive = ['nobody']), d)),
      changed((d) => ((d.questions[0]!.options = ['Starting']), d)),
      changed((d) => ({ ...d, extra: true })),
      changed((d) => ((d.questions[0]!.kind = 'ranking'), d)),
    ];
    for (const sample of samples) {
      expect(parseCodebook(sample, 'v1.yaml').ok, JSON.stringify(sample)).toBe(CodebookSchema.safeParse(sample).success);
    }
  });
});

describe('latestCodebook', () => {
  test('is the codebook with the highest version, whatever the order', () => {
    expect(latestCodebook([{ ...valid, version: 2 }, valid] as never)?.version).toBe(2);
    expect(latestCodebook([])).toBeUndefined();
  });
});

describe('codebookDrift', () => {
  const questions = (() => {
    const result = validateInterview(smallInterview());
    if (!result.ok) throw new Error('fixture is invalid');
    return result.value;
  })();
  const frozen = freezeCodebook(questions, 1);
  const withQuestion = (id: string, change: (q: Codebook['questions'][number]) => object): Codebook => ({
    ...frozen,
    questions: frozen.questions.map((q) => (q.id === id ? (change(q) as typeof q) : q)),
  });

  test('finds nothing between questions and the codebook frozen from them', () => {
    expect(codebookDrift(frozen, questions)).toEqual([]);
  });

  test('ignores the order of questions and options', () => {
    const reordered = { ...frozen, questions: [...frozen.questions].reverse().map((q) => ({ ...q, options: [...q.options].reverse() })) };
    expect(codebookDrift(reordered, questions)).toEqual([]);
  });

  test.each<[string, () => Codebook, string]>([
    ['a new question', () => ({ ...frozen, questions: frozen.questions.filter((q) => q.id !== 'constraint') }), 'question "constraint" is not in codebook v1'],
    ['a new option', () => withQuestion('stage', (q) => ({ ...q, options: ['starting', 'building'] })), 'option "in-production" of question "stage" is not in codebook v1'],
    ['a changed kind', () => withQuestion('stage', (q) => ({ ...q, kind: 'multiple' })), 'question "stage" is single-choice but multiple-choice in codebook v1'],
    ['an option that became exclusive', () => withQuestion('roles', ({ exclusive: _, ...q }) => q), 'option "none" of question "roles" is exclusive, unlike in codebook v1'],
    ['a removed option', () => withQuestion('stage', (q) => ({ ...q, options: [...q.options, 'scaling'] })), 'option "scaling" of question "stage" is in codebook v1 but no longer in the questions'],
    ['a removed question', () => ({ ...frozen, questions: [...frozen.questions, { id: 'budget', kind: 'single' as const, options: ['yes'] }] }), 'question "budget" is in codebook v1 but no longer in the questions'],
  ])('reports %s', (_, codebook, sentence) => {
    expect(codebookDrift(codebook(), questions)).toEqual([sentence]);
  });
});
