/**
 * Share links: a set of answers as a short payload for `/report/#<payload>`, and back. The payload is
 * a version digit, the answers as one base62 number over that version's codebook, and a check code
 * (see payload-envelope.ts and answer-number.ts). Decoding never throws, whatever it is given.
 */
import type { AnswerMap } from '../schemas/answers';
import { isRecord } from '../schemas/is-record';
import { fitsChoice } from '../questionnaire/answer-fits';
import { answersToNumber, numberToAnswers } from './answer-number';
import { fromBase62, toBase62 } from './base62';
import { latestCodebook, type Codebook } from './codebook';
import { migrateAnswers, MIGRATIONS, type Migrations } from './migrations';
import { openPayload, sealPayload } from './payload-envelope';

/** Why a payload could not be read. */
export type DecodeFailureReason = 'empty' | 'too-long' | 'malformed' | 'checksum' | 'newer-version' | 'unknown-version';

/** A decoded link: its questionnaire version, and its answers carried over to the latest version. */
export type DecodeResult =
  | { ok: true; version: number; answers: AnswerMap; warnings: string[] }
  | { ok: false; reason: DecodeFailureReason; message: string };

/** What to tell the person who opened the link, in plain words, for each reason. */
export const DECODE_FAILURE_MESSAGES: Readonly<Record<DecodeFailureReason, string>> = {
  empty: 'This link has no answers in it. Check that you copied the whole link, including everything after the # sign.',
  'too-long': 'This link is far longer than a report link can be, so it was not opened. Check that you copied the right link.',
  malformed: 'This link is damaged, so its answers cannot be read. Ask the person who sent it to copy the whole link again.',
  checksum:
    'This link was changed or cut short on its way to you, so its answers cannot be trusted. Ask the person who sent it to copy the whole link again.',
  'newer-version':
    'This link comes from a newer version of the check than this page. Reload the page to get the latest version, then open the link again.',
  'unknown-version': 'This link comes from a version of the check that this page cannot read, so its answers cannot be shown.',
};

const failure = (reason: DecodeFailureReason): DecodeResult => ({ ok: false, reason, message: DECODE_FAILURE_MESSAGES[reason] });

/** The answers a codebook can encode, and a sentence for each one it cannot (never throws). */
function encodable(answers: unknown, codebook: Codebook): { kept: AnswerMap; warnings: string[] } {
  const kept: AnswerMap = {};
  const warnings: string[] = [];
  if (!isRecord(answers)) return { kept, warnings: ['The answers were not a set of answers, so none were kept.'] };
  const byId = new Map(codebook.questions.map((q) => [q.id, q]));
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id);
    if (!question) {
      warnings.push(`The answer to "${id}" was left out: version ${codebook.version} of the check has no such question.`);
    } else if (Array.isArray(value) && value.length === 0) {
      continue; // An empty selection is no answer, and a link says so by leaving it out.
    } else if (!fitsChoice(question, value)) {
      const unknown = Array.isArray(value) ? value.filter((o) => !question.options.includes(o as string)) : [];
      warnings.push(
        unknown.length > 0
          ? `The answer to "${id}" was left out: it has no option ${unknown.map((o) => `"${String(o)}"`).join(', ')}.`
          : `The answer to "${id}" was left out: it is not a valid ${question.kind}-choice answer.`,
      );
    } else {
      kept[id] = [...value];
    }
  }
  return { kept, warnings };
}

/** What `encodeAnswers` leaves out of a link (unknown questions or options, invalid answers), one sentence each. */
export function encodingWarnings(answers: AnswerMap, codebook: Codebook): string[] {
  return encodable(answers, codebook).warnings;
}

/** The payload of a share link for a set of answers; answers the codebook cannot hold are left out (see `encodingWarnings`). */
export function encodeAnswers(answers: AnswerMap, codebook: Codebook): string {
  return sealPayload(codebook.version, toBase62(answersToNumber(encodable(answers, codebook).kept, codebook)));
}

/**
 * Reads a payload with the codebooks of every published version (v1 onwards) and runs the
 * migrations (a version without one carries answers over unchanged), so the answers always come in
 * the latest version's terms. Never throws.
 */
export function decodePayload(
  payload: string,
  codebooks: readonly Codebook[],
  migrations: Migrations = MIGRATIONS,
): DecodeResult {
  try {
    const opened = openPayload(payload);
    if ('problem' in opened) return failure(opened.problem);
    const latest = latestCodebook(codebooks);
    if (latest && opened.version > latest.version) return failure('newer-version');
    const codebook = codebooks.find((c) => c.version === opened.version);
    if (!latest || !codebook) return failure('unknown-version');
    const value = fromBase62(opened.body);
    // Only the shortest spelling of a number is a payload, so each set of answers has exactly one link.
    if (value === undefined || toBase62(value) !== opened.body) return failure('malformed');
    const answers = numberToAnswers(value, codebook);
    if (!answers) return failure('malformed');
    const migrated = migrateAnswers(answers, codebook.version, latest.version, migrations);
    if (!migrated) return failure('unknown-version');
    const { kept, warnings } = encodable(migrated, latest);
    if (codebook.version < latest.version) {
      warnings.unshift('This link was made with an earlier version of the check; its answers were carried over to the current questions.');
    }
    return { ok: true, version: codebook.version, answers: kept, warnings };
  } catch {
    // Unreachable for well-formed codebooks; kept so that no input, and no bad codebook, can break the page.
    return failure('malformed');
  }
}
