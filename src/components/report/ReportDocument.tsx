import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { firstActions } from '../../diagnosis/first-actions';
import type { FindingBodies } from '../../diagnosis/finding-bodies';
import type { PathForward } from '../../diagnosis/path-forward';
import { SECTIONS } from '../../diagnosis/report-labels';
import type { Report } from '../../diagnosis/report';
import type { ScenarioChanges } from '../../diagnosis/scenario-changes';
import { AccountabilityMap } from './AccountabilityMap';
import { FindingsSection } from './FindingsSection';
import { MeetingQuestions } from './MeetingQuestions';
import { MethodNote } from './MethodNote';
import { NextActions } from './NextActions';
import { PathForwardSection } from './PathForwardSection';
import { PlanSection } from './PlanSection';
import { PrincipalSection } from './PrincipalSection';
import { RatingsChart } from './RatingsChart';
import { ShareLinkNote } from './ShareLinkNote';
import { StaffingTimeline } from './StaffingTimeline';
import { StrengthsSection } from './StrengthsSection';

interface Props {
  report: Report;
  /** The path forward from these answers, shown after the plan when it has steps. */
  path?: PathForward | undefined;
  /** A what-if scenario's marks against the original: the principal's "changed" badge and the ratings' "was". */
  changes?: ScenarioChanges | undefined;
  bodies: FindingBodies;
  methodHref: string;
  /** Where evidence links go to change an answer; without it evidence is plain text (sample reports). */
  checkHref?: string | undefined;
  /** Loads this report's answers into the interview before an evidence link is followed. */
  onEdit?: ((event: Event) => void) | undefined;
  shareUrl?: string | undefined;
  /** The answers came from a link or a file, not this browser's own check. */
  evidenceOpensCopy?: boolean | undefined;
  /** Unique on the page, for the chart's SVG ids. */
  idPrefix?: string;
  /** Shown inside the summary, after the decision and before the map and staffing (the report page's actions). */
  afterPrincipal?: ComponentChildren;
  /**
   * How much of the report to render: the summary (principal, next steps, ratings, `afterPrincipal`,
   * accountability and staffing) and the first `parts` of `REPORT_PARTS` sections, marked busy until all are
   * there. The report page paints the summary first and adds the rest part by part, each in a task of its own.
   */
  parts?: number;
}

/** The groups of sections after the summary, in order: each is rendered (and laid out) in one task. */
export const REPORT_PARTS = 3;

/** How many steps the summary lists: the first action and up to three after it. */
const SUMMARY_STEPS = 4;

/**
 * Opens every problem's disclosure for print (and closes again those the reader had closed), so paper
 * and "Save as PDF" hold the whole argument while the screen shows one line a finding; strengths stay one line.
 */
function useOpenForPrint(root: { current: HTMLElement | null }) {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...(root.current?.querySelectorAll('.findings details:not([open]), details.share-note-details:not([open])') ?? [])] as HTMLDetailsElement[];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

/**
 * The whole report, rendered from a `Report`, the same on the report page and the sample pages: a summary
 * that decides (the principal, its first action and the next steps, the ratings, then the accountability
 * map and the staffing sequence), then the argument: findings one line each, the plan, the questions for
 * the meeting and the strengths.
 */
export function ReportDocument({ report, path, changes, bodies, methodHref, checkHref, onEdit, shareUrl, evidenceOpensCopy, idPrefix = 'report', afterPrincipal, parts = REPORT_PARTS }: Props) {
  const names = new Map(report.ratings.map((r) => [r.dimension.id, r.dimension.name]));
  const dimensionName = (id: string) => names.get(id) ?? id;
  const edit = { checkHref, onEdit };
  const whole = parts >= REPORT_PARTS;
  const steps = firstActions(report, SUMMARY_STEPS);
  const root = useRef<HTMLDivElement>(null);
  useOpenForPrint(root);
  return (
    <div ref={root} class={whole ? 'report-document' : 'report-document-opening'} aria-busy={whole ? undefined : 'true'}>
      <section class="report-summary" aria-labelledby="principal-heading">
        <div class="summary-decision">
          <PrincipalSection
            principal={report.principal}
            reason={report.principalReason.text}
            dimensionName={dimensionName(report.principal.finding.dimension)}
            firstAction={steps[0]}
            wasTitle={changes?.principal?.wasTitle}
            {...edit}
          />
          <NextActions steps={steps.slice(1)} />
        </div>
        <div class="summary-ratings" aria-labelledby={`${idPrefix}-ratings-heading`} role="group">
          <h2 id={`${idPrefix}-ratings-heading`}>{SECTIONS.ratings}</h2>
          <RatingsChart ratings={report.ratings} idPrefix={`${idPrefix}-chart`} compact was={changes?.ratings} />
        </div>
        {afterPrincipal && <div class="summary-actions">{afterPrincipal}</div>}
        <div class="summary-who">
          <AccountabilityMap entries={report.accountability} />
          <StaffingTimeline staffing={report.staffing} />
        </div>
      </section>
      {parts >= 1 && (
        <FindingsSection problems={report.problems} principalId={report.principal.finding.id} dimensionName={dimensionName} bodies={bodies} evidenceOpensCopy={evidenceOpensCopy} {...edit} />
      )}
      {parts >= 2 && (
        <>
          <PlanSection plan={report.plan} shown={steps} />
          {path && <PathForwardSection path={path} />}
          <MeetingQuestions questions={report.meetingQuestions} />
        </>
      )}
      {parts >= 3 && (
        <>
          <StrengthsSection strengths={report.strengths} dimensionName={dimensionName} bodies={bodies} {...edit} />
          <MethodNote methodHref={methodHref} dimensions={report.ratings.length} />
          {shareUrl && <ShareLinkNote shareUrl={shareUrl} />}
        </>
      )}
    </div>
  );
}
