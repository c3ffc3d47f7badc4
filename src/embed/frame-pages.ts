/**
 * The embedded check's two pages inside the frame: the interview at `embed/` and its report at
 * `embed/report/`. The report is a page of its own, so the interview's page never loads the report's
 * code; the answers travel between them in the fragment (never sent to a server), because a sandboxed
 * frame has no storage to hand them over.
 */
import { formatEmbedParams, type EmbedParams } from './params';

/** Which of the frame's pages. */
export type FramePage = 'interview' | 'report';

/** The address of `page` under the site's `base`, with the host's validated parameters and no fragment. */
export function framePageUrl(base: string, page: FramePage, params: EmbedParams): string {
  return `${base}embed/${page === 'report' ? 'report/' : ''}${formatEmbedParams(params)}`;
}
