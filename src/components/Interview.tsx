import { useEffect, useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Question } from '../schemas/question';
import { FINISHED } from '../interview/machine';
import { progressOf } from '../interview/progress';
import {
  $interview,
  $restoreProblem,
  dismissRestoreProblem,
  goBack,
  restartInterview,
  startInterview,
  submitAnswer,
} from '../stores/interview';
import { QuestionStep } from './QuestionStep';
import { Finished } from './Finished';

interface Props {
  /** The validated questions, start question first. */
  questions: Question[];
}

/** The interview island: wires the question form to the interview store. */
export default function Interview({ questions }: Props) {
  const view = useStore($interview, { ssr: 'initial' });
  const problem = useStore($restoreProblem, { ssr: 'initial' });
  const acted = useRef(false);
  useEffect(() => startInterview(questions), []);

  const step = view?.step ?? questions[0]!.id;
  const path = view?.path ?? [];
  const answers = view?.answers ?? {};
  const onPath = Object.fromEntries(path.filter((id) => answers[id]).map((id) => [id, answers[id]!]));
  const progress = progressOf(questions, step, path, onPath);
  const question = questions.find((q) => q.id === step);
  const act = (fn: () => void) => () => {
    acted.current = true;
    fn();
  };

  return (
    <div class="interview">
      {problem && (
        <div class="notice" role="status">
          <p>
            {problem === 'unreadable'
              ? 'Saved answers in this browser could not be read, so the check starts fresh.'
              : 'Some saved answers no longer fit the current questions; the rest were kept.'}
          </p>
          <button type="button" class="button secondary" onClick={dismissRestoreProblem}>
            Dismiss
          </button>
        </div>
      )}
      <p class="progress" aria-live="polite">
        {step === FINISHED ? `All ${progress.total} questions answered` : `Question ${progress.current} of about ${progress.total}`}
      </p>
      {question ? (
        <QuestionStep
          key={question.id}
          question={question}
          initial={answers[question.id] ?? []}
          takeFocus={acted.current}
          canGoBack={path.length > 0}
          onSubmit={(value) => {
            acted.current = true;
            submitAnswer(value);
          }}
          onBack={act(goBack)}
        />
      ) : (
        <Finished questions={questions} path={path} answers={answers} takeFocus={acted.current} onBack={act(goBack)} onRestart={act(restartInterview)} />
      )}
    </div>
  );
}
