import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readFragment } from '../../../src/share/fragment';
import { MAX_PAYLOAD_LENGTH } from '../../../src/share/payload-envelope';

describe('readFragment', () => {
  test.each<[string, string, string]>([
    ['strips the leading #', '#1Abc9', '1Abc9'],
    ['accepts a hash without #', '1Abc9', '1Abc9'],
    ['reads an empty hash', '', ''],
    ['reads a bare #', '#', ''],
    ['decodes percent-encoding', '#1%41bc', '1Abc'],
    ['keeps a broken escape as it is', '#1%E0%A4%A', '1%E0%A4%A'],
    ['keeps a lone %', '#%', '%'],
    ['decodes %00 to a character the decoder will refuse', '#%00', '\u0000'],
    ['trims white space around the payload', '#%201Abc9%0A', '1Abc9'],
  ])('%s', (_, hash, payload) => {
    expect(readFragment(hash)).toBe(payload);
  });

  test('cuts a long fragment to just over the payload limit, so it still reads as too long', () => {
    const payload = readFragment(`#${'a'.repeat(1_000_000)}`);
    expect(payload.length).toBe(MAX_PAYLOAD_LENGTH + 1);
  });

  test('never throws and never returns more than the limit allows', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (hash) => readFragment(hash).length <= MAX_PAYLOAD_LENGTH + 1),
      { numRuns: 2_000 },
    );
  });

  test('survives a value that is not a string', () => {
    expect(readFragment(undefined as unknown as string)).toBe('');
  });
});
