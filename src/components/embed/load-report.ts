import type ReportApp from '../report/ReportApp';

let pending: Promise<typeof ReportApp> | undefined;

/**
 * The report page's island, fetched once and only on pages that may show it. The embedded check
 * starts the fetch as soon as it runs, so that nothing is requested once the page has settled, while
 * the page's own weight stays that of the interview.
 */
export function loadReportApp(): Promise<typeof ReportApp> {
  pending ??= import('../report/ReportApp').then(
    (module) => module.default,
    (error: unknown) => {
      pending = undefined; // a later call tries again
      throw error;
    },
  );
  return pending;
}
