import { PLAN_PERIODS, SECTIONS, whenLabel } from '../../diagnosis/report-labels';
import type { Plan } from '../../diagnosis/plan';

interface Props {
  plan: Plan;
}

/** The 30/60/90-day plan: every action of the problem findings, in three periods. */
export function PlanSection({ plan }: Props) {
  return (
    <section class="report-section" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{SECTIONS.plan}</h2>
      <div class="plan">
        {PLAN_PERIODS.map((period) => (
          <div class="period" key={period.key}>
            <h3>{period.label}</h3>
            {plan[period.key].length === 0 ? (
              <p class="empty">Nothing planned for this period.</p>
            ) : (
              <ul>
                {plan[period.key].map((step) => (
                  <li key={`${step.finding.id}:${step.action.do}`}>
                    <span class="do">{step.action.do}</span>
                    <span class="who">
                      {step.action.owner} · {whenLabel(step.action)}
                    </span>
                    <span class="for">For: {step.finding.title}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
