import { useStoreAtOnce } from '../use-store-at-once';
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_EMBED_PARAMS, parseEmbedParams } from '../../embed/params';
import { openLinksOutside, reportHeight } from '../../embed/frame-dom';
import { framePageUrl } from '../../embed/frame-pages';
import { shareLinkFor } from '../../share/share-link';
import { $reportAnswers } from '../../stores/report';
import ReportApp from '../report/ReportApp';
import { readReportData } from '../report/report-data';
import { ReportLoading } from '../report/ReportLoading';
import { ReportMessage } from '../report/ReportMessage';

/** Where the answers came from, as the reader of the frame's report sees it: a link here holds their own. */
const ORIGIN_NOTES = { link: 'From the answers you just gave.', browser: 'From the answers you just gave.' };

/**
 * The report inside the embedded check (`embed/report/#<answers>`): the report page's own island under a
 * bar to go back to the answers (the frame's interview, the answers in its fragment) or open the
 * standalone report in a new tab. Its content comes in the page's JSON block, as on `report/`.
 */
export default function EmbedReport() {
  const base = import.meta.env.BASE_URL;
  const [data] = useState(() => (typeof document === 'undefined' ? null : readReportData(document)));
  const source = useStoreAtOnce($reportAnswers);
  // Hydration assumes the defaults; the host's parameters are read from the address in the browser.
  const [params, setParams] = useState(DEFAULT_EMBED_PARAMS);
  const region = useRef<HTMLDivElement>(null);
  // Marks the island live, so the page's fallback (shown when scripts never start) stays hidden.
  const [live, setLive] = useState(false);
  useEffect(() => {
    // The frame's page duties, here rather than in a page script of their own: one file fewer to fetch.
    openLinksOutside();
    reportHeight();
    setLive(true);
    setParams(parseEmbedParams(window.location.search));
    // The reader came from the end of the interview, far down the host's page: bring the report's top into view.
    region.current?.focus();
  }, []);

  const answers = data && source.status === 'ready' ? source.answers : undefined;
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const interview = framePageUrl(base, 'interview', params);
  // The answers go back re-encoded, never copied from the address.
  const back = (answers && shareLinkFor(answers, data!.codebooks, `${origin}${interview}`)) || interview;
  const standalone = answers && shareLinkFor(answers, data!.codebooks, `${origin}${base}report/`);

  return (
    <div class="embed-report" ref={region} tabIndex={-1} aria-label="Your report" data-live={live ? 'true' : undefined}>
      <div class="embed-report-bar">
        {/* target="_self": the frame's own page, which the check does not open outside the frame. */}
        <a class="button secondary" href={back} target="_self">
          Back to my answers
        </a>
        {standalone && (
          <a class="button secondary" href={standalone} target="_blank" rel="noopener">
            Open in a new tab
          </a>
        )}
      </div>
      {data === null ? (
        <ReportLoading />
      ) : data === undefined ? (
        <ReportMessage title="The report cannot be shown" checkHref={interview}>
          <p>This page is missing part of what it needs to work out a report. Reloading it may help.</p>
        </ReportMessage>
      ) : (
        <ReportApp
          library={data.library}
          bodies={data.bodies}
          codebooks={data.codebooks}
          checkHref={interview}
          originNotes={ORIGIN_NOTES}
          onEditAnswers={() => window.location.assign(back)}
        />
      )}
    </div>
  );
}
