import { useStoreAtOnce } from './use-store-at-once';
import { inProgress } from '../interview/in-progress';
import { $savedInterview, NOTHING_SAVED } from '../stores/saved-interview';

interface Props {
  /** The interview page, which resumes where the respondent left off. */
  checkHref: string;
}

/** On the landing page: offers to resume a check already begun in this browser; renders nothing otherwise. */
export default function ResumeNotice({ checkHref }: Props) {
  // Nothing on the server and at hydration (storage is browser-only), then the saved progress.
  const saved = useStoreAtOnce($savedInterview, NOTHING_SAVED);
  if (!inProgress(saved)) return null;
  const answered = saved.path.length;
  return (
    <aside class="resume" aria-labelledby="resume-heading">
      <h2 id="resume-heading">Welcome back</h2>
      <p>
        {answered > 0
          ? `You have answered ${answered} ${answered === 1 ? 'question' : 'questions'} in this browser.`
          : 'You have begun the check in this browser.'}{' '}
        Your answers are still here.
      </p>
      <a class="button" href={checkHref}>
        Resume the check
      </a>
    </aside>
  );
}
