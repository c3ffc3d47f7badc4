import type { PlannedAction } from '../../diagnosis/plan';
import { SECTIONS, SEVERITY_LABELS, whenLabel } from '../../diagnosis/report-labels';
import type { FiredFinding } from '../../diagnosis/report';
import { EvidenceList } from './EvidenceList';

interface Props {
  principal: FiredFinding;
  /** One sentence: why this constraint comes first. */
  reason: string;
  dimensionName: string;
  firstAction: PlannedAction | undefined;
  /** In a what-if scenario that moved the principal constraint: the original's, for the "changed" mark. */
  wasTitle?: string | undefined;
  checkHref?: string | undefined;
  onEdit?: ((event: Event) => void) | undefined;
}

/**
 * The report's opening: the principal constraint, the one sentence on why it comes first, the first action
 * and the answers behind it. Why it holds the program back is in its line among the findings, not repeated here.
 */
export function PrincipalSection({ principal, reason, dimensionName, firstAction, wasTitle, checkHref, onEdit }: Props) {
  const { finding } = principal;
  return (
    <div class={`principal ${finding.severity}`}>
      <h1 id="principal-heading">
        <span class="eyebrow">{SECTIONS.principal}</span>
        <span class="headline">{finding.title}</span>
      </h1>
      {wasTitle && (
        <p class="what-if-mark">
          <span class="badge changed">Changed</span> Was: {wasTitle}
        </p>
      )}
      {!finding.fallback && (
        <p class="meta">
          <span class={`badge ${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span> {dimensionName}
        </p>
      )}
      <p class="why-first">{reason}</p>
      {firstAction && (
        <div class="first-action">
          <h2>First action</h2>
          <p class="do">{firstAction.action.do}</p>
          <p class="who">
            {firstAction.action.owner} · {whenLabel(firstAction.action)}
          </p>
        </div>
      )}
      {principal.evidence.length > 0 && (
        <details class="principal-evidence">
          <summary>The answers behind it ({principal.evidence.length})</summary>
          <EvidenceList evidence={principal.evidence} checkHref={checkHref} onEdit={onEdit} />
        </details>
      )}
    </div>
  );
}
