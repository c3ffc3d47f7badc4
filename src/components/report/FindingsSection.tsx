import type { FindingBodies } from '../../diagnosis/finding-bodies';
import { SECTIONS, SEVERITY_LABELS } from '../../diagnosis/report-labels';
import type { FiredFinding } from '../../diagnosis/report';
import { SEVERITIES } from '../../schemas/finding-scales';
import { FindingCard } from './FindingCard';

interface Props {
  problems: readonly FiredFinding[];
  principalId: string;
  dimensionName: (id: string) => string;
  bodies: FindingBodies;
  checkHref?: string | undefined;
  onEdit?: ((event: Event) => void) | undefined;
  /** The answers came from a link or a file: say that their links open a copy in the reader's own check. */
  evidenceOpensCopy?: boolean | undefined;
}

/** The problem findings, grouped by severity, most important first, one line each (see FindingCard). */
export function FindingsSection({ problems, principalId, dimensionName, bodies, checkHref, onEdit, evidenceOpensCopy }: Props) {
  const groups = SEVERITIES.filter((s) => s !== 'strength')
    .map((severity) => ({ severity, findings: problems.filter((p) => p.finding.severity === severity) }))
    .filter((g) => g.findings.length > 0);
  return (
    <section class="report-section findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{SECTIONS.findings}</h2>
      {groups.length === 0 && <p>No structural problems were found in these answers.</p>}
      {groups.length > 0 && (
        <p class="findings-intro">
          Open a finding for why it matters, what to do and the answers behind it.
          {checkHref && evidenceOpensCopy && ' These answers came from a link: following one opens them in your own check, in this browser, to change them there.'}
        </p>
      )}
      {groups.map((group) => (
        <div class="severity-group" key={group.severity}>
          <h3>
            {SEVERITY_LABELS[group.severity]} <span class="count">({group.findings.length})</span>
          </h3>
          {group.findings.map((fired) => (
            <FindingCard
              key={fired.finding.id}
              fired={fired}
              dimensionName={dimensionName(fired.finding.dimension)}
              bodies={bodies}
              isPrincipal={fired.finding.id === principalId}
              causeTitle={fired.cause ? problems.find((p) => p.finding.id === fired.cause)?.finding.title : undefined}
              checkHref={checkHref}
              onEdit={onEdit}
            />
          ))}
        </div>
      ))}
    </section>
  );
}
