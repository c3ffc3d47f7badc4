import { firstActions } from '../../diagnosis/first-actions';
import { SECTIONS, SEVERITY_LABELS, whenLabel } from '../../diagnosis/report-labels';
import type { Report } from '../../diagnosis/report';
import { RatingsChart } from './RatingsChart';

interface Props {
  report: Report;
  /** A what-if scenario: the first line says so. */
  scenario?: boolean | undefined;
}

/**
 * The slide's content as a page that scrolls, for a screen too small for a 16:9 slide (a phone, either way
 * up): the same principal constraint, ratings and first three actions, in type a phone shows at full size
 * rather than scaled down with the slide. The report page shows it instead of the slide by CSS.
 */
export function PresentPortrait({ report, scenario }: Props) {
  const { finding } = report.principal;
  const actions = firstActions(report, 3);
  return (
    <article class={`present-portrait ${finding.severity}`} aria-labelledby="present-portrait-heading">
      <h2 id="present-portrait-heading">
        <span class="eyebrow">{scenario ? 'What-if scenario' : 'AI Team Check'} · {SECTIONS.principal}</span>
        <span class="headline">{finding.title}</span>
      </h2>
      {!finding.fallback && <p class="present-severity">{SEVERITY_LABELS[finding.severity]}</p>}
      <h3>{SECTIONS.ratings}</h3>
      <RatingsChart ratings={report.ratings} idPrefix="present-chart" compact />
      {actions.length > 0 && (
        <>
          <h3>First {actions.length === 1 ? 'action' : `${actions.length} actions`}</h3>
          <ol class="present-actions">
            {actions.map((step) => (
              <li key={`${step.finding.id}:${step.action.do}`}>
                <span class="do">{step.action.do}</span>
                <span class="who">
                  {step.action.owner} · {whenLabel(step.action)}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </article>
  );
}
