import { CHANGE_LABELS, COMPARE_SECTIONS, principalChangeText, PROGRESS_FINDINGS, ratingText as rating } from '../../compare/compare-text';
import type { Progress } from '../../compare/progress';
import type { Report } from '../../diagnosis/report';
import type { Finding } from '../../schemas/finding';

interface Props {
  progress: Progress;
  older: { label: string; report: Report };
  newer: { label: string; report: Report };
}

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
        {principalChangeText(progress, older.report.principal.finding.title, newer.report.principal.finding.title)}
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
        {PROGRESS_FINDINGS.map(({ key, kind, title }) => (
          <FindingList key={key} title={title} findings={progress[key]} kind={kind} />
        ))}
      </div>
    </section>
  );
}
