import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../schemas/question';
import { answerFits, toggleOption } from '../questionnaire/answer-fits';
import { moveFocusTo, useShortcuts } from './use-shortcuts';

interface Props {
  question: Question;
  /** The earlier choice for this question, if any: shown selected. */
  initial: readonly string[];
  /** Move focus to the question's heading when shown (after the respondent acted, not on page load). */
  takeFocus: boolean;
  canGoBack: boolean;
  onSubmit: (value: string[]) => void;
  onBack: () => void;
}

/** One question as a real form control: a radio or checkbox group in a fieldset, with Continue and Back. */
export function QuestionStep({ question, initial, takeFocus, canGoBack, onSubmit, onBack }: Props) {
  const [selected, setSelected] = useState<string[]>(() => initial.filter((id) => question.options.some((o) => o.id === id)));
  // The choice as of the last key press, not the last render: a digit and Enter pressed in quick
  // succession must submit the digit's option even before Preact has re-rendered.
  const latestSelected = useRef(selected);
  const [error, setError] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const single = question.kind === 'single';
  const name = `q-${question.id}`;

  useEffect(() => {
    if (takeFocus) moveFocusTo(heading.current);
  }, [question.id]);

  const choose = (optionId: string) => {
    setError(false);
    latestSelected.current = single ? [optionId] : toggleOption(question, latestSelected.current, optionId);
    setSelected(latestSelected.current);
  };

  const submit = (event?: Event) => {
    event?.preventDefault();
    const choice = latestSelected.current;
    if (!answerFits(question, choice)) {
      setError(true);
      return;
    }
    onSubmit(choice);
  };

  useShortcuts({
    digit: (n) => {
      const option = question.options[n - 1];
      if (!option) return;
      choose(option.id);
      document.getElementById(`${name}-${option.id}`)?.focus();
    },
    enter: () => submit(),
    back: canGoBack ? onBack : undefined,
  });

  const errorId = `${name}-error`;
  const helpId = `${name}-help`;
  // method="dialog": before hydration a click on Continue must not reload the page (it does nothing instead).
  return (
    <form class="question" method="dialog" data-question={question.id} onSubmit={submit} noValidate>
      <fieldset aria-describedby={error ? `${helpId} ${errorId}` : helpId}>
        <legend>
          <span class="section">{question.section}</span>
          <h2 ref={heading} tabIndex={-1}>{question.prompt}</h2>
        </legend>
        <p class="help" id={helpId}>
          <span class="help-label">Why we ask: </span>
          {question.help}
        </p>
        {!single && <p class="hint">Choose all that apply.</p>}
        <div class="options">
          {question.options.map((option, i) => {
            const id = `${name}-${option.id}`;
            const checked = selected.includes(option.id);
            return (
              <label class={`option${checked ? ' checked' : ''}`} for={id} key={option.id}>
                <input
                  id={id}
                  type={single ? 'radio' : 'checkbox'}
                  name={name}
                  value={option.id}
                  checked={checked}
                  onChange={() => choose(option.id)}
                />
                <span class="label">{option.label}</span>
                {i < 9 && <kbd class="key" aria-hidden="true">{i + 1}</kbd>}
              </label>
            );
          })}
        </div>
        {error && (
          <p class="error" id={errorId} role="alert">
            {single ? 'Choose one option to continue.' : 'Choose at least one option to continue.'}
          </p>
        )}
      </fieldset>
      <div class="actions">
        <button type="submit" class="button">Continue</button>
        {canGoBack && (
          <button type="button" class="button secondary" onClick={onBack}>
            Back
          </button>
        )}
      </div>
    </form>
  );
}
