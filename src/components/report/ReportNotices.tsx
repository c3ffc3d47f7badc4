interface Props {
  /** The report's answers reach the end of the interview. */
  complete: boolean;
  /** What was left out of the answers, in plain words. */
  notes: readonly string[];
  /** Open the notes at once (an imported file: the reader just chose it and should see what it lost). */
  notesOpen: boolean;
  checkHref: string;
  onContinue: (event: Event) => void;
}

/** Above the report: that the check is unfinished, with the way to go on, and the answers that were left out. */
export function ReportNotices({ complete, notes, notesOpen, checkHref, onContinue }: Props) {
  return (
    <>
      {!complete && (
        <div class="notice report-unfinished">
          <p>This report is based on an unfinished check: answer the remaining questions for a complete one.</p>
          <a class="button secondary" href={checkHref} onClick={onContinue}>
            Continue the check
          </a>
        </div>
      )}
      {notes.length > 0 && (
        <div role="status">
          <details class="notice report-notes" open={notesOpen}>
            <summary>Some answers were left out ({notes.length})</summary>
            <ul>
              {notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </details>
        </div>
      )}
    </>
  );
}
