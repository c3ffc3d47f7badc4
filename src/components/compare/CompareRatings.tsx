import type { RatingRow, ComparedReport } from '../../compare/compare';
import { COMPARE_SECTIONS, COMPARE_WORDS } from '../../compare/compare-text';
import { RATING_LABELS, SEVERITY_LABELS } from '../../diagnosis/report-labels';

interface Props {
  respondents: readonly ComparedReport[];
  rows: readonly RatingRow[];
}

/** More respondents than this do not fit side by side at 320 px: each row then lists them one under another. */
const SIDE_BY_SIDE_AT_320 = 3;

/** More respondents than this do not fit side by side across a portrait page: on paper each row then lists them in columns. */
const SIDE_BY_SIDE_ON_PAPER = 6;

/** The respondent's name inside a cell, shown only where the columns are stacked (the column header already says it to screen readers). */
const CellName = ({ name }: { name: string }) => (
  <span class="cell-name" aria-hidden="true">
    {name}
  </span>
);

/**
 * Each respondent's principal constraint and dimension ratings in one table, a column each; rows where
 * their bands differ are marked. On a narrow screen each row puts its name above the ratings: up to
 * three side by side, more one under another, each with the respondent's name, so the page never
 * scrolls sideways; on paper, more than six are listed that way too, in columns. The explicit ARIA roles keep it a table for screen readers in both layouts; on a
 * wide screen with many respondents the table scrolls in its own labelled, focusable region.
 */
export function CompareRatings({ respondents, rows }: Props) {
  const stacked = respondents.length > SIDE_BY_SIDE_AT_320;
  const layout = ['compare-table', stacked && 'stack-narrow', respondents.length > SIDE_BY_SIDE_ON_PAPER && 'stack-print'].filter(Boolean).join(' ');
  return (
    <section class="report-section" aria-labelledby="compare-ratings-heading">
      <h2 id="compare-ratings-heading">{COMPARE_SECTIONS.ratings}</h2>
      {/* Its own name: the section is a region too, and two landmarks should not share one. */}
      <div class="table-scroll" role="region" aria-label="Ratings side by side" tabIndex={0}>
        <table class={layout} role="table" style={{ '--columns': String(respondents.length) }}>
          <thead role="rowgroup">
            <tr role="row" class="names-row">
              <td class="corner" />
              {respondents.map((r, i) => (
                <th key={i} scope="col" role="columnheader">
                  {r.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            <tr role="row" class="principal-row">
              <th scope="row" role="rowheader">
                {COMPARE_WORDS.principal}
              </th>
              {respondents.map(({ label, report }, i) => (
                <td key={i} role="cell" data-principal={report.principal.finding.id}>
                  {stacked && <CellName name={label} />}
                  <span class={`badge ${report.principal.finding.severity}`}>{SEVERITY_LABELS[report.principal.finding.severity]}</span>{' '}
                  <span class="principal-title">{report.principal.finding.title}</span>
                </td>
              ))}
            </tr>
            {rows.map((row) => (
              <tr key={row.dimension.id} role="row" class={row.differs ? 'differs' : undefined} data-dimension={row.dimension.id}>
                <th scope="row" role="rowheader">
                  {row.dimension.name}
                  {row.differs && <span class="differs-tag">{COMPARE_WORDS.ratingsDiffer}</span>}
                </th>
                {row.ratings.map((r, i) => (
                  <td key={i} role="cell" class={`rating ${r.level}`}>
                    {stacked && <CellName name={respondents[i]!.label} />}
                    <span class="level">{RATING_LABELS[r.level]}</span>
                    {r.level !== 'not-assessed' && <span class="score">{r.score}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="section-note">{COMPARE_WORDS.scoreNote}</p>
    </section>
  );
}
