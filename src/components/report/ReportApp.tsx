import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DiagnosisLibrary } from '../../diagnosis/library';
import type { FindingBodies } from '../../diagnosis/finding-bodies';
import { diagnoseWithPath } from '../../diagnosis/full-report';
import type { AnswerMap } from '../../schemas/answers';
import type { Codebook } from '../../share/codebook';
import { encodeAnswers } from '../../share/link-codec';
import { latestCodebook, questionnaireVersion } from '../../share/codebook';
import {
  $reportAnswers,
  loadAnswersIntoInterview,
  loadReportAnswers,
  shareLinkFor,
  showImportedAnswers,
  wouldReplaceSavedAnswers,
  type AnswersOrigin,
} from '../../stores/report';
import { ConfirmDialog } from '../ConfirmDialog';
import { ImportAnswers } from './ImportAnswers';
import type { PresentView as PresentViewType } from './PresentView';
import { REPORT_PARTS, ReportDocument } from './ReportDocument';
import { ReportLoading } from './ReportLoading';
import { ReportMessage } from './ReportMessage';
import { ReportToolbar } from './ReportToolbar';

interface Props {
  library: DiagnosisLibrary;
  bodies: FindingBodies;
  /** Every published codebook, to read share links and make them; empty while none is published. */
  codebooks: Codebook[];
  /** Called instead of opening the check page once the answers are loaded to edit (the embedded check shows its own). */
  onEditAnswers?: (() => void) | undefined;
  /** Where the check is taken: the site's `check/`, unless the report is shown inside the embedded check. */
  checkHref?: string;
  /** Replaces the line that says where the answers came from (inside the frame, a link holds the reader's own). */
  originNotes?: Partial<Record<AnswersOrigin, string>>;
}

const ORIGIN_NOTE: Record<AnswersOrigin, string> = {
  link: 'From a shared link.',
  browser: 'From the answers in this browser.',
  file: 'From the answers file you imported.',
  sample: 'A sample report.',
};

/** The report page's island: finds the answers (link, this browser or a file), diagnoses them and shows the report. */
export default function ReportApp({ library, bodies, codebooks, onEditAnswers, checkHref = `${import.meta.env.BASE_URL}check/`, originNotes }: Props) {
  const source = useStore($reportAnswers, { ssr: 'initial' });
  const [presenting, setPresenting] = useState(false);
  // The Present view is fetched when it is first asked for: most readers never open it.
  const [Present, setPresent] = useState<typeof PresentViewType | null>(null);
  useEffect(() => {
    if (presenting && !Present) void import('./PresentView').then((m) => setPresent(() => m.PresentView));
  }, [presenting]);
  // Where "Edit answers" goes once the reader agrees to replace the answers in progress, and what to focus if not.
  const [replacing, setReplacing] = useState<{ href: string; trigger: HTMLElement | null } | null>(null);
  const base = import.meta.env.BASE_URL;
  const version = questionnaireVersion(codebooks);

  useEffect(() => {
    const load = () => loadReportAnswers(window.location.hash, codebooks, library.questions);
    load();
    if (new URLSearchParams(window.location.search).has('present')) setPresenting(true);
    window.addEventListener('hashchange', load);
    return () => window.removeEventListener('hashchange', load);
  }, []);

  const full = useMemo(() => (source.status === 'ready' ? diagnoseWithPath(library, source.answers) : undefined), [source]);
  const report = full?.report;
  // The first report renders its opening alone, so the principal constraint is painted before the rest is
  // built; then one part of the rest per task (effects run after the browser has painted the last one).
  const [parts, setParts] = useState(0);
  const hasReport = report !== undefined;
  useEffect(() => {
    if (!hasReport || parts >= REPORT_PARTS) return;
    const next = setTimeout(() => setParts(parts + 1), 0);
    return () => clearTimeout(next);
  }, [hasReport, parts]);
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const shareUrl = report ? shareLinkFor(report.answers, codebooks, `${origin}${base}report/`) : undefined;
  const methodUrl = `${origin}${base}method/`;

  // The address then holds the imported answers' link (or none), so a reload shows what is on screen.
  const imported = (next: AnswerMap, dropped: string[]): string | undefined => {
    const refused = showImportedAnswers(library.questions, next, dropped);
    if (refused) return refused;
    const shown = $reportAnswers.get();
    const codebook = latestCodebook(codebooks);
    const kept = shown.status === 'ready' ? shown.answers : next;
    const url = `${window.location.pathname}${window.location.search}${codebook ? `#${encodeAnswers(kept, codebook)}` : ''}`;
    window.history.replaceState(null, '', url);
    return undefined;
  };

  if (source.status === 'loading') {
    return <ReportLoading />;
  }
  if (source.status === 'unreadable') {
    return (
      <ReportMessage title="This report link cannot be opened" checkHref={checkHref}>
        <p>{source.message}</p>
        <p>Nothing from the link was used. You can take the check yourself in about ten minutes.</p>
      </ReportMessage>
    );
  }
  if (source.status === 'none' || !report) {
    return (
      <ReportMessage title="There are no answers to report on yet" checkHref={checkHref}>
        <p>This page shows the report for a check taken in this browser, or for a report link someone shared with you. Neither is here.</p>
        <div class="import-offer">
          <p>Have an answers file from an earlier check?</p>
          <ImportAnswers version={version} onImported={imported} />
        </div>
      </ReportMessage>
    );
  }

  const answers = source.answers;
  const openInterview = (href: string) => {
    if (source.from !== 'browser') loadAnswersIntoInterview(library.questions, answers, version);
    if (onEditAnswers) onEditAnswers();
    else window.location.assign(href);
  };
  // From the toolbar's button (no event) or a link into the interview (its click, not yet followed).
  const edit = (event?: Event) => {
    const link = event?.currentTarget instanceof HTMLAnchorElement ? event.currentTarget : undefined;
    if (source.from !== 'browser' && wouldReplaceSavedAnswers(library.questions, answers)) {
      // A dialog in the page, not window.confirm: a sandboxed frame without allow-modals refuses that silently.
      event?.preventDefault();
      setReplacing({ href: link?.href ?? checkHref, trigger: document.activeElement instanceof HTMLElement ? document.activeElement : null });
      return;
    }
    if (link && !onEditAnswers) {
      if (source.from !== 'browser') loadAnswersIntoInterview(library.questions, answers, version);
      return; // the link itself goes on to the interview
    }
    event?.preventDefault();
    openInterview(link?.href ?? checkHref);
  };
  const notes = [...source.notes, ...report.warnings];

  return (
    <div class="report">
      <p class="report-origin">{originNotes?.[source.from] ?? ORIGIN_NOTE[source.from]}</p>
      {!report.complete && (
        <div class="notice report-unfinished">
          <p>This report is based on an unfinished check: answer the remaining questions for a complete one.</p>
          <a class="button secondary" href={checkHref} onClick={(e) => edit(e)}>
            Continue the check
          </a>
        </div>
      )}
      {notes.length > 0 && (
        <div role="status">
          {/* Open for an imported file: the reader just chose it and should see at once what it lost. */}
          <details class="notice report-notes" open={source.from === 'file'}>
            <summary>Some answers were left out ({notes.length})</summary>
            <ul>
              {notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </details>
        </div>
      )}
      <ReportDocument
        report={report}
        path={full?.path}
        parts={parts}
        bodies={bodies}
        methodHref={`${base}method/`}
        checkHref={checkHref}
        onEdit={edit}
        shareUrl={shareUrl}
        evidenceOpensCopy={source.from !== 'browser'}
        afterPrincipal={
          <ReportToolbar
            report={report}
            path={full?.path}
            bodies={bodies}
            shareUrl={shareUrl}
            methodUrl={methodUrl}
            onEdit={() => edit()}
            onPresent={() => setPresenting(true)}
            version={version}
            onImported={imported}
          />
        }
      />
      <ConfirmDialog
        open={replacing !== null}
        title="Edit these answers?"
        confirmLabel="Replace my answers"
        cancelLabel="Keep my answers"
        onConfirm={() => {
          const href = replacing?.href ?? checkHref;
          setReplacing(null);
          openInterview(href);
        }}
        onCancel={() => {
          replacing?.trigger?.focus();
          setReplacing(null);
        }}
      >
        <p>This browser holds different answers in progress. Editing these answers replaces them.</p>
      </ConfirmDialog>
      {presenting && Present && <Present report={report} shareUrl={shareUrl} onClose={() => setPresenting(false)} />}
    </div>
  );
}
