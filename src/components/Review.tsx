import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';
import { answerAnchor, questionFromAnchor } from './answer-anchor';
import { moveFocusTo, useShortcuts } from './use-shortcuts';

interface Props {
  questions: readonly Question[];
  /** The questions answered, in the order they were asked. */
  path: readonly string[];
  answers: AnswerMap;
  /** Where "See my report" leads. */
  reportHref: string;
  /** Shown instead of the "See my report" link, when given. */
  reportAction?: ComponentChildren;
  /** Move focus to the heading when shown (after the respondent acted, not on page load). */
  takeFocus: boolean;
  onChange: (question: string) => void;
  onBack: () => void;
}

/** The last step before the report: every answer in order, each with a way to change it. */
export function Review({ questions, path, answers, reportHref, reportAction, takeFocus, onChange, onBack }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Arriving from a report's "because you answered" link: that answer, scrolled to and focused.
    const linked = typeof window === 'undefined' ? undefined : questionFromAnchor(window.location.hash);
    const change = linked && path.includes(linked) ? document.getElementById(answerAnchor(linked))?.querySelector('button') : undefined;
    if (change) {
      change.scrollIntoView({ block: 'center' });
      change.focus();
    } else if (takeFocus) moveFocusTo(heading.current);
  }, []);
  useShortcuts({ back: onBack });
  const byId = new Map(questions.map((q) => [q.id, q]));
  return (
    <section class="review" aria-labelledby="review-heading">
      <h2 id="review-heading" ref={heading} tabIndex={-1}>
        Check your answers
      </h2>
      <p class="review-intro">
        Your report is built from these answers. Change any of them and the questions that depend on it follow;
        answers that still apply are kept.
      </p>
      {/* A finished respondent reaches the report without scrolling past every answer; it is offered again at the end. */}
      <div class="actions review-top">
        {reportAction ?? (
          <a class="button" href={reportHref}>
            See my report
          </a>
        )}
      </div>
      <ol class="answer-list">
        {path.map((id) => {
          const question = byId.get(id);
          if (!question) return null;
          const labels = (answers[id] ?? []).map((o) => question.options.find((x) => x.id === o)?.label ?? o);
          return (
            <li key={id} id={answerAnchor(id)} data-question={id}>
              <div class="answer-text">
                <span class="q">{question.prompt}</span>
                <span class="a">{labels.join('; ')}</span>
              </div>
              <button type="button" class="link-button" onClick={() => onChange(id)}>
                Change<span class="visually-hidden"> your answer to “{question.prompt}”</span>
              </button>
            </li>
          );
        })}
      </ol>
      <div class="actions">
        {reportAction ?? (
          <a class="button" href={reportHref}>
            See my report
          </a>
        )}
        <button type="button" class="button secondary" onClick={onBack}>
          Back
        </button>
      </div>
    </section>
  );
}
