import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { inProgress } from '../interview/in-progress';
import type { Question } from '../schemas/question';
import {
  $interview,
  $restoreDropped,
  $restoreProblem,
  dismissRestoreProblem,
  editAnswer,
  firstView,
  goBack,
  restartInterview,
  startInterview,
  submitAnswer,
} from '../stores/interview';
import { ConfirmDialog } from './ConfirmDialog';
import { QuestionStep } from './QuestionStep';
import { noteText, progressText } from './progress-text';
import { Review } from './Review';

interface Props {
  /** The validated questions, start question first. */
  questions: Question[];
  /** The questionnaire version these questions belong to, saved with the answers. */
  version: number;
  /** Where "See my report" leads. */
  reportHref: string;
  /** The most questions any path asks (the enumerated paths' longest), which caps "of about m". */
  longestPath?: number;
  /** Shown instead of the "See my report" link (the embedded check opens its report its own way). */
  reportAction?: ComponentChildren;
}

/** The interview island: wires the question panel, the review and "Start over" to the interview store. */
export default function Interview({ questions, version, reportHref, reportAction, longestPath }: Props) {
  // Hydration must match the server's render of the first question.
  const live = useStore($interview, { ssr: 'initial' });
  const view = live ?? firstView(questions, longestPath);
  const problem = useStore($restoreProblem, { ssr: 'initial' });
  const dropped = useStore($restoreDropped, { ssr: 'initial' });
  const [confirming, setConfirming] = useState(false);
  // Bumped on "Start over", so the first question remounts with nothing selected.
  const [restarts, setRestarts] = useState(0);
  const startOver = useRef<HTMLButtonElement>(null);
  // Focus follows the respondent's actions only: on page load it stays where the browser put it.
  const acted = useRef(false);
  useEffect(() => startInterview(questions, version, longestPath), []);

  const { step, path, answers } = view;
  const question = questions.find((q) => q.id === step);
  const act =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A) => {
      acted.current = true;
      fn(...args);
    };
  const note = noteText(view.note);

  return (
    <div class="interview" data-live={live ? 'true' : undefined}>
      {problem && (
        <div class="notice restore-notice" role="status">
          <p>
            {problem === 'unreadable'
              ? 'The answers saved in this browser could not be read, so the check starts fresh.'
              : dropped.length > 0
                ? `${dropped.length === 1 ? 'One saved answer' : `${dropped.length} saved answers`} could not be used and ${dropped.length === 1 ? 'was' : 'were'} left out; every other answer was kept.`
                : 'Some saved answers no longer fit the current questions. The rest were kept; please answer from here.'}
          </p>
          {dropped.length > 0 && (
            <ul class="restore-dropped">
              {dropped.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          <button type="button" class="button secondary" onClick={dismissRestoreProblem}>
            Dismiss
          </button>
        </div>
      )}
      <p class="progress" aria-live="polite" aria-atomic="true">
        <span class="count">{progressText(view)}</span>
        {note && <span class="note">{note}</span>}
      </p>
      {view.revising && question && (
        <p class="revising">You are changing an answer. Answers that still apply are kept.</p>
      )}
      {question ? (
        <QuestionStep
          key={`${question.id}:${restarts}`}
          question={question}
          initial={answers[question.id] ?? []}
          takeFocus={acted.current}
          canGoBack={path.length > 0}
          onSubmit={act(submitAnswer)}
          onBack={act(goBack)}
        />
      ) : (
        <Review
          questions={questions}
          path={path}
          answers={answers}
          reportHref={reportHref}
          reportAction={reportAction}
          takeFocus={acted.current}
          onChange={act(editAnswer)}
          onBack={act(goBack)}
        />
      )}
      {inProgress(view) && (
        <p class="start-over">
          <button type="button" class="link-button" ref={startOver} onClick={() => setConfirming(true)}>
            Start over
          </button>
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title="Start over?"
        confirmLabel="Clear my answers"
        cancelLabel="Keep my answers"
        onConfirm={() => {
          setConfirming(false);
          setRestarts((n) => n + 1);
          act(restartInterview)();
        }}
        onCancel={() => {
          setConfirming(false);
          startOver.current?.focus();
        }}
      >
        <p>Every answer saved in this browser will be cleared and the check begins again at the first question.</p>
      </ConfirmDialog>
    </div>
  );
}
