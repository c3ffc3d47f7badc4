import { useRef } from 'preact/hooks';
import { labelLength, MAX_LABEL_LENGTH } from '../../compare/compare-entry';
import type { FormCheck } from '../../compare/compare-form';
import { displayLabel } from '../../compare/read-entries';
import { $compareFields, $formError, $formReading, editCompareForm, editCompareLabel } from '../../stores/compare-form';
import { useStoreAtOnce } from '../use-store-at-once';

interface Props {
  /** Sends the form (see `sendCompareForm`); the check says which field to bring the reader back to. */
  onSend: () => FormCheck;
}

/** The middle of a long link left out, so a row shows which link it is without overflowing. */
function shorten(text: string): string {
  return text.length > 64 ? `${text.slice(0, 30)}…${text.slice(-30)}` : text;
}

/**
 * The compare form: report links pasted one a line, a label typed for each (kept only in the
 * compare link), and whether they are several people or one team over time. Each line says, once
 * typing pauses, whether it can be read; the readable ones are compared even if others cannot be.
 */
export function CompareForm({ onSend }: Props) {
  // At once, not a timer later: the fields are controlled, and what is typed must stay in them.
  const { text, labels, mode } = useStoreAtOnce($compareFields);
  const { rows, problems } = useStoreAtOnce($formReading);
  const error = useStoreAtOnce($formError);
  const linksField = useRef<HTMLTextAreaElement>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const check = onSend();
    if (check.ok) return;
    if (check.focus === 'links') linksField.current?.focus();
    else document.getElementById(`compare-label-${check.focus}`)?.focus();
  };

  return (
    <form class="compare-form" onSubmit={submit} noValidate>
      <div class="field">
        <label for="compare-links">Report links, one a line</label>
        <p id="compare-links-hint" class="hint">
          Ask each person for the link from their report’s “Copy link” button, or paste a link you saved. Up to 12.
        </p>
        <textarea
          id="compare-links"
          ref={linksField}
          rows={Math.min(12, Math.max(4, rows.length + 1))}
          value={text}
          onInput={(e) => editCompareForm({ text: e.currentTarget.value })}
          aria-describedby="compare-links-hint"
          spellcheck={false}
          autocomplete="off"
          autocapitalize="off"
        />
      </div>
      <div role="status">
        {problems.map((p) => (
          <p key={p} class="form-note">
            {p}
          </p>
        ))}
      </div>
      {rows.length > 0 && (
        <fieldset class="compare-entries">
          <legend>Label each link</legend>
          <p class="hint">A name or a role, so you can tell the reports apart. Labels stay in the compare link; nothing is saved.</p>
          <ol>
            {rows.map(({ link, problem, repeats, tooLong }, i) => (
              <li key={i} class={problem ? 'unreadable' : repeats !== undefined ? 'repeat' : 'readable'}>
                <label for={`compare-label-${i}`}>Label for link {i + 1}</label>
                {/* No maxLength: the browser would cut a pasted label silently; the field says so instead. */}
                <input
                  id={`compare-label-${i}`}
                  type="text"
                  value={labels[i] ?? ''}
                  placeholder={displayLabel('', i, mode)}
                  onInput={(e) => editCompareLabel(i, e.currentTarget.value)}
                  aria-describedby={`compare-status-${i}${tooLong ? ` compare-label-long-${i}` : ''}`}
                  aria-invalid={tooLong ? 'true' : undefined}
                  autocomplete="off"
                />
                {tooLong && (
                  <p id={`compare-label-long-${i}`} class="label-too-long" role="alert">
                    {labelLength(labels[i] ?? '')} characters: a label holds at most {MAX_LABEL_LENGTH}.
                  </p>
                )}
                <p id={`compare-status-${i}`} class="entry-status">
                  <code class="entry-link">{shorten(link.text)}</code>
                  <span class="entry-verdict">
                    {problem
                      ? `Cannot be compared: ${problem}`
                      : repeats !== undefined
                        ? `The same report as link ${repeats + 1}: it is compared once.`
                        : 'Ready to compare.'}
                  </span>
                  {link.from && !problem && (
                    <span class="entry-from">From {link.from}, not this site: read with this site’s version of the check.</span>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </fieldset>
      )}
      <fieldset class="compare-mode">
        <legend>What are these links?</legend>
        <label>
          <input type="radio" name="compare-mode" value="team" checked={mode === 'team'} onChange={() => editCompareForm({ mode: 'team' })} /> Reports from different
          people on the same program
        </label>
        <label>
          <input type="radio" name="compare-mode" value="over-time" checked={mode === 'over-time'} onChange={() => editCompareForm({ mode: 'over-time' })} /> Checks of
          the same team at different times, oldest link first
        </label>
      </fieldset>
      <p class="form-error" role="alert">
        {error}
      </p>
      <button type="submit" class="button">
        Compare
      </button>
    </form>
  );
}
