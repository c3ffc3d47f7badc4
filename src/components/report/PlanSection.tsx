import { PLAN_PERIODS, SECTIONS } from '../../diagnosis/report-labels';
import type { Plan } from '../../diagnosis/plan';

interface Props {
  plan: Plan;
}

/** The plan as one table by time frame: what, who, and for which finding; every action also stays with its finding. */
export function PlanSection({ plan }: Props) {
  const periods = PLAN_PERIODS.filter((p) => plan[p.key].length > 0);
  return (
    <section class="report-section" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{SECTIONS.plan}</h2>
      {periods.length === 0 ? (
        <p class="empty">Nothing to plan.</p>
      ) : (
        <table class="plan-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Step</th>
              <th scope="col">Owner</th>
            </tr>
          </thead>
          {periods.map((period) => (
            <tbody key={period.key} data-period={period.key}>
              {plan[period.key].map((step, i) => (
                <tr key={`${step.finding.id}:${step.action.do}`}>
                  {i === 0 ? (
                    <th scope="rowgroup" rowSpan={plan[period.key].length}>
                      {period.label}
                    </th>
                  ) : null}
                  <td>
                    <span class="do">{step.action.do}</span> <span class="for">For: {step.finding.title}</span>
                  </td>
                  <td class="who">{step.action.owner}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
    </section>
  );
}
