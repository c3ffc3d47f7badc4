import { RATING_LABELS } from '../../diagnosis/report-labels';
import type { DimensionRating, RatingLevel } from '../../diagnosis/ratings';

interface Props {
  ratings: readonly DimensionRating[];
  /** Prefix for the SVG's ids, unique on the page. */
  idPrefix: string;
  /** Tighter rows, for the report's summary beside the decision. */
  compact?: boolean;
  /** In a what-if scenario: the original's rating of each dimension whose rating the scenario changes. */
  was?: Readonly<Record<string, { level: RatingLevel; score: number }>> | undefined;
}

/** Row height, bar offset and bar height, in the normal and the compact layout. */
const SIZES = { normal: { ROW: 46, BAR_Y: 24, BAR_HEIGHT: 14, TEXT_Y: 18 }, compact: { ROW: 34, BAR_Y: 19, BAR_HEIGHT: 10, TEXT_Y: 14 } } as const;
/** Band thresholds drawn as ticks on every bar (see ratings.ts). */
const THRESHOLDS = [40, 60, 80];

/** One fill per level, each a different pattern, so the chart reads in black and white too. */
function Patterns({ idPrefix }: { idPrefix: string }) {
  const pattern = (level: RatingLevel, children: preact.ComponentChildren, rotate = 45) => (
    <pattern id={`${idPrefix}-${level}`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform={`rotate(${rotate})`}>
      <rect width="8" height="8" class="pattern-bg" />
      {children}
    </pattern>
  );
  return (
    <defs>
      {pattern('critical', <rect width="8" height="8" class="ink critical" />)}
      {pattern('at-risk', [<line key="a" x1="0" y1="0" x2="0" y2="8" class="line at-risk" stroke-width="3" />, <line key="b" x1="0" y1="4" x2="8" y2="4" class="line at-risk" stroke-width="3" />])}
      {pattern('watch', <line x1="0" y1="0" x2="0" y2="8" class="line watch" stroke-width="3" />)}
      {pattern('healthy', <circle cx="4" cy="4" r="2.2" class="ink healthy" />, 0)}
    </defs>
  );
}

/**
 * The dimension ratings as a bar chart in inline SVG: bars scale with the width (percent lengths) while
 * text keeps its size, so it reads at 320 px and on paper; each bar carries its rating in words.
 * A data table below is the alternative for screen readers and copy-paste.
 */
export function RatingsChart({ ratings, idPrefix, compact = false, was = {} }: Props) {
  const wasText = (r: DimensionRating) => {
    const before = was[r.dimension.id];
    return before ? `was: ${before.level === 'not-assessed' ? RATING_LABELS[before.level].toLowerCase() : before.score}` : '';
  };
  const { ROW, BAR_Y, BAR_HEIGHT, TEXT_Y } = SIZES[compact ? 'compact' : 'normal'];
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const describe = (r: DimensionRating) =>
    (r.level === 'not-assessed' ? `${r.dimension.name}: not assessed` : `${r.dimension.name}: ${RATING_LABELS[r.level].toLowerCase()}, ${r.score} of 100`) +
    (wasText(r) && ` (${wasText(r)})`);
  return (
    <figure class={compact ? 'ratings compact' : 'ratings'}>
      <svg class="ratings-chart" role="img" aria-labelledby={`${titleId} ${descId}`} width="100%" height={ratings.length * ROW} xmlns="http://www.w3.org/2000/svg">
        <title id={titleId}>Dimension ratings, out of 100</title>
        <desc id={descId}>{ratings.map(describe).join('; ')}.</desc>
        <Patterns idPrefix={idPrefix} />
        {ratings.map((r, i) => {
          const y = i * ROW;
          const assessed = r.level !== 'not-assessed';
          return (
            <g key={r.dimension.id} aria-hidden="true">
              <text x="0" y={y + TEXT_Y} class="name">
                {r.dimension.name}
              </text>
              <text x="100%" y={y + TEXT_Y} text-anchor="end" class={`value ${r.level}`}>
                {/* Changed in a what-if: the score and what it was, short enough to fit beside the name. */}
                {wasText(r) ? (assessed ? r.score : RATING_LABELS[r.level]) : assessed ? `${RATING_LABELS[r.level]} · ${r.score}` : RATING_LABELS[r.level]}
                {wasText(r) && <tspan class="was"> ({wasText(r)})</tspan>}
              </text>
              <rect x="0" y={y + BAR_Y} width="100%" height={BAR_HEIGHT} class={`track${assessed ? '' : ' unassessed'}`} />
              {assessed && r.score > 0 && (
                <rect x="0" y={y + BAR_Y} width={`${r.score}%`} height={BAR_HEIGHT} fill={`url(#${idPrefix}-${r.level})`} class={`bar ${r.level}`} />
              )}
              {THRESHOLDS.map((t) => (
                <line key={t} x1={`${t}%`} x2={`${t}%`} y1={y + BAR_Y - 3} y2={y + BAR_Y + BAR_HEIGHT + 3} class="tick" />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>Each dimension scores 0–100 by its weakest finding; “don’t know” answers lower it too. 80 and above is healthy, 60 watch, 40 at risk, below 40 critical.</figcaption>
      <details class="ratings-table">
        <summary>Show the ratings as a table</summary>
        <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Rating</th>
              <th scope="col">Score</th>
              <th scope="col">“Don’t know”</th>
            </tr>
          </thead>
          <tbody>
            {ratings.map((r) => (
              <tr key={r.dimension.id}>
                <th scope="row">{r.dimension.name}</th>
                <td>{RATING_LABELS[r.level]}</td>
                <td>
                  {r.level === 'not-assessed' ? '–' : r.score}
                  {wasText(r) && ` (${wasText(r)})`}
                </td>
                <td>{r.answered > 0 ? `${r.unknowns} of ${r.answered}` : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </details>
    </figure>
  );
}
