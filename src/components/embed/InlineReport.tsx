import { useEffect, useRef, useState } from 'preact/hooks';
import type { DiagnosisLibrary } from '../../diagnosis/library';
import type { FindingBodies } from '../../diagnosis/markdown';
import type { Codebook } from '../../share/codebook';
import type ReportApp from '../report/ReportApp';
import { loadReportApp } from './load-report';

interface Props {
  library: DiagnosisLibrary;
  bodies: FindingBodies;
  codebooks: Codebook[];
  /** The standalone report's share link, or `undefined` when it cannot be made. */
  reportUrl: string | undefined;
  /** Back to the review of the answers, inside the frame. */
  onBack: () => void;
}

/**
 * The report inside the frame: the report page's own island (with its Copy link and exports), under
 * a bar to go back to the answers or open the standalone report in a new tab.
 */
export function InlineReport({ library, bodies, codebooks, reportUrl, onBack }: Props) {
  const [Report, setReport] = useState<typeof ReportApp | null>(null);
  const [failed, setFailed] = useState(false);
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    region.current?.focus();
    loadReportApp().then(
      (component) => setReport(() => component),
      () => setFailed(true),
    );
  }, []);

  return (
    <div class="embed-report" ref={region} tabIndex={-1} aria-label="Your report">
      <div class="embed-report-bar">
        <button type="button" class="button secondary" onClick={onBack}>
          Back to my answers
        </button>
        {reportUrl && (
          <a class="button secondary" href={reportUrl} target="_blank" rel="noopener">
            Open in a new tab
          </a>
        )}
      </div>
      {Report ? (
        <Report library={library} bodies={bodies} codebooks={codebooks} onEditAnswers={onBack} />
      ) : (
        <p class="report-loading" aria-busy={!failed}>
          {failed ? 'The report could not be loaded here. Open it in a new tab instead.' : 'Working out your report…'}
        </p>
      )}
    </div>
  );
}
