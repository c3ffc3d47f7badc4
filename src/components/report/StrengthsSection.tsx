import type { FindingBodies } from '../../diagnosis/finding-bodies';
import { SECTIONS } from '../../diagnosis/report-labels';
import type { FiredFinding } from '../../diagnosis/report';
import { FindingCard } from './FindingCard';

interface Props {
  strengths: readonly FiredFinding[];
  dimensionName: (id: string) => string;
  bodies: FindingBodies;
  checkHref?: string | undefined;
  onEdit?: ((event: Event) => void) | undefined;
}

/** What is working, with the answers that show it: a report that only scolds is not trusted. */
export function StrengthsSection({ strengths, dimensionName, bodies, checkHref, onEdit }: Props) {
  return (
    <section class="report-section strengths" aria-labelledby="strengths-heading">
      <h2 id="strengths-heading">{SECTIONS.strengths}</h2>
      {strengths.length === 0 && <p>No strengths stood out in these answers yet.</p>}
      {strengths.map((fired) => (
        <FindingCard
          key={fired.finding.id}
          fired={fired}
          dimensionName={dimensionName(fired.finding.dimension)}
          bodies={bodies}
          isPrincipal={false}
          checkHref={checkHref}
          onEdit={onEdit}
        />
      ))}
    </section>
  );
}
