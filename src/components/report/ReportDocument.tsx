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
   * Only the opening (the principal constraint and `afterPrincipal`), marked busy: the report page paints
   * it first and renders the rest in a later task. `.report-document` marks the whole document only.
   */
  openingOnly?: boolean;
}

/** The whole report, every section in order, rendered from a `Report`: the same on the report page and the sample pages. */
export function ReportDocument({ report, bodies, methodHref, checkHref, onEdit, shareUrl, idPrefix = 'report', afterPrincipal, openingOnly = false }: Props) {
  const names = new Map(report.ratings.map((r) => [r.dimension.id, r.dimension.name]));
  const dimensionName = (id: string) => names.get(id) ?? id;
  const edit = { checkHref, onEdit };
  const opening = (
    <>
      <PrincipalSection
        principal={report.principal}
        dimensionName={dimensionName(report.principal.finding.dimension)}
        firstAction={firstActions(report, 1)[0]}
        bodies={bodies}
        {...edit}
      />
      {afterPrincipal}
    </>
  );
  if (openingOnly) {
    return (
      <div class="report-document-opening" aria-busy="true">
        {opening}
      </div>
    );
  }
  return (
    <div class="report-document">
      {opening}
      <section class="report-section" aria-labelledby={`${idPrefix}-ratings-heading`}>
        <h2 id={`${idPrefix}-ratings-heading`}>{SECTIONS.ratings}</h2>
        <RatingsChart ratings={report.ratings} idPrefix={`${idPrefix}-chart`} />
      </section>
      <FindingsSection problems={report.problems} principalId={report.principal.finding.id} dimensionName={dimensionName} bodies={bodies} {...edit} />
      <AccountabilityMap entries={report.accountability} />
      <StaffingTimeline staffing={report.staffing} />
      <PlanSection plan={report.plan} />
      <MeetingQuestions questions={report.meetingQuestions} />
      <StrengthsSection strengths={report.strengths} dimensionName={dimensionName} bodies={bodies} {...edit} />
      <MethodNote methodHref={methodHref} />
      {shareUrl && <ShareLinkNote shareUrl={shareUrl} />}
    </div>
  );
}
