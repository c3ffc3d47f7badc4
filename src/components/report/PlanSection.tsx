import { PLAN_PERIODS, SECTIONS } from '../../diagnosis/report-labels';
import type { Plan, PlannedAction } from '../../diagnosis/plan';

interface Props {
  plan: Plan;
  /** Steps the summary already lists (the first action and the next ones): not repeated here. */
  shown?: readonly PlannedAction[];
}

/**
 * The plan as one table by time frame: what, who, and for which finding, after the steps the summary
 * already shows; every action also stays with its finding.
 */
export function PlanSection({ plan, shown = [] }: Props) {
  const isShown = (step: PlannedAction) => shown.some((s) => s.action === step.action && s.finding.id === step.finding.id);
  const rest: Plan = Object.fromEntries(PLAN_PERIODS.map((p) => [p.key, plan[p.key].filter((step) => !isShown(step))])) as Plan;
  const periods = PLAN_PERIODS.filter((p) => rest[p.key].length > 0);
  const plan_ = rest;
  return (
    <section class="report-section" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{SECTIONS.plan}</h2>
      {shown.length > 0 && <p class="plan-intro">{periods.length === 0 ? 'Every step of the plan is in the summary above.' : `The first ${shown.length} steps are in the summary above; every step also stands with its finding.`}</p>}
      {periods.length === 0 ? (
        shown.length === 0 && <p class="empty">Nothing to plan.</p>
      ) : (
        <details class="plan-rest">
          <summary>
            {shown.length > 0 ? 'The rest of the plan' : 'The plan'}: {periods.map((p) => `${rest[p.key].length} ${p.label.toLowerCase()}`).join(', ')}
          </summary>
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
              {plan_[period.key].map((step, i) => (
                <tr key={`${step.finding.id}:${step.action.do}`}>
                  {i === 0 ? (
                    <th scope="rowgroup" rowSpan={plan_[period.key].length}>
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
        </details>
      )}
    </section>
  );
}
