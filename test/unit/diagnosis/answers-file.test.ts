import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { answersFileText, checkAnswersFile, MAX_ANSWERS_FILE_BYTES, problemSentence, readAnswersFile } from '../../../src/diagnosis/answers-file';
import { ANSWERS_FORMAT, AnswersFileSchema } from '../../../src/schemas/answers';
import { QUESTIONNAIRE_VERSION } from '../../fixtures/questionnaire-version';

const valid = { format: ANSWERS_FORMAT, version: QUESTIONNAIRE_VERSION, answers: { stage: ['building'], roles: ['data-scientists', 'lead'] } };

/** Values near the format: each field right, wrong or missing, plus stray keys. */
const nearFile = fc.record(
  {
    format: fc.oneof(fc.constant(ANSWERS_FORMAT), fc.string(), fc.integer(), fc.constant(null)),
    version: fc.oneof(fc.integer({ min: -2, max: 4 }), fc.double(), fc.constant(2 ** 53), fc.string(), fc.constant(null)),
    answers: fc.oneof(
      fc.dictionary(fc.string(), fc.array(fc.string())),
      fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'stage', 'a b'), fc.oneof(fc.array(fc.string()), fc.array(fc.anything()), fc.string())),
      fc.array(fc.string()),
      fc.anything(),
    ),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('checkAnswersFile', () => {
  test('accepts the documented format', () => {
    expect(checkAnswersFile(valid)).toEqual({ ok: true, value: valid });
  });

  test('agrees with AnswersFileSchema on 10,000 values near and far from the format', () => {
    fc.assert(
      fc.property(fc.oneof(nearFile, fc.anything(), fc.jsonValue()), (value) => {
        const data = JSON.parse(JSON.stringify(value ?? null));
        const ours = checkAnswersFile(data);
        const theirs = AnswersFileSchema.safeParse(data);
        expect(ours.ok).toBe(theirs.success);
        if (ours.ok && theirs.success) expect(ours.value).toEqual(theirs.data);
      }),
      { numRuns: 10_000 },
    );
  });

  test.each([
    ['a list', [], 'file'],
    ['a wrong format tag', { ...valid, format: 'something-else' }, 'format'],
    ['a fractional version', { ...valid, version: 1.5 }, 'version'],
    ['answers that are a list', { ...valid, answers: [] }, 'answers'],
    ['an answer that is text', { ...valid, answers: { stage: 'building' } }, 'answers.stage'],
    ['an option that is a number', { ...valid, answers: { roles: ['lead', 7] } }, 'answers.roles[1]'],
    ['a stray key', { ...valid, comment: 'hi' }, 'comment'],
    ['a stray "__proto__" key', JSON.parse('{"format":"ai-team-check/answers","version":1,"answers":{},"__proto__":1}'), '__proto__'],
    ['a version beyond the safe integers', { ...valid, version: 2 ** 53 }, 'version'],
  ])('names the part that is wrong: %s', (_name, data, where) => {
    const result = checkAnswersFile(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.where)).toContain(where);
  });
});

describe('readAnswersFile', () => {
  test('reads what answersFileText writes', () => {
    expect(readAnswersFile(answersFileText(valid.answers, QUESTIONNAIRE_VERSION), QUESTIONNAIRE_VERSION)).toEqual({ ok: true, answers: valid.answers, dropped: [] });
  });

  test('writes the documented format', () => {
    expect(JSON.parse(answersFileText({ stage: ['starting'] }, QUESTIONNAIRE_VERSION))).toEqual({ format: ANSWERS_FORMAT, version: QUESTIONNAIRE_VERSION, answers: { stage: ['starting'] } });
  });

  test('refuses a file over 1 MB before parsing it', () => {
    const result = readAnswersFile('not even json', QUESTIONNAIRE_VERSION, MAX_ANSWERS_FILE_BYTES + 1);
    expect(result).toEqual({ ok: false, problems: [{ where: 'file', message: 'is 1.0 MB; an answers file is at most 1 MB' }] });
  });

  test('says when the file is not JSON', () => {
    const result = readAnswersFile('{"format": ', QUESTIONNAIRE_VERSION);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(problemSentence(result.problems[0]!)).toMatch(/^The file is cut off/);
  });

  test('refuses a version newer than this page', () => {
    const newer = readAnswersFile(JSON.stringify({ ...valid, version: QUESTIONNAIRE_VERSION + 1 }), QUESTIONNAIRE_VERSION);
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.problems[0]!.message).toMatch(/newer version of the check than this page \(version \d+\)/);
  });

  test('carries an older file over to the version it is given, unchanged where the versions only add', () => {
    const older = JSON.stringify({ ...valid, version: 1 });
    expect(readAnswersFile(older, QUESTIONNAIRE_VERSION + 1)).toEqual({ ok: true, answers: valid.answers, dropped: [] });
    expect(readAnswersFile(older, 0).ok).toBe(false);
  });

  test('keeps answers to unknown questions: the diagnosis ignores them and says so', () => {
    const result = readAnswersFile(JSON.stringify({ ...valid, answers: { 'no-such-question': ['x'] } }), QUESTIONNAIRE_VERSION);
    expect(result).toEqual({ ok: true, answers: { 'no-such-question': ['x'] }, dropped: [] });
  });

  test('puts each problem in a sentence that names where it is', () => {
    expect(problemSentence({ where: 'format', message: 'must be "x", but is null' })).toBe('“format” must be "x", but is null.');
  });
});
