/** What the report page shows until the browser has read the answers: the server render and the first client render alike. */
export function ReportLoading() {
  return (
    <p class="report-loading" aria-busy="true">
      Reading your answers…
    </p>
  );
}
