/**
 * Ids, without zod: content, share links and storage all name questions and options by a kebab-case id.
 * `IdSchema` (question.ts) is built on this pattern for the content; browser code checks ids from outside
 * (storage, a codebook) with `isId`, so zod stays out of the pages' JavaScript.
 */

/** A kebab-case id: runs of lowercase letters and digits joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id: content may not use a longer one, so a longer text from outside is never one of ours. */
export const MAX_ID_LENGTH = 64;

/** Whether an untrusted value is an id (so never `__proto__` or a megabyte of text). */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}
