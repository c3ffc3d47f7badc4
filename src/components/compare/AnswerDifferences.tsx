import { groupByAnswer, type AnswerDifference } from '../../compare/answer-differences';
import { COMPARE_WORDS, listNames } from '../../compare/compare-text';

interface Props {
  heading: string;
  differences: readonly AnswerDifference[];
  names: readonly string[];
  /** Questions the compare view treats as facts, marked as such. */
  facts: ReadonlySet<string>;
}

/** Every question the respondents answered differently: the prompt, and each answer with who gave it. */
export function AnswerDifferences({ heading, differences, names, facts }: Props) {
  return (
    <section class="report-section" aria-labelledby="differences-heading">
      <h2 id="differences-heading">
        {heading} <span class="count">({differences.length})</span>
      </h2>
      {differences.length === 0 ? (
        <p>{COMPARE_WORDS.noDifferences}</p>
      ) : (
        <>
          <p class="section-note">{COMPARE_WORDS.differencesNote}</p>
          <ul class="differences">
            {differences.map((d) => (
              <li key={d.question} data-question={d.question}>
                <h3>
                  {d.prompt}
                  {facts.has(d.question) && <span class="fact-tag">{COMPARE_WORDS.factTag}</span>}
                </h3>
                <ul class="positions">
                  {groupByAnswer(d.answers).map((g) => (
                    <li key={g.answer?.join('\n') ?? ''} class={g.answer ? undefined : 'unasked'}>
                      <span class="answer">{g.answer ? g.answer.join(', ') : COMPARE_WORDS.notAsked}</span>
                      <span class="names">{listNames(g.respondents.map((i) => names[i]!))}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
