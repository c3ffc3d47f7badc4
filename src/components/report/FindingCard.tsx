import type { FindingBodies } from '../../diagnosis/markdown';
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
  /** The heading level of the title: 4 under a severity group, 3 in the strengths section. */
  level?: 3 | 4;
  checkHref?: string | undefined;
  onEdit?: ((event: Event) => void) | undefined;
}

/** One finding: its title, why it matters, what to do (for problems) and the answers behind it. */
export function FindingCard({ fired, dimensionName, bodies, isPrincipal, causeTitle, level = 4, checkHref, onEdit }: Props) {
  const { finding } = fired;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <article class={`finding ${finding.severity}`} data-finding={finding.id}>
      <Heading>{finding.title}</Heading>
      <p class="meta">
        <span class={`badge ${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span> {dimensionName}
        {isPrincipal && <span class="badge principal-badge">Principal constraint</span>}
      </p>
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
    </article>
  );
}
