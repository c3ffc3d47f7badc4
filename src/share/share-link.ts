/** A share link: a report page's address with answers encoded in the fragment by the newest codebook. */
import type { AnswerMap } from '../schemas/answers';
import { latestCodebook, type Codebook } from './codebook';
import { encodeAnswers } from './link-codec';

/** `answers` as a link to `reportPageUrl` (any fragment of it replaced); `undefined` when this build has no codebook to encode them with. */
export function shareLinkFor(answers: AnswerMap, codebooks: readonly Codebook[], reportPageUrl: string): string | undefined {
  const codebook = latestCodebook(codebooks);
  if (!codebook) return undefined;
  return `${reportPageUrl.split('#')[0]}#${encodeAnswers(answers, codebook)}`;
}
