import type { RestoreProblem } from '../stores/interview';

interface Props {
  /** Why saved progress could not be restored whole. */
  problem: NonNullable<RestoreProblem>;
  /** A sentence for each saved answer (or option) that was left out. */
  dropped: readonly string[];
  onDismiss: () => void;
}

/** Above the interview: the saved progress could not be read, or some of it no longer fits the questions. */
export function RestoreProblemNotice({ problem, dropped, onDismiss }: Props) {
  return (
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
      <button type="button" class="button secondary" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
