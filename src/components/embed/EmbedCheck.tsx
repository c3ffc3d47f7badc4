import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DiagnosisLibrary } from '../../diagnosis/library';
import type { FindingBodies } from '../../diagnosis/markdown';
import { DEFAULT_EMBED_PARAMS, parseEmbedParams } from '../../embed/params';
import { reportLinkFor } from '../../embed/report-link';
import { canPersist } from '../../embed/storage';
import type { Codebook } from '../../share/codebook';
import { $interview } from '../../stores/interview';
import Interview from '../Interview';
import { InlineReport } from './InlineReport';
import { loadReportApp } from './load-report';

interface Props {
  /** The diagnosis library; its questions are the interview's. */
  library: DiagnosisLibrary;
  bodies: FindingBodies;
  /** Every published codebook, to make the report's share link. */
  codebooks: Codebook[];
  /** The questionnaire version, saved with the answers. */
  version: number;
}

/**
 * The embedded check's island: the interview, a notice when the frame cannot keep progress, and at the
 * end the report inside the frame or a link that opens the standalone report in a new tab.
 */
export default function EmbedCheck({ library, bodies, codebooks, version }: Props) {
  const base = import.meta.env.BASE_URL;
  const questions = useMemo(() => [...library.questions], [library]);
  const view = useStore($interview, { ssr: 'initial' });
  // Server render and hydration assume the defaults; the address and the storage are read in the browser.
  const [params, setParams] = useState(DEFAULT_EMBED_PARAMS);
  const [persists, setPersists] = useState(true);
  const [showing, setShowing] = useState<'interview' | 'report'>('interview');
  const interview = useRef<HTMLDivElement>(null);
  const returned = useRef(false);
  useEffect(() => {
    const read = parseEmbedParams(window.location.search);
    setParams(read);
    setPersists(canPersist(() => window.localStorage));
    if (read.report === 'inline') void loadReportApp().catch(() => undefined); // fetched now, shown at the end
  }, []);
  useEffect(() => {
    // Back from the report, focus returns to the review's heading: the interview mounts at the review.
    if (showing !== 'interview' || !returned.current) return;
    returned.current = false;
    interview.current?.querySelector<HTMLElement>('.review h2')?.focus();
  }, [showing]);

  const reportPage = typeof window === 'undefined' ? `${base}report/` : new URL(`${base}report/`, window.location.href).href;
  const reportUrl = view ? reportLinkFor(view.answers, view.path, codebooks, reportPage) : undefined;

  if (showing === 'report') {
    const back = () => {
      returned.current = true;
      setShowing('interview');
    };
    return <InlineReport library={library} bodies={bodies} codebooks={codebooks} reportUrl={reportUrl} onBack={back} />;
  }

  const reportAction =
    params.report === 'new-tab' && reportUrl ? (
      <a class="button" href={reportUrl} target="_blank" rel="noopener">
        Open my report in a new tab
      </a>
    ) : (
      <button type="button" class="button" onClick={() => setShowing('report')}>
        See my report
      </button>
    );

  return (
    <div class="embed-check" ref={interview}>
      {!persists && (
        <p class="notice embed-no-resume" role="status">
          Your browser does not let this frame save progress, so reloading the page starts the check over. Your
          answers still stay in this browser.
        </p>
      )}
      <Interview questions={questions} version={version} reportHref={`${base}report/`} reportAction={reportAction} />
    </div>
  );
}
