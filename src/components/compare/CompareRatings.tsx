import type { RatingRow, ComparedReport } from '../../compare/compare';
import { COMPARE_SECTIONS } from '../../compare/compare-text';
import { RATING_LABELS, SEVERITY_LABELS } from '../../diagnosis/report-labels';

interface Props {
  respondents: readonly ComparedReport[];
  rows: readonly RatingRow[];
}

/**
 * Each respondent's principal constraint and dimension ratings in one table, a column each; rows where
 * their bands differ are marked. The explicit ARIA roles keep it a table for screen readers when a
 * narrow screen lays its rows out as grids (row names above the ratings, so three columns fit 320 px).
 */
export function CompareRatings({ respondents, rows }: Props) {
  return (
    <section class="report-section" aria-labelledby="compare-ratings-heading">
      <h2 id="compare-ratings-heading">{COMPARE_SECTIONS.ratings}</h2>
      <div class="table-scroll" role="region" aria-labelledby="compare-ratings-heading" tabIndex={0}>
        <table class="compare-table" role="table" style={{ '--columns': String(respondents.length) }}>
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
                Principal constraint
              </th>
              {respondents.map(({ report }, i) => (
                <td key={i} role="cell" data-principal={report.principal.finding.id}>
                  <span class={`badge ${report.principal.finding.severity}`}>{SEVERITY_LABELS[report.principal.finding.severity]}</span>{' '}
                  <span class="principal-title">{report.principal.finding.title}</span>
                </td>
              ))}
            </tr>
            {rows.map((row) => (
              <tr key={row.dimension.id} role="row" class={row.differs ? 'differs' : undefined} data-dimension={row.dimension.id}>
                <th scope="row" role="rowheader">
                  {row.dimension.name}
                  {row.differs && <span class="differs-tag">Ratings differ</span>}
                </th>
                {row.ratings.map((r, i) => (
                  <td key={i} role="cell" class={`rating ${r.level}`}>
                    <span class="level">{RATING_LABELS[r.level]}</span>
                    {r.level !== 'not-assessed' && <span class="score">{r.score}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="section-note">Scores run from 0 to 100 and follow each report’s weakest finding in the dimension: 80 and above is healthy, below 40 critical.</p>
    </section>
  );
}
