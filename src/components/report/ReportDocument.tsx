import type { ComponentChildren } from 'preact';
import { firstActions } from '../../diagnosis/first-actions';
import type { FindingBodies } from '../../diagnosis/markdown';
import { SECTIONS } from '../../diagnosis/report-labels';
import type { Report } from '../../diagnosis/report';
import { AccountabilityMap } from './AccountabilityMap';
import { FindingsSection } from './FindingsSection';
import { MeetingQuestions } from './MeetingQuestions';
import { MethodNote } from './MethodNote';
import { PlanSection } from './PlanSection';
import { PrincipalSection } from './PrincipalSection';
import { RatingsChart } from './RatingsChart';
import { ShareLinkNote } from './ShareLinkNote';
import { StaffingTimeline } from './StaffingTimeline';
import { StrengthsSection } from './StrengthsSection';

interface Props {
  report: Report;
  bodies: FindingBodies;
  methodHref: string;
  /** Where evidence links go to change an answer; without it evidence is plain text (sample reports). */
  checkHref?: string | undefined;
  /** Loads this report's answers into the interview before an evidence link is followed. */
  onEdit?: ((event: Event) => void) | undefined;
  shareUrl?: string | undefined;
  /** Unique on the page, for the chart's SVG ids. */
  idPrefix?: string;
  /** Shown right after the principal constraint (the report page's actions), so the report still opens on it. */
  afterPrincipal?: ComponentChildren;
  /**
   * How much of the report to render: the opening (the principal constraint and `afterPrincipal`) and the
   * first `parts` of `REPORT_PARTS` sections, marked busy until all are there. The report page paints the
   * opening first and adds the rest part by part, each in a task of its own, so no single task renders
   * and lays out the whole report. `.report-document` marks the whole document only.
   */
  parts?: number;
}

/** The groups of sections after the opening, in order: each is rendered (and laid out) in one task. */
export const REPORT_PARTS = 3;

/** The whole report, every section in order, rendered from a `Report`: the same on the report page and the sample pages. */
export function ReportDocument({ report, bodies, methodHref, checkHref, onEdit, shareUrl, idPrefix = 'report', afterPrincipal, parts = REPORT_PARTS }: Props) {
  const names = new Map(report.ratings.map((r) => [r.dimension.id, r.dimension.name]));
  const dimensionName = (id: string) => names.get(id) ?? id;
  const edit = { checkHref, onEdit };
  const whole = parts >= REPORT_PARTS;
  return (
    <div class={whole ? 'report-document' : 'report-document-opening'} aria-busy={whole ? undefined : 'true'}>
      <PrincipalSection
        principal={report.principal}
        reason={report.principalReason.text}
        dimensionName={dimensionName(report.principal.finding.dimension)}
        firstAction={firstActions(report, 1)[0]}
        bodies={bodies}
        {...edit}
      />
      {afterPrincipal}
      {parts >= 1 && (
        <>
          <section class="report-section" aria-labelledby={`${idPrefix}-ratings-heading`}>
            <h2 id={`${idPrefix}-ratings-heading`}>{SECTIONS.ratings}</h2>
            <RatingsChart ratings={report.ratings} idPrefix={`${idPrefix}-chart`} />
          </section>
          <FindingsSection problems={report.problems} principalId={report.principal.finding.id} dimensionName={dimensionName} bodies={bodies} {...edit} />
        </>
      )}
      {parts >= 2 && (
        <>
          <AccountabilityMap entries={report.accountability} />
          <StaffingTimeline staffing={report.staffing} />
          <PlanSection plan={report.plan} />
        </>
      )}
      {parts >= 3 && (
        <>
          <MeetingQuestions questions={report.meetingQuestions} />
          <StrengthsSection strengths={report.strengths} dimensionName={dimensionName} bodies={bodies} {...edit} />
          <MethodNote methodHref={methodHref} />
          {shareUrl && <ShareLinkNote shareUrl={shareUrl} />}
        </>
      )}
    </div>
  );
}
