import { describe, expect, test } from 'vitest';
import { validateInterview } from '../../../src/interview/validate';
import type { AnswerMap } from '../../../src/schemas/answers';
import { sealPayload } from '../../../src/share/payload-envelope';
import { freezeCodebook } from '../../../src/share/codebook-drift';
import { decodePayload, encodeAnswers, encodingWarnings } from '../../../src/share/link-codec';
import { checkCode } from '../../../src/share/check-code';
import { BASE62_ALPHABET } from '../../../src/share/base62';
import { smallInterview } from '../../fixtures/small-interview';

function smallCodebook(version = 1) {
  const result = validateInterview(smallInterview());
  if (!result.ok) throw new Error('fixture is invalid');
  return freezeCodebook(result.value, version);
}

const v1 = smallCodebook();
const decode = (payload: string) => decodePayload(payload, [v1]);
/** A payload with a valid check code around any version digit and body, to reach the checks behind it. */
const sealed = (unsealed: string) => unsealed + checkCode(unsealed);

describe('encodeAnswers', () => {
  test.each<[string, AnswerMap]>([
    ['no answers', {}],
    ['one single-choice answer', { stage: ['building'] }],
    ['a multiple-choice answer', { stage: ['building'], roles: ['data-scientists', 'data-engineer'] }],
    ['an exclusive option alone', { stage: ['starting'], roles: ['none'], 'hiring-plan': ['engineers-first'] }],
    ['a complete path', { stage: ['in-production'], roles: ['data-engineer'], 'last-drift': ['argued'], 'headcount-pressure': ['yes'], constraint: ['clarity'] }],
  ])('gives a payload that decodes to the same answers: %s', (_, answers) => {
    const payload = encodeAnswers(answers, v1);
    expect(payload).toMatch(/^1[0-9A-Za-z]+$/);
    expect(decode(payload)).toEqual({ ok: true, version: 1, answers, warnings: [] });
  });

  test('gives the same payload whatever order the options were chosen in', () => {
    expect(encodeAnswers({ roles: ['data-engineer', 'data-scientists'] }, v1)).toBe(
      encodeAnswers({ roles: ['data-scientists', 'data-engineer'] }, v1),
    );
  });

  test('decodes multiple-choice options in codebook order', () => {
    const result = decode(encodeAnswers({ roles: ['data-engineer', 'data-scientists'] }, v1));
    expect(result.ok && result.answers).toEqual({ roles: ['data-scientists', 'data-engineer'] });
  });

  test('leaves out, and reports, answers the codebook cannot hold, without throwing', () => {
    const answers = {
      stage: ['building'],
      budget: ['big'],
      roles: ['data-scientists', 'astrologer'],
      'hiring-plan': ['scientists-first', 'engineers-first'],
      'last-drift': ['caught', 'caught'],
      constraint: ['clarity'],
      'headcount-pressure': [],
    };
    expect(decode(encodeAnswers(answers, v1))).toMatchObject({ ok: true, answers: { stage: ['building'], constraint: ['clarity'] } });
    expect(encodingWarnings(answers, v1)).toEqual([
      'The answer to "budget" was left out: version 1 of the check has no such question.',
      'The answer to "roles" was left out: it has no option "astrologer".',
      'The answer to "hiring-plan" was left out: it is not a valid single-choice answer.',
      'The answer to "last-drift" was left out: it is not a valid single-choice answer.',
    ]);
  });

  test('never encodes an exclusive option together with others', () => {
    const answers = { roles: ['none', 'data-engineer'] };
    expect(encodingWarnings(answers, v1)).toEqual(['The answer to "roles" was left out: it is not a valid multiple-choice answer.']);
    expect(decode(encodeAnswers(answers, v1))).toMatchObject({ ok: true, answers: {} });
  });

  test('survives answers that are not answers at all', () => {
    const hostile = JSON.parse('{"__proto__": ["x"], "stage": "building", "roles": [1, null], "constraint": ["clarity"]}');
    expect(() => encodeAnswers(hostile, v1)).not.toThrow();
    expect(decode(encodeAnswers(hostile, v1))).toMatchObject({ ok: true, answers: { constraint: ['clarity'] } });
    expect(encodingWarnings(null as unknown as AnswerMap, v1)).toEqual(['The answers were not a set of answers, so none were kept.']);
  });
});

describe('decodePayload', () => {
  const valid = encodeAnswers({ stage: ['in-production'], roles: ['data-engineer'], 'last-drift': ['argued'], 'headcount-pressure': ['yes'] }, v1);

  test.each<[string, string, string]>([
    ['an empty payload', '', 'empty'],
    ['a payload over 200 characters', `1${'z'.repeat(200)}`, 'too-long'],
    ['a character outside 0-9A-Za-z', `${valid.slice(0, 2)}-${valid.slice(3)}`, 'malformed'],
    ['a payload too short to hold a check code', '1A', 'malformed'],
    ['a changed character', `${valid.slice(0, 1)}${valid[1] === 'A' ? 'B' : 'A'}${valid.slice(2)}`, 'checksum'],
    ['a cut-off payload', valid.slice(0, -1), 'checksum'],
    ['a version newer than the newest codebook', sealPayload(2, '1'), 'newer-version'],
    ['version 0, which never existed', sealPayload(0, '1'), 'unknown-version'],
    ['a number with leading zeros', sealed(`10${valid.slice(1, -3)}`), 'malformed'],
    ['a number beyond the codebook', sealPayload(1, 'zzzzzzzzzzzz'), 'malformed'],
    ['an exclusive option combined with others (bitmask 0b101 on roles)', sealPayload(1, BASE62_ALPHABET[5 * 4]!), 'malformed'],
  ])('rejects %s', (_, payload, reason) => {
    const result = decode(payload);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok || result.message).toMatch(/^[A-Z].*\.$/);
  });

  test('says a link from a newer version comes from a newer version of the check', () => {
    expect(decode(sealPayload(2, '1'))).toMatchObject({ message: expect.stringMatching(/newer version of the check/) });
  });

  test('tells the reason apart from a codebook it does not have: an older version nobody kept', () => {
    expect(decodePayload(encodeAnswers({}, v1), [smallCodebook(2)])).toMatchObject({ ok: false, reason: 'unknown-version' });
  });

  test('runs the migrations, so an old link decodes into the latest version', () => {
    const v2 = { version: 2, questions: v1.questions.map((q) => (q.id === 'stage' ? { ...q, id: 'program-stage' } : q)) };
    const renameStage = ({ stage, ...rest }: AnswerMap): AnswerMap => (stage ? { ...rest, 'program-stage': stage } : rest);
    const result = decodePayload(encodeAnswers({ stage: ['building'] }, v1), [v1, v2], { 2: renameStage });
    expect(result).toMatchObject({ ok: true, version: 1, answers: { 'program-stage': ['building'] } });
    expect(result.ok && result.warnings).toEqual([expect.stringMatching(/earlier version of the check/)]);
  });

  test('carries an old link over unchanged to a version with no migration: one that only adds', () => {
    const v2 = { version: 2, questions: v1.questions.map((q) => (q.id === 'stage' ? { ...q, options: [...q.options, 'scaling'] } : q)) };
    const result = decodePayload(encodeAnswers({ stage: ['building'] }, v1), [v1, v2], {});
    expect(result).toMatchObject({ ok: true, version: 1, answers: { stage: ['building'] } });
  });

  test('refuses an old link whose migration fails, rather than guessing', () => {
    const broken = () => {
      throw new Error('bug');
    };
    expect(decodePayload(encodeAnswers({ stage: ['building'] }, v1), [v1, smallCodebook(2)], { 2: broken })).toMatchObject({ ok: false, reason: 'unknown-version' });
  });

  test('keeps only answers the latest codebook accepts after a migration', () => {
    const v2 = smallCodebook(2);
    const result = decodePayload(encodeAnswers({ stage: ['building'] }, v1), [v1, v2], { 2: (a) => ({ ...a, stage: ['gone'] }) });
    expect(result).toMatchObject({ ok: true, answers: {} });
    expect(result.ok && result.warnings).toContain('The answer to "stage" was left out: it has no option "gone".');
  });

  test('does not throw when it is given no codebooks or broken ones', () => {
    expect(decodePayload(valid, [])).toMatchObject({ ok: false, reason: 'unknown-version' });
    expect(decodePayload(valid, [{ version: 1, questions: null } as never])).toMatchObject({ ok: false, reason: 'malformed' });
  });
});
