import { CHANGE_LABELS, COMPARE_SECTIONS } from '../../compare/compare-text';
import type { Progress } from '../../compare/progress';
import type { DimensionRating } from '../../diagnosis/ratings';
import type { Report } from '../../diagnosis/report';
import { RATING_LABELS } from '../../diagnosis/report-labels';
import type { Finding } from '../../schemas/finding';

interface Props {
  progress: Progress;
  older: { label: string; report: Report };
  newer: { label: string; report: Report };
}

const rating = (r: DimensionRating) => (r.level === 'not-assessed' ? RATING_LABELS[r.level] : `${RATING_LABELS[r.level]} ${r.score}`);

function FindingList({ title, findings, kind }: { title: string; findings: readonly Finding[]; kind: string }) {
  if (findings.length === 0) return null;
  return (
    <div class={`progress-findings ${kind}`}>
      <h3>
        {title} <span class="count">({findings.length})</span>
      </h3>
      <ul>
        {findings.map((f) => (
          <li key={f.id} data-finding={f.id}>
            {f.title}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One team over time: each dimension's move from the older report to the newer, and the findings that came and went. */
export function ProgressSection({ progress, older, newer }: Props) {
  const moved = progress.dimensions.filter((d) => d.change !== 'same');
  const same = progress.dimensions.filter((d) => d.change === 'same');
  return (
    <section class="report-section" aria-labelledby="progress-heading">
      <h2 id="progress-heading">
        {COMPARE_SECTIONS.progress}: {older.label} → {newer.label}
      </h2>
      <p class="progress-principal">
        {progress.principalChanged
          ? `The principal constraint moved from “${older.report.principal.finding.title}” to “${newer.report.principal.finding.title}”.`
          : `The principal constraint is still “${newer.report.principal.finding.title}”.`}
      </p>
      {moved.length > 0 && (
        <ul class="progress-dimensions">
          {moved.map((d) => (
            <li key={d.dimension.id} class={d.change} data-dimension={d.dimension.id}>
              <span class="change">{CHANGE_LABELS[d.change]}</span>
              <span class="name">{d.dimension.name}</span>
              <span class="move">
                {rating(d.before)} → {rating(d.after)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {same.length > 0 && (
        <p class="section-note">
          {CHANGE_LABELS.same}: {same.map((d) => `${d.dimension.name} (${rating(d.after)})`).join(', ')}.
        </p>
      )}
      <div class="progress-grid">
        <FindingList title="Problems resolved" findings={progress.resolved} kind="resolved" />
        <FindingList title="New problems" findings={progress.appeared} kind="appeared" />
        <FindingList title="New strengths" findings={progress.strengthsGained} kind="gained" />
        <FindingList title="Strengths lost" findings={progress.strengthsLost} kind="lost" />
      </div>
    </section>
  );
}
