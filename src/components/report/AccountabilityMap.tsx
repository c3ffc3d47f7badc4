import type { AccountabilityEntry } from '../../diagnosis/accountability';
import { accountabilityStatus, SECTIONS } from '../../diagnosis/report-labels';

interface Props {
  entries: readonly AccountabilityEntry[];
}

/**
 * The accountabilities and who holds each, one line each: the status says the answer with its verdict
 * ("Clear: one named person", "Gap: held jointly, so by nobody"), so the answer's own label is not repeated
 * above it. Gaps and joint ownership are marked in words, not colour alone.
 */
export function AccountabilityMap({ entries }: Props) {
  return (
    <section class="report-section" aria-labelledby="accountability-heading">
      <h2 id="accountability-heading">{SECTIONS.accountability}</h2>
      <ul class="accountability-map">
        {entries.map((entry) => (
          <li key={entry.id} class={`accountability ${entry.gap ? 'gap' : 'held'} ${entry.ownership}`} data-accountability={entry.id}>
            <span class="name">{entry.name}</span>
            <span class="status">
              <span aria-hidden="true" class="mark">
                {entry.gap ? '!' : '✓'}
              </span>{' '}
              {accountabilityStatus(entry)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
