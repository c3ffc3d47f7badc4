import type { FindingBodies } from '../../diagnosis/finding-bodies';
import { SEVERITY_LABELS, whenLabel } from '../../diagnosis/report-labels';
import type { FiredFinding } from '../../diagnosis/report';
import { EvidenceList } from './EvidenceList';

interface Props {
  fired: FiredFinding;
  dimensionName: string;
  bodies: FindingBodies;
  isPrincipal: boolean;
  /** For a symptom: the title of the root cause it follows from. */
  causeTitle?: string | undefined;
  checkHref?: string | undefined;
  onEdit?: ((event: Event) => void) | undefined;
}

/**
 * One finding as one line (severity, title, dimension) that opens in place to why it matters, what to do
 * (for problems) and the answers behind it: a native disclosure, opened for print by the report page.
 */
export function FindingCard({ fired, dimensionName, bodies, isPrincipal, causeTitle, checkHref, onEdit }: Props) {
  const { finding } = fired;
  return (
    <details class={`finding ${finding.severity}`} data-finding={finding.id}>
      <summary>
        <span class={`badge ${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span>{' '}
        <span class="finding-title">{finding.title}</span> <span class="finding-dimension">{dimensionName}</span>
        {isPrincipal && <span class="badge principal-badge">Principal constraint</span>}
      </summary>
      <div class="finding-body">
        {causeTitle && <p class="follows-from">Follows from: {causeTitle}</p>}
        {/* Build-time HTML rendered from our own content, never from answers. */}
        <div class="why" dangerouslySetInnerHTML={{ __html: bodies[finding.bodyKey]?.html ?? '' }} />
        {finding.severity !== 'strength' && (
          <>
            <p class="actions-lead">What to do:</p>
            <ul class="finding-actions">
              {finding.actions.map((a) => (
                <li key={a.do}>
                  {a.do} <span class="who">{a.owner} · {whenLabel(a)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <EvidenceList evidence={fired.evidence} checkHref={checkHref} onEdit={onEdit} />
      </div>
    </details>
  );
}
