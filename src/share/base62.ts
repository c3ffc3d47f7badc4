/**
 * Base62 with the alphabet 0-9A-Za-z: letters and digits only, so a link always ends in a character
 * that chat apps and mail clients keep as part of the URL when they turn text into links.
 */

/** The 62 digits, in order of value. */
export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const BASE = 62n;
const VALUE_OF = new Map([...BASE62_ALPHABET].map((char, i) => [char, i]));

/** Whether every character of the text is a base62 digit (and there is at least one). */
export function isBase62(text: string): boolean {
  return /^[0-9A-Za-z]+$/.test(text);
}

/** The value of one base62 digit, or `undefined` for any other character. */
export function base62Digit(char: string): number | undefined {
  return VALUE_OF.get(char);
}

/** A non-negative integer in base62, most significant digit first, left-padded with `0` to `width`. */
export function toBase62(value: bigint, width = 1): string {
  if (value < 0n) throw new RangeError('base62 encodes non-negative integers only');
  let digits = '';
  let rest = value;
  do {
    digits = BASE62_ALPHABET[Number(rest % BASE)]! + digits;
    rest /= BASE;
  } while (rest > 0n);
  return digits.padStart(width, '0');
}

/** The integer a base62 string spells, or `undefined` if it holds any other character. */
export function fromBase62(text: string): bigint | undefined {
  if (!isBase62(text)) return undefined;
  let value = 0n;
  for (const char of text) value = value * BASE + BigInt(VALUE_OF.get(char)!);
  return value;
}
