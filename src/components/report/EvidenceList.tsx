import type { Evidence } from '../../conditions/evidence';
import { EVIDENCE_LEAD } from '../../diagnosis/report-labels';
import { answerAnchor } from '../answer-anchor';

interface Props {
  evidence: readonly Evidence[];
  /** Where "change this answer" goes; without it the questions are plain text (sample reports). */
  checkHref?: string | undefined;
  /** Loads the answers into the interview before following the link. */
  onEdit?: ((event: Event) => void) | undefined;
}

/** "Because you answered …": the questions and chosen answers that made a finding fire, each linking back to the interview. */
export function EvidenceList({ evidence, checkHref, onEdit }: Props) {
  if (evidence.length === 0) return null;
  return (
    <div class="evidence">
      <p class="evidence-lead">{EVIDENCE_LEAD}:</p>
      <ul>
        {evidence.map((e) => (
          <li key={e.question}>
            {checkHref ? (
              <a href={`${checkHref}#${answerAnchor(e.question)}`} onClick={onEdit} title="Change this answer">
                {e.prompt}
              </a>
            ) : (
              <span>{e.prompt}</span>
            )}{' '}
            <strong>{e.labels.join(', ')}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
