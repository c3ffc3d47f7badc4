/**
 * The report page's content (the diagnosis library, the findings' bodies, the codebooks), handed to its
 * island in one JSON block instead of island props: Astro's prop format wraps every value in a tag and
 * the attribute escapes every quote, which nearly doubled the page, and reviving it was a long task.
 */
import type { DiagnosisLibrary } from '../../diagnosis/library';
import type { FindingBodies } from '../../diagnosis/finding-bodies';
import type { Codebook } from '../../share/codebook';

/** What the report page's island needs to read answers and show their report. */
export interface ReportPageData {
  library: DiagnosisLibrary;
  /** As `shipBodies` leaves them: HTML, and Markdown only where it cannot be read back from the HTML. */
  bodies: FindingBodies;
  codebooks: Codebook[];
}

/** The id of the `<script type="application/json">` element that holds the data. */
export const REPORT_DATA_ID = 'report-data';

/** The data as the text of a JSON script element: `<` escaped, so no text in it can close the element. */
export function serializeReportData(data: ReportPageData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The data from the page, or `undefined` when the element is missing or not the JSON it should be. */
export function readReportData(doc: Pick<Document, 'getElementById'>): ReportPageData | undefined {
  const text = doc.getElementById(REPORT_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    const data = JSON.parse(text) as Partial<ReportPageData> | null;
    if (!data?.library?.questions || !data.bodies || !Array.isArray(data.codebooks)) return undefined;
    return data as ReportPageData;
  } catch {
    return undefined;
  }
}
