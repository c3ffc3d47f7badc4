import { COMPARE_WORDS, listNames } from '../../compare/compare-text';
import type { ContextDisagreement } from '../../compare/program-context';
import type { ProgramContextText } from '../../schemas/program-context-text';
import { PositionList } from './PositionList';

interface Props {
  disagreements: readonly ContextDisagreement[];
  names: readonly string[];
  text: ProgramContextText;
}

/** First of the comparison: the respondents do not describe the same program (its stage, its size), who said what, and why that comes first. */
export function ProgramContextFinding({ disagreements, names, text }: Props) {
  const title = text.title.replace('{subject}', listNames(disagreements.map((d) => d.subject)));
  return (
    <section class="report-section program-context" aria-labelledby="program-context-heading" data-program-context>
      <h2 id="program-context-heading">{title}</h2>
      {disagreements.map((d) => (
        <div key={d.question} class="fact" data-context-question={d.question}>
          <h3>{d.prompt}</h3>
          <PositionList positions={d.positions.map((p) => ({ ...p, text: p.answer }))} unasked={d.unasked} names={names} />
        </div>
      ))}
      <p class="why">
        <strong>{COMPARE_WORDS.whyLead}</strong> {text.why}
      </p>
    </section>
  );
}
