import type { AnswerMap } from '../../schemas/answers';
import { ImportAnswers } from './ImportAnswers';
import { ReportMessage } from './ReportMessage';

interface Props {
  /** Why a report link could not be read; without it, there simply are no answers here. */
  unreadable?: string | undefined;
  checkHref: string;
  /** This build's questionnaire version, for the answers file the reader may import instead. */
  version: number;
  onImported: (answers: AnswerMap, dropped: string[]) => string | undefined;
}

/**
 * The report page with no report to show: a link that cannot be read (nothing of it used), or no answers
 * at all, with the offer to import an answers file. Fetched only then: a report is the common case.
 */
export function ReportUnavailable({ unreadable, checkHref, version, onImported }: Props) {
  if (unreadable !== undefined) {
    return (
      <ReportMessage title="This report link cannot be opened" checkHref={checkHref}>
        <p>{unreadable}</p>
        <p>Nothing from the link was used. You can take the check yourself in about ten minutes.</p>
      </ReportMessage>
    );
  }
  return (
    <ReportMessage title="There are no answers to report on yet" checkHref={checkHref}>
      <p>This page shows the report for a check taken in this browser, or for a report link someone shared with you. Neither is here.</p>
      <div class="import-offer">
        <p>Have an answers file from an earlier check?</p>
        <ImportAnswers version={version} onImported={onImported} />
      </div>
    </ReportMessage>
  );
}
