import type { PlannedAction } from '../../diagnosis/plan';
import type { FindingBodies } from '../../diagnosis/markdown';
import { SECTIONS, SEVERITY_LABELS, whenLabel } from '../../diagnosis/report-labels';
import type { FiredFinding } from '../../diagnosis/report';
import { EvidenceList } from './EvidenceList';

interface Props {
  principal: FiredFinding;
  /** One sentence: why this constraint comes first. */
  reason: string;
  dimensionName: string;
  firstAction: PlannedAction | undefined;
  bodies: FindingBodies;
  checkHref?: string | undefined;
  onEdit?: ((event: Event) => void) | undefined;
}

/** The report's opening: the principal constraint, why it holds the program back, and the first action. */
export function PrincipalSection({ principal, reason, dimensionName, firstAction, bodies, checkHref, onEdit }: Props) {
  const { finding } = principal;
  return (
    <section class={`principal ${finding.severity}`} aria-labelledby="principal-heading">
      <h1 id="principal-heading">
        <span class="eyebrow">{SECTIONS.principal}</span>
        <span class="headline">{finding.title}</span>
      </h1>
      {!finding.fallback && (
        <p class="meta">
          <span class={`badge ${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span> {dimensionName}
        </p>
      )}
      <p class="why-first">{reason}</p>
      {/* Build-time HTML rendered from our own content, never from answers. */}
      <div class="why" dangerouslySetInnerHTML={{ __html: bodies[finding.bodyKey]?.html ?? '' }} />
      {firstAction && (
        <div class="first-action">
          <h2>First action</h2>
          <p class="do">{firstAction.action.do}</p>
          <p class="who">
            {firstAction.action.owner} · {whenLabel(firstAction.action)}
          </p>
        </div>
      )}
      <EvidenceList evidence={principal.evidence} checkHref={checkHref} onEdit={onEdit} />
    </section>
  );
}
