import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { enumerateInterviewPaths } from '../../../src/interview/paths';
import type { AnswerMap } from '../../../src/schemas/answers';
import { fitsChoice } from '../../../src/questionnaire/answer-fits';
import { radixOf } from '../../../src/share/answer-number';
import { toBase62, BASE62_ALPHABET } from '../../../src/share/base62';
import { CHECK_CODE_LENGTH } from '../../../src/share/check-code';
import { latestCodebook, type Codebook } from '../../../src/share/codebook';
import { loadCodebooksFromDisk } from '../../../src/share/codebooks-fs';
import { decodePayload, encodeAnswers, encodingWarnings, type DecodeResult } from '../../../src/share/link-codec';
import { MAX_PAYLOAD_LENGTH } from '../../../src/share/payload-envelope';
import { loadQuestionsFromDisk } from '../../fixtures/content';
import { seedsArbitrary, walk } from '../../fixtures/random-walk';

const questions = loadQuestionsFromDisk();
const codebooks = loadCodebooksFromDisk();
const latest = latestCodebook(codebooks)!;
const paths = enumerateInterviewPaths(questions);
const decode = (payload: string) => decodePayload(payload, codebooks);

/** The answers with each multiple-choice selection in codebook order, as the decoder gives them. */
function inCodebookOrder(answers: AnswerMap, codebook: Codebook): AnswerMap {
  const ordered: AnswerMap = {};
  for (const question of codebook.questions) {
    const chosen = answers[question.id];
    if (chosen) ordered[question.id] = question.options.filter((o) => chosen.includes(o));
  }
  return ordered;
}

/** Whether a decode result is a failure with a message, or answers every one of which the latest codebook accepts. */
function isWellFormed(result: DecodeResult): boolean {
  if (!result.ok) return result.message.length > 0;
  const byId = new Map(latest.questions.map((q) => [q.id, q]));
  return Object.entries(result.answers).every(([id, value]) => byId.has(id) && fitsChoice(byId.get(id)!, value));
}

const roundTrips = (answers: AnswerMap) => {
  expect(encodingWarnings(answers, latest)).toEqual([]);
  expect(decode(encodeAnswers(answers, latest))).toEqual({ ok: true, version: latest.version, answers: inCodebookOrder(answers, latest), warnings: [] });
};

describe('share links over the real interview', () => {
  test(`round-trip every one of the ${paths.length} paths through the interview, in at most 100 characters`, () => {
    let longest = '';
    for (const path of paths) {
      roundTrips(path.answers);
      const payload = encodeAnswers(path.answers, latest);
      if (payload.length > longest.length) longest = payload;
    }
    const allAnswered = 1 + toBase62(latest.questions.reduce((n, q) => n * radixOf(q), 1n) - 1n).length + CHECK_CODE_LENGTH;
    console.log(`Longest share payload over ${paths.length} paths: ${longest.length} characters (${longest}); ` +
      `with every question of codebook v${latest.version} answered at once it could be at most ${allAnswered}.`);
    expect(longest.length).toBeLessThanOrEqual(100);
  });

  test('round-trip 2,000 random walks through the interview', () => {
    fc.assert(
      fc.property(seedsArbitrary(questions), (seeds) => {
        const { finished, answers } = walk(questions, seeds);
        expect(finished).toBe(true);
        roundTrips(answers);
      }),
      { numRuns: 2_000 },
    );
  });
});

/** Valid payloads to mutate: one per enumerated path. */
const validPayloads = paths.map((path) => encodeAnswers(path.answers, latest));

type Mutation =
  | { kind: 'replace'; at: number; char: string }
  | { kind: 'insert'; at: number; char: string }
  | { kind: 'delete'; at: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'swap'; at: number };

const charArbitrary = fc.oneof(fc.constantFrom(...BASE62_ALPHABET), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: charArbitrary }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: charArbitrary }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
);

function mutate(payload: string, mutation: Mutation): string {
  const at = mutation.at % (payload.length + 1);
  switch (mutation.kind) {
    case 'replace':
      return payload.slice(0, at) + mutation.char + payload.slice(at + 1);
    case 'insert':
      return payload.slice(0, at) + mutation.char + payload.slice(at);
    case 'delete':
      return payload.slice(0, at) + payload.slice(at + 1);
    case 'truncate':
      return payload.slice(0, at);
    case 'swap':
      return at + 1 < payload.length ? payload.slice(0, at) + payload[at + 1] + payload[at] + payload.slice(at + 2) : payload;
  }
}

describe('decodePayload, given anything', () => {
  test('never throws on 10,000 random strings, and answers with a reason or valid answers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.stringMatching(/^[0-9A-Za-z]{0,40}$/)), (text) => isWellFormed(decode(text))),
      { numRuns: 10_000 },
    );
  });

  test('rejects 10,000 mutated valid payloads, or decodes them to a valid answer set', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...validPayloads), fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }), (payload, mutations) => {
        const mutated = mutations.reduce(mutate, payload);
        const result = decode(mutated);
        if (mutated === payload) return result.ok;
        if (result.ok) accepted++;
        else expect(['empty', 'malformed', 'checksum', 'newer-version', 'unknown-version']).toContain(result.reason);
        return isWellFormed(result);
      }),
      { numRuns: 10_000 },
    );
    // A three-character check code lets about one change in 238,000 through.
    expect(accepted).toBeLessThan(5);
  });

  test.each<[string, string, string]>([
    ['a script tag', '<script>alert(1)</script>', 'malformed'],
    ['a percent-encoded NUL', '%00', 'malformed'],
    ['a NUL character', '1\u0000abcd', 'malformed'],
    ['__proto__', '__proto__', 'malformed'],
    ['constructor, which is all letters', 'constructor', 'checksum'],
    ['unicode digits and letters', '١٢٣٤٥ＡＢＣ', 'malformed'],
    ['an emoji', '1abc😀', 'malformed'],
    ['a lone surrogate', '1abc\ud800', 'malformed'],
    ['white space', '   ', 'malformed'],
    ['nothing', '', 'empty'],
    ['201 characters', '1'.repeat(201), 'too-long'],
  ])('refuses %s', (_, payload, reason) => {
    expect(decode(payload)).toMatchObject({ ok: false, reason });
  });

  test('refuses a 1 MB payload as too long before reading it (reading it would take minutes of BigInt work)', () => {
    // The length is checked first: a valid link padded with valid characters, or with characters
    // the alphabet lacks, is refused for its length, never decoded or rejected for its content.
    const valid = encodeAnswers(paths[0]!.answers, latest);
    expect(decode(valid)).toMatchObject({ ok: true });
    for (const padding of ['z', '!', '\ud800']) {
      expect(decode(valid + padding.repeat(1_048_576))).toMatchObject({ ok: false, reason: 'too-long' });
    }
  });

  test('refuses what is not a string at all', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(decodePayload(value as unknown as string, codebooks)).toMatchObject({ ok: false, reason: 'malformed' });
    }
  });
});

test(`payloads stay far below the ${MAX_PAYLOAD_LENGTH}-character limit the decoder enforces`, () => {
  expect(Math.max(...validPayloads.map((p) => p.length)) * 2).toBeLessThan(MAX_PAYLOAD_LENGTH);
});
