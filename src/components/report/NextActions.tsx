import type { PlannedAction } from '../../diagnosis/plan';
import { whenLabel } from '../../diagnosis/report-labels';

interface Props {
  steps: readonly PlannedAction[];
}

/** The steps after the first action, in the plan's order: what the reader does next, each with its owner and date. */
export function NextActions({ steps }: Props) {
  if (steps.length === 0) return null;
  return (
    <div class="next-actions">
      <h2>Then</h2>
      <ol>
        {steps.map((step) => (
          <li key={`${step.finding.id}:${step.action.do}`}>
            <span class="do">{step.action.do}</span> <span class="who">{step.action.owner} · {whenLabel(step.action)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
