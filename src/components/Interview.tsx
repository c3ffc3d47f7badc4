import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStoreAtOnce } from './use-store-at-once';
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
import { QuestionStep } from './QuestionStep';
import { noteText, progressText } from './progress-text';
import { useOnDemand } from './use-on-demand';

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
  /** False while the island around the interview is still getting the review's `reportAction` ready. */
  reviewReady?: boolean;
  /** False while the island around the interview is still putting answers in place: it starts once this is true. */
  ready?: boolean;
  /** Focus the review's heading when it shows, even before the respondent has acted (back from the embedded report). */
  focusReview?: boolean;
}

/** The interview island: wires the question panel, the review and "Start over" to the interview store. */
export default function Interview({ questions, version, reportHref, reportAction, reviewReady = true, ready = true, focusReview = false, longestPath }: Props) {
  // Hydration must match the server's render of the first question.
  const live = useStoreAtOnce($interview);
  const view = live ?? firstView(questions, longestPath);
  const problem = useStoreAtOnce($restoreProblem);
  const dropped = useStoreAtOnce($restoreDropped);
  const [confirming, setConfirming] = useState(false);
  // Bumped on "Start over", so the first question remounts with nothing selected.
  const [restarts, setRestarts] = useState(0);
  const startOver = useRef<HTMLButtonElement>(null);
  // Focus follows the respondent's actions only: on page load it stays where the browser put it.
  const acted = useRef(false);
  useEffect(() => {
    if (ready) startInterview(questions, version, longestPath);
  }, [ready]);

  const { step, path, answers } = view;
  const question = questions.find((q) => q.id === step);
  // Not with the first question: the review is fetched once there is an answer to review (well before the
  // last question), the dialog when "Start over" is pressed, the notice when saved progress had a problem. The
  // interview is not live (`data-live`) before what it shows is there, so a restore to the review keeps the
  // page's placeholder until then.
  const Review = useOnDemand(live !== null && (path.length > 0 || !question), () => import('./Review').then((m) => m.Review));
  const ConfirmDialog = useOnDemand(confirming, () => import('./ConfirmDialog').then((m) => m.ConfirmDialog));
  const RestoreProblemNotice = useOnDemand(Boolean(problem), () => import('./RestoreProblemNotice').then((m) => m.RestoreProblemNotice));
  const shown = (question !== undefined || (Review !== null && reviewReady)) && (!problem || RestoreProblemNotice !== null);
  const act =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A) => {
      acted.current = true;
      fn(...args);
    };
  const note = noteText(view.note);

  return (
    <div class="interview" data-live={live && shown ? 'true' : undefined}>
      {problem && RestoreProblemNotice && <RestoreProblemNotice problem={problem} dropped={dropped} onDismiss={dismissRestoreProblem} />}
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
      ) : Review && reviewReady ? (
        <Review
          questions={questions}
          path={path}
          answers={answers}
          reportHref={reportHref}
          reportAction={reportAction}
          takeFocus={acted.current || focusReview}
          onChange={act(editAnswer)}
          onBack={act(goBack)}
        />
      ) : null}
      {inProgress(view) && (
        <p class="start-over">
          <button type="button" class="link-button" ref={startOver} onClick={() => setConfirming(true)}>
            Start over
          </button>
        </p>
      )}
      {ConfirmDialog && (
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
      )}
    </div>
  );
}
