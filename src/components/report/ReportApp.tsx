import { useStoreAtOnce } from '../use-store-at-once';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DiagnosisLibrary } from '../../diagnosis/library';
import type { FindingBodies } from '../../diagnosis/finding-bodies';
import { questionnaireVersion, type Codebook } from '../../share/codebook';
import { $reportAnswers, type AnswersOrigin } from '../../stores/report';
import { $shareUrl, $shownReport, beginEdit, confirmEdit, importAnswers, openReportPage } from '../../stores/report-view';
import { useOnDemand } from '../use-on-demand';
import type { PresentView as PresentViewType } from './PresentView';
import { REPORT_PARTS, ReportDocument } from './ReportDocument';
import { ReportLoading } from './ReportLoading';
import { ReportNotices } from './ReportNotices';
import { ReportToolbar } from './ReportToolbar';
import type * as WhatIfUi from './what-if-ui';

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

/** The report page's island: renders the report the stores compute (see stores/report-view.ts) and wires its buttons. */
export default function ReportApp({ library, bodies, codebooks, onEditAnswers, checkHref = `${import.meta.env.BASE_URL}check/`, originNotes }: Props) {
  const source = useStoreAtOnce($reportAnswers);
  const full = useStoreAtOnce($shownReport);
  const shareUrl = useStoreAtOnce($shareUrl);
  const [presenting, setPresenting] = useState(false);
  // On demand: most readers open neither the Present view, nor the what-if editor, nor the dialog.
  const Present = useOnDemand<typeof PresentViewType>(presenting, () => import('./PresentView').then((m) => m.PresentView));
  const [editing, setEditing] = useState(false);
  // What if comes with the first "Try a change", or at once for a scenario link.
  const whatIfUi = useOnDemand<typeof WhatIfUi>(editing || (source.status === 'ready' && source.scenario !== undefined), () => import('./what-if-ui'));
  const tryButton = useRef<HTMLButtonElement>(null);
  // Where "Edit answers" goes once the reader agrees to replace the answers in progress, and what to focus if not.
  const [replacing, setReplacing] = useState<{ href: string; trigger: HTMLElement | null } | null>(null);
  const ConfirmDialog = useOnDemand(replacing !== null, () => import('../ConfirmDialog').then((m) => m.ConfirmDialog));
  const base = import.meta.env.BASE_URL;
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const version = questionnaireVersion(codebooks);
  const content = useMemo(() => ({ library, codebooks, reportPageUrl: `${origin}${base}report/` }), [library, codebooks]);

  useEffect(() => {
    const load = () => openReportPage(content, window.location.hash);
    load();
    if (new URLSearchParams(window.location.search).has('present')) setPresenting(true);
    window.addEventListener('hashchange', load);
    return () => window.removeEventListener('hashchange', load);
  }, []);

  const report = full?.report;
  const unavailable = source.status !== 'loading' && (source.status !== 'ready' || !report);
  const ReportUnavailable = useOnDemand(unavailable, () => import('./ReportUnavailable').then((m) => m.ReportUnavailable));
  // The first report renders its opening alone, so the principal constraint is painted before the rest is
  // built; then one part of the rest per task (effects run after the browser has painted the last one).
  const [parts, setParts] = useState(0);
  const hasReport = report !== undefined;
  useEffect(() => {
    if (!hasReport || parts >= REPORT_PARTS) return;
    const next = setTimeout(() => setParts(parts + 1), 0);
    return () => clearTimeout(next);
  }, [hasReport, parts]);

  if (source.status !== 'ready' || !report || !full) {
    // Until the words for a missing report have arrived, the page goes on saying it is reading the answers.
    if (source.status === 'loading' || !ReportUnavailable) return <ReportLoading />;
    return (
      <ReportUnavailable
        unreadable={source.status === 'unreadable' ? source.message : undefined}
        checkHref={checkHref}
        version={version}
        onImported={importAnswers}
      />
    );
  }

  const go = (href: string) => (onEditAnswers ? onEditAnswers() : window.location.assign(href));
  // From the toolbar's button (no event) or a link into the interview (its click, not yet followed).
  const edit = (event?: Event) => {
    const link = event?.currentTarget instanceof HTMLAnchorElement ? event.currentTarget : undefined;
    if (beginEdit() === 'ask') {
      // A dialog in the page, not window.confirm: a sandboxed frame without allow-modals refuses that silently.
      event?.preventDefault();
      setReplacing({ href: link?.href ?? checkHref, trigger: document.activeElement instanceof HTMLElement ? document.activeElement : null });
      return;
    }
    if (link && !onEditAnswers) return; // the link itself goes on to the interview
    event?.preventDefault();
    go(link?.href ?? checkHref);
  };
  const closeEditor = () => {
    setEditing(false);
    setTimeout(() => tryButton.current?.focus(), 0);
  };
  const notes = [...source.notes, ...report.warnings];
  const whatIf = full.whatIf;

  return (
    <div class={editing ? 'report what-if-open' : 'report'}>
      <p class="report-origin">{originNotes?.[source.from] ?? ORIGIN_NOTE[source.from]}</p>
      {whatIf && whatIfUi && <whatIfUi.WhatIfBanner whatIf={whatIf} from={source.from} />}
      {editing && whatIfUi && <whatIfUi.WhatIfEditor onClose={closeEditor} />}
      <ReportNotices complete={report.complete} notes={notes} notesOpen={source.from === 'file'} checkHref={checkHref} onContinue={edit} />
      <ReportDocument
        report={report}
        path={full.path}
        changes={whatIf?.changes}
        parts={parts}
        bodies={bodies}
        methodHref={`${base}method/`}
        checkHref={checkHref}
        onEdit={edit}
        shareUrl={shareUrl}
        evidenceOpensCopy={source.from !== 'browser' || whatIf !== undefined}
        afterPrincipal={
          <>
            <ReportToolbar
              report={report}
              path={full.path}
              scenario={whatIf !== undefined}
              bodies={bodies}
              shareUrl={shareUrl}
              methodUrl={`${origin}${base}method/`}
              onEdit={() => edit()}
              onPresent={() => setPresenting(true)}
              version={version}
              onImported={importAnswers}
            />
            <button type="button" class="button secondary what-if-try" ref={tryButton} aria-expanded={editing} onClick={() => (editing ? closeEditor() : setEditing(true))}>
              Try a change
            </button>
          </>
        }
      />
      {ConfirmDialog && (
        <ConfirmDialog
          open={replacing !== null}
          title={whatIf ? 'Edit this scenario’s answers?' : 'Edit these answers?'}
          confirmLabel="Replace my answers"
          cancelLabel="Keep my answers"
          onConfirm={() => {
            const href = replacing?.href ?? checkHref;
            setReplacing(null);
            confirmEdit();
            go(href);
          }}
          onCancel={() => {
            replacing?.trigger?.focus();
            setReplacing(null);
          }}
        >
          <p>This browser holds different answers in progress. Editing these answers replaces them.</p>
        </ConfirmDialog>
      )}
      {presenting && Present && <Present report={report} shareUrl={shareUrl} scenario={whatIf !== undefined} onClose={() => setPresenting(false)} />}
    </div>
  );
}
