import { useEffect, useRef } from 'preact/hooks';
import type { Comparison } from '../../compare/compare';
import { comparisonToMarkdown } from '../../compare/compare-markdown';
import { agreementText, COMPARE_SECTIONS, COMPARE_WORDS, comparisonHeading, comparisonSummary } from '../../compare/compare-text';
import type { DisagreementTexts } from '../../schemas/disagreement-text';
import type { ProgramContextText } from '../../schemas/program-context-text';
import { AnswerDifferences } from './AnswerDifferences';
import { CompareRatings } from './CompareRatings';
import { CompareToolbar } from './CompareToolbar';
import { DisagreementList } from './DisagreementList';
import { ProgramContextFinding } from './ProgramContextFinding';
import { ProgressSection } from './ProgressSection';

interface Props {
  comparison: Comparison;
  texts: DisagreementTexts;
  /** The words for respondents describing different programs. */
  context: ProgramContextText;
  /** Questions treated as facts about the team (see `factQuestionIds`). */
  facts: ReadonlySet<string>;
  /** This compare link, to copy. */
  compareUrl: string;
  /** Move focus to the heading: the comparison was just asked for with the form. */
  focus: boolean;
}

/**
 * The comparison itself: summary, its actions (link, Markdown, print), disagreements or progress,
 * ratings side by side, the answers that differ, and on paper the link to come back to it.
 */
export function CompareResults({ comparison, texts, context, facts, compareUrl, focus }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const names = comparison.respondents.map((r) => r.label);
  const overTime = comparison.mode === 'over-time';
  // A comparison asked for with the form is news to a keyboard or screen-reader user: take them to its heading.
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [compareUrl, focus]);

  return (
    <div class="compare-results">
      <h2 class="compare-heading" ref={heading} tabIndex={-1}>
        {comparisonHeading(comparison.mode, names)}
      </h2>
      <p class="compare-summary">{comparisonSummary(comparison)}</p>
      {comparison.context.length > 0 && <ProgramContextFinding disagreements={comparison.context} names={names} text={context} />}
      <CompareToolbar compareUrl={compareUrl} markdown={() => comparisonToMarkdown(comparison, { texts, facts, compareUrl })} />
      {overTime && comparison.progress ? (
        <ProgressSection progress={comparison.progress} older={comparison.respondents[0]!} newer={comparison.respondents.at(-1)!} />
      ) : (
        <DisagreementList disagreements={comparison.disagreements} names={names} texts={texts} agreement={agreementText(comparison)} />
      )}
      <CompareRatings respondents={comparison.respondents} rows={comparison.ratings} />
      <AnswerDifferences
        heading={overTime ? COMPARE_SECTIONS.changedAnswers : COMPARE_SECTIONS.differences}
        differences={comparison.differences}
        names={names}
        facts={facts}
      />
      <p class="compare-print-link">
        {COMPARE_WORDS.openLink}: <a href={compareUrl}>{compareUrl}</a>
      </p>
    </div>
  );
}
