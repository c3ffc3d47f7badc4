import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BASE62_ALPHABET, fromBase62, isBase62, toBase62 } from '../../../src/share/base62';
import { checkCode, CHECK_CODE_LENGTH, fnv1a } from '../../../src/share/check-code';

describe('base62', () => {
  test('uses only digits and ASCII letters, in order of value', () => {
    expect(BASE62_ALPHABET).toBe('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
  });

  test.each<[bigint, string]>([
    [0n, '0'],
    [61n, 'z'],
    [62n, '10'],
    [62n ** 10n - 1n, 'zzzzzzzzzz'],
  ])('spells %s as %s', (value, text) => {
    expect(toBase62(value)).toBe(text);
    expect(fromBase62(text)).toBe(value);
  });

  test('reads back every number it writes', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 2n ** 600n }), (n) => fromBase62(toBase62(n)) === n));
  });

  test('pads to a width', () => {
    expect(toBase62(5n, 3)).toBe('005');
  });

  test.each(['', '-', 'a b', 'é', '１２', '\u0000', '%41'])('refuses %j', (text) => {
    expect(isBase62(text)).toBe(false);
    expect(fromBase62(text)).toBeUndefined();
  });
});

describe('checkCode', () => {
  test('is the 32-bit FNV-1a hash, as published', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  test(`is always ${CHECK_CODE_LENGTH} base62 characters`, () => {
    fc.assert(fc.property(fc.string(), (text) => new RegExp(`^[0-9A-Za-z]{${CHECK_CODE_LENGTH}}$`).test(checkCode(text))));
  });

  test('changes when one character changes', () => {
    expect(checkCode('1abc')).not.toBe(checkCode('1abd'));
  });
});
