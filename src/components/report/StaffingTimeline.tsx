import { HOLD_HEADLINE, HOLD_REASON, NO_STAFFING, SECTIONS, STAFFING_LEAD, staffingStepFill, staffingStepName } from '../../diagnosis/report-labels';
import type { Staffing } from '../../diagnosis/staffing';

interface Props {
  staffing: Staffing;
}

/** What to staff next, in order, as a small timeline; or "don't hire yet" when the constraint is clarity. */
export function StaffingTimeline({ staffing }: Props) {
  const hold = staffing.kind === 'hold';
  return (
    <section class="report-section" aria-labelledby="staffing-heading">
      <h2 id="staffing-heading">{SECTIONS.staffing}</h2>
      {hold && (
        <div class="hold">
          <p class="hold-headline">{HOLD_HEADLINE}</p>
          <p>{HOLD_REASON}</p>
        </div>
      )}
      {!hold && staffing.steps.length === 0 && <p>{NO_STAFFING}</p>}
      {staffing.steps.length > 0 && (
        <>
          {!hold && <p>{STAFFING_LEAD[staffing.lead]}</p>}
          <ol class="timeline">
            {staffing.steps.map((step, i) => (
              <li key={step.role.id} data-role={step.role.id}>
                <span class="step" aria-hidden="true">
                  {i + 1}
                </span>
                <span class="role">{staffingStepName(step)}</span>
                <span class="fill">{staffingStepFill(step)}</span>
                <span class="because">For: {step.because.title}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
