/**
 * The envelope every share payload keeps, whatever the version: one base62 digit for the
 * questionnaire version, the body, and a check code over both. It must never change, so that any
 * build can read the version of any link (and say "newer version" rather than "broken link").
 */
import { base62Digit, BASE62_ALPHABET, isBase62 } from './base62';
import { checkCode, CHECK_CODE_LENGTH } from './check-code';

/** The longest payload the decoder looks at; anything longer is refused before any other work. */
export const MAX_PAYLOAD_LENGTH = 200;

/** What an envelope holds once its check code matches. */
export interface OpenedPayload {
  version: number;
  body: string;
}

/** Why an envelope could not be opened. */
export type EnvelopeProblem = 'empty' | 'too-long' | 'malformed' | 'checksum';

/** Wraps a base62 body for a questionnaire version (1–61) into a payload. */
export function sealPayload(version: number, body: string): string {
  const unsealed = BASE62_ALPHABET[version]! + body;
  return unsealed + checkCode(unsealed);
}

/** Opens a payload: checks its length, its characters and its check code, in that order. */
export function openPayload(payload: unknown): OpenedPayload | { problem: EnvelopeProblem } {
  if (typeof payload !== 'string') return { problem: 'malformed' };
  if (payload.length === 0) return { problem: 'empty' };
  if (payload.length > MAX_PAYLOAD_LENGTH) return { problem: 'too-long' };
  if (!isBase62(payload) || payload.length < 2 + CHECK_CODE_LENGTH) return { problem: 'malformed' };
  const unsealed = payload.slice(0, -CHECK_CODE_LENGTH);
  if (checkCode(unsealed) !== payload.slice(-CHECK_CODE_LENGTH)) return { problem: 'checksum' };
  return { version: base62Digit(unsealed[0]!)!, body: unsealed.slice(1) };
}
