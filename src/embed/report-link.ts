/** The link to a finished check's report: the standalone report page with the answers in the fragment. */
import { answersOnPath } from '../questionnaire/answers-on-path';
import type { AnswerMap } from '../schemas/answers';
import type { Codebook } from '../share/codebook';
import { shareLinkFor } from '../share/share-link';

/**
 * The share link of the answers on `path` (drafts of questions off the path are left out), on
 * `reportPageUrl` (always the standalone `/report/`, never `/embed/`, so a link works outside any
 * frame); `undefined` when this build has no codebook to encode them with.
 */
export function reportLinkFor(
  answers: AnswerMap,
  path: readonly string[],
  codebooks: readonly Codebook[],
  reportPageUrl: string,
): string | undefined {
  return shareLinkFor(answersOnPath({ answers, path }), codebooks, reportPageUrl);
}
