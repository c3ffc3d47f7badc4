import { capitalise, COMPARE_SECTIONS, COMPARE_WORDS, disagreementTitle, positionText } from '../../compare/compare-text';
import { groupByKind, type Disagreement } from '../../compare/disagreements';
import type { DisagreementTexts } from '../../schemas/disagreement-text';
import { PositionList } from './PositionList';

interface Props {
  disagreements: readonly Disagreement[];
  names: readonly string[];
  texts: DisagreementTexts;
  /** What to say when there is no disagreement (`agreementText`). */
  agreement: string;
}

/** Who gave which answer to one matter of fact, and (for a role) the answers that decided it. */
function Positions({ d, names, texts }: { d: Disagreement; names: readonly string[]; texts: DisagreementTexts }) {
  return (
    <>
      <PositionList positions={d.positions.map((p) => ({ ...p, text: positionText(d, p.answer, texts) }))} unasked={d.unasked} names={names} />
      {d.kind === 'role' && (
        <details class="because">
          <summary>{COMPARE_WORDS.decidedBy}</summary>
          <ul>
            {d.positions.flatMap((p) =>
              p.respondents.map((r, k) => (
                <li key={r}>
                  <strong>{names[r]}:</strong> {p.because[k]!.map((b) => `${b.prompt} “${b.answer}”`).join('; ')}
                </li>
              )),
            )}
          </ul>
        </details>
      )}
    </>
  );
}

/**
 * Disagreement as a finding: the matters of fact the respondents answered differently, grouped by
 * kind (owners, roles, the constraint), who said what, and why it matters, said once per kind.
 */
export function DisagreementList({ disagreements, names, texts, agreement }: Props) {
  return (
    <section class="report-section" aria-labelledby="disagreements-heading">
      <h2 id="disagreements-heading">{COMPARE_SECTIONS.disagreements}</h2>
      {disagreements.length === 0 ? (
        <p class="agreement">{agreement}</p>
      ) : (
        <ul class="disagreements">
          {groupByKind(disagreements).map((group) => (
            <li key={group.kind} class={`disagreement ${group.kind}`} data-disagreement-kind={group.kind}>
              <h3>{disagreementTitle(group, texts)}</h3>
              {group.items.map((d) => (
                <div key={d.subject} class="fact" data-disagreement={d.subject}>
                  {group.items.length > 1 && <h4>{capitalise(d.subject)}</h4>}
                  <Positions d={d} names={names} texts={texts} />
                </div>
              ))}
              <p class="why">
                <strong>{COMPARE_WORDS.whyLead}</strong> {texts[group.kind].why}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
