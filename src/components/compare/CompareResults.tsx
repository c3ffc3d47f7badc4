import { useEffect, useRef } from 'preact/hooks';
import type { Comparison } from '../../compare/compare';
import { COMPARE_SECTIONS, comparisonSummary, listNames } from '../../compare/compare-text';
import type { DisagreementTexts } from '../../schemas/disagreement-text';
import { ManualCopyField } from '../share/ManualCopyField';
import { useCopyLink } from '../share/use-copy-link';
import { AnswerDifferences } from './AnswerDifferences';
import { CompareRatings } from './CompareRatings';
import { DisagreementList } from './DisagreementList';
import { ProgressSection } from './ProgressSection';

interface Props {
  comparison: Comparison;
  texts: DisagreementTexts;
  /** Questions treated as facts about the team (see `factQuestionIds`). */
  facts: ReadonlySet<string>;
  /** This compare link, to copy. */
  compareUrl: string;
  /** Move focus to the heading: the comparison was just asked for with the form. */
  focus: boolean;
}

/** The comparison itself: summary, disagreements or progress, ratings side by side, and the answers that differ. */
export function CompareResults({ comparison, texts, facts, compareUrl, focus }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { state, copy, fieldRef } = useCopyLink(compareUrl);
  const names = comparison.respondents.map((r) => r.label);
  const overTime = comparison.mode === 'over-time';
  // A comparison asked for with the form is news to a keyboard or screen-reader user: take them to its heading.
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [compareUrl, focus]);

  return (
    <div class="compare-results">
      <h2 class="compare-heading" ref={heading} tabIndex={-1}>
        {overTime ? `One team, ${names.length} checks over time: ${names.join(' → ')}` : `${names.length} reports side by side: ${listNames(names)}`}
      </h2>
      <p class="compare-summary">{comparisonSummary(comparison)}</p>
      <div class="compare-share">
        <button type="button" class="button secondary" onClick={() => void copy()}>
          Copy compare link
        </button>
        <p class="share-status" role="status">
          {state === 'copied' && 'Compare link copied. The labels you typed travel only inside it.'}
          {state === 'manual' && 'This browser did not let the page copy: the link is selected below, copy it with Ctrl+C (⌘C on a Mac).'}
        </p>
        {state === 'manual' && <ManualCopyField url={compareUrl} label="Link to this comparison" fieldRef={fieldRef} />}
      </div>
      {overTime && comparison.progress ? (
        <ProgressSection progress={comparison.progress} older={comparison.respondents[0]!} newer={comparison.respondents.at(-1)!} />
      ) : (
        <DisagreementList disagreements={comparison.disagreements} names={names} texts={texts} />
      )}
      <CompareRatings respondents={comparison.respondents} rows={comparison.ratings} />
      <AnswerDifferences
        heading={overTime ? COMPARE_SECTIONS.changedAnswers : COMPARE_SECTIONS.differences}
        differences={comparison.differences}
        names={names}
        facts={facts}
      />
    </div>
  );
}
