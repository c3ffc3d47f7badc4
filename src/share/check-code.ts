import { toBase62 } from './base62';

/** Characters in a check code: 62³ ≈ 238,000 values, so a typo slips through about once in that many. */
export const CHECK_CODE_LENGTH = 3;

const CHECK_CODE_RANGE = 62 ** CHECK_CODE_LENGTH;

/** The 32-bit FNV-1a hash of a text's UTF-16 code units. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The base62 check code of a text: its FNV-1a hash, reduced to `CHECK_CODE_LENGTH` digits. */
export function checkCode(text: string): string {
  return toBase62(BigInt(fnv1a(text) % CHECK_CODE_RANGE), CHECK_CODE_LENGTH);
}
