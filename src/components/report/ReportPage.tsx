import { useState } from 'preact/hooks';
import ReportApp from './ReportApp';
import { readReportData } from './report-data';
import { ReportLoading } from './ReportLoading';
import { ReportMessage } from './ReportMessage';

/**
 * The report page's island: reads the page's content from its JSON block (see report-data.ts) and shows
 * the report. The server has no answers, so it renders what ReportApp shows while it reads them.
 */
export default function ReportPage() {
  const [data] = useState(() => (typeof document === 'undefined' ? null : readReportData(document)));
  if (data === null) return <ReportLoading />;
  if (!data) {
    return (
      <ReportMessage title="The report cannot be shown" checkHref={`${import.meta.env.BASE_URL}check/`}>
        <p>This page is missing part of what it needs to work out a report. Reloading it may help.</p>
      </ReportMessage>
    );
  }
  return <ReportApp library={data.library} bodies={data.bodies} codebooks={data.codebooks} />;
}
