/**
 * The report of the answers shown on the report page, as a `computed` store: the island sets the page's
 * content once (`setReportContent`) and reads the diagnosis, never runs it. `diagnoseWithPath` is pure and
 * fast (well under a millisecond a path), so it is simply computed again whenever the answers change.
 */
import { atom, computed } from 'nanostores';
import { diagnoseWithPath, type FullReport } from '../diagnosis/full-report';
import type { DiagnosisLibrary } from '../diagnosis/library';
import type { Codebook } from '../share/codebook';
import { $reportAnswers } from './report';

/** What the report page needs besides the answers: the findings library, the codebooks, and the report page's address. */
export interface ReportContent {
  library: DiagnosisLibrary;
  /** Every published codebook, to read and make links; empty while none is published. */
  codebooks: Codebook[];
  /** The report page's absolute URL (no fragment), for the share links. */
  reportPageUrl: string;
}

/** The page's content; `undefined` until the island sets it in the browser. */
export const $reportContent = atom<ReportContent | undefined>(undefined);

/** Sets the content the report page diagnoses with (once, as the island starts). */
export function setReportContent(content: ReportContent): void {
  if ($reportContent.get() !== content) $reportContent.set(content);
}

/** The report and path forward of the answers loaded (`$reportAnswers`), or `undefined` while there are none. */
export const $originalReport = computed([$reportAnswers, $reportContent], (source, content): FullReport | undefined =>
  source.status === 'ready' && content ? diagnoseWithPath(content.library, source.answers) : undefined,
);
