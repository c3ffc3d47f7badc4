import type { WhatIf } from '../../stores/what-if-shown';
import { backToOriginal } from '../../stores/what-if';
import type { AnswersOrigin } from '../../stores/report';
import '../../styles/what-if.css';

interface Props {
  whatIf: WhatIf;
  /** Where the loaded answers came from, for the name of the way back to them. */
  from: AnswersOrigin;
}

/** The way back, named for whose answers they are. */
const BACK_LABEL: Readonly<Record<AnswersOrigin, string>> = {
  browser: 'Back to my answers',
  file: 'Back to my answers',
  link: 'Back to the shared answers',
  sample: 'Back to the sample’s answers',
};

/**
 * Says, above the report, that it shows a what-if scenario and not the answers given, what the change
 * moved besides the marks in place (the principal's badge and the ratings' "was"), and the way back.
 */
export function WhatIfBanner({ whatIf, from }: Props) {
  const { changes } = whatIf;
  const back = whatIf.fromLink ? 'Back to the original answers' : BACK_LABEL[from];
  return (
    <section class="what-if-banner" aria-labelledby="what-if-heading">
      <h2 id="what-if-heading">A what-if scenario, not the team’s answers</h2>
      <p>
        {whatIf.fromLink
          ? 'Someone changed answers in this link to see what the report would say. Marks show what moved against the answers they started from.'
          : 'You changed answers to see what the report would say. Nothing is saved: the answers in this browser are as they were. Marks show what moved.'}
      </p>
      <details class="what-if-answers">
        <summary>What changed ({changes.answers.length === 1 ? '1 answer' : `${changes.answers.length} answers`})</summary>
        <ul>
          {changes.answers.map((a) => (
            <li key={a.question}>
              {a.prompt} <strong>{a.now ?? 'No longer asked'}</strong> <span class="what-if-was">(was: {a.was ?? 'not asked'})</span>
              {a.assumed && <span class="what-if-assumed"> assumed, not chosen</span>}
            </li>
          ))}
          {changes.principal && <li>Principal constraint was: {changes.principal.wasTitle}</li>}
          {changes.firstAction && <li>First action was: {changes.firstAction.was}</li>}
          {changes.staffing && <li>Staffing order was: {changes.staffing.was.join(' → ') || 'no role to staff'}</li>}
          {changes.path && <li>Path forward was: {changes.path.was.join(' → ') || 'no step'}</li>}
        </ul>
      </details>
      <button type="button" class="button secondary" onClick={backToOriginal}>
        {back}
      </button>
    </section>
  );
}
