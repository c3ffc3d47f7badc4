import { useStoreAtOnce } from './use-store-at-once';
import { FINISHED } from '../questionnaire/branches';
import { $interview } from '../stores/interview';

/**
 * The header's progress bar: a separate island from the question panel, fed by the same store. The
 * bar fills as questions are answered; the text alternative names the same count the panel shows.
 */
export default function ProgressBar() {
  const view = useStoreAtOnce($interview);
  const done = view ? (view.step === FINISHED ? view.progress.total : view.progress.current - 1) : 0;
  const total = view?.progress.total ?? 1;
  const percent = Math.round((100 * done) / Math.max(total, 1));
  return (
    <div
      class="progress-bar"
      role="progressbar"
      aria-label="Progress through the check"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={view ? `${done} of about ${total} questions answered` : 'Not started'}
    >
      {/* The width is set through the DOM after hydration, never as a style attribute in the HTML, so a strict CSP holds. */}
      <div class="progress-fill" style={view ? { transform: `scaleX(${done / Math.max(total, 1)})` } : undefined} />
    </div>
  );
}
