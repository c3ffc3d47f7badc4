import { useEffect, useRef } from 'preact/hooks';
import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';

interface Props {
  questions: readonly Question[];
  path: readonly string[];
  answers: AnswerMap;
  takeFocus: boolean;
  onBack: () => void;
  onRestart: () => void;
}

/** The end of the interview: every answer given, in order. */
export function Finished({ questions, path, answers, takeFocus, onBack, onRestart }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, []);
  const byId = new Map(questions.map((q) => [q.id, q]));
  return (
    <section class="finished" aria-labelledby="finished-heading">
      <h2 id="finished-heading" ref={heading} tabIndex={-1}>
        You have answered every question
      </h2>
      <ol class="answer-list">
        {path.map((id) => {
          const question = byId.get(id);
          if (!question) return null;
          const labels = (answers[id] ?? []).map((o) => question.options.find((x) => x.id === o)?.label ?? o);
          return (
            <li key={id}>
              <span class="q">{question.prompt}</span> <strong class="a">{labels.join(', ')}</strong>
            </li>
          );
        })}
      </ol>
      <div class="actions">
        <button type="button" class="button secondary" onClick={onBack}>
          Back
        </button>
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            if (window.confirm('Start over? Every answer in this browser will be cleared.')) onRestart();
          }}
        >
          Start over
        </button>
      </div>
    </section>
  );
}
