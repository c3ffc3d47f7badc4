import { useMemo, useRef, useState } from 'preact/hooks';
import { cleanLabel, labelLength, MAX_COMPARED, MAX_LABEL_LENGTH, MIN_COMPARED, type CompareEntry, type CompareMode } from '../../compare/compare-entry';
import { findDuplicates } from '../../compare/duplicates';
import { readPastedLinks, tooManyLinks } from '../../compare/pasted-links';
import { displayLabel, readEntries } from '../../compare/read-entries';
import type { Question } from '../../schemas/question';
import type { Codebook } from '../../share/codebook';

interface Props {
  /** The links to start with, one a line. */
  initialLinks: readonly string[];
  /** The label typed for each of them. */
  initialLabels: readonly string[];
  initialMode: CompareMode;
  codebooks: readonly Codebook[];
  questions: readonly Question[];
  /** Called with the readable links and their labels when the form is sent, and the lines left out with why. */
  onCompare: (entries: CompareEntry[], mode: CompareMode, leftOut: LeftOut[]) => void;
}

/** A pasted line that could not be compared: what the page calls it, and why. */
export interface LeftOut {
  name: string;
  message: string;
}

/** The middle of a long link left out, so a row shows which link it is without overflowing. */
function shorten(text: string): string {
  return text.length > 64 ? `${text.slice(0, 30)}…${text.slice(-30)}` : text;
}

/**
 * The compare form: report links pasted one a line, a label typed for each (kept only in the
 * compare link), and whether they are several people or one team over time. Each line says at once
 * whether it can be read; the readable ones are compared even if others cannot be.
 */
export function CompareForm({ initialLinks, initialLabels, initialMode, codebooks, questions, onCompare }: Props) {
  const [text, setText] = useState(initialLinks.join('\n'));
  const [labels, setLabels] = useState<string[]>([...initialLabels]);
  const [mode, setMode] = useState<CompareMode>(initialMode);
  const [error, setError] = useState('');
  const linksField = useRef<HTMLTextAreaElement>(null);

  const siteOrigin = typeof window === 'undefined' ? undefined : window.location.origin;
  const pasted = useMemo(() => readPastedLinks(text, siteOrigin), [text]);
  const rows = useMemo(() => {
    const read = readEntries(
      pasted.links.map((link, i) => ({ label: labels[i] ?? '', payload: link.payload })),
      codebooks,
      questions,
      mode,
    );
    // A link holding the same report as an earlier one is compared once: the later ones say whose they repeat.
    const firstOf = new Map<number, number>();
    for (const group of findDuplicates(read.map((e, i) => (e.ok && !pasted.links[i]!.problem ? e.answers : undefined)))) {
      for (const i of group.slice(1)) firstOf.set(i, group[0]!);
    }
    return pasted.links.map((link, i) => {
      const entry = read[i]!;
      const problem = link.problem ?? (entry.ok ? undefined : entry.message);
      const repeats = firstOf.get(i);
      return { link, entry, problem, repeats, tooLong: labelLength(labels[i] ?? '') > MAX_LABEL_LENGTH };
    });
  }, [pasted, labels, mode]);

  const setLabel = (i: number, value: string) => {
    const next = [...labels];
    next[i] = value;
    setLabels(next);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (pasted.count > MAX_COMPARED) {
      setError(tooManyLinks(pasted.count));
      linksField.current?.focus();
      return;
    }
    const long = rows.findIndex((r) => r.tooLong);
    if (long !== -1) {
      setError(`The label for link ${long + 1} is longer than ${MAX_LABEL_LENGTH} characters. Shorten it to compare.`);
      document.getElementById(`compare-label-${long}`)?.focus();
      return;
    }
    const readable = rows.filter((r) => !r.problem);
    if (readable.length < MIN_COMPARED) {
      setError(
        rows.length < MIN_COMPARED
          ? 'Paste at least two report links, one a line.'
          : 'At least two of the links must be readable. The messages under each link say what is wrong.',
      );
      linksField.current?.focus();
      return;
    }
    setError('');
    onCompare(
      readable.map((r) => ({ label: cleanLabel(r.entry.label), payload: r.entry.payload })),
      mode,
      rows.flatMap((r, i) => (r.problem ? [{ name: `Line ${i + 1}${r.entry.label ? ` (${cleanLabel(r.entry.label)})` : ''}`, message: r.problem }] : [])),
    );
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
          onInput={(e) => setText(e.currentTarget.value)}
          aria-describedby="compare-links-hint"
          spellcheck={false}
          autocomplete="off"
          autocapitalize="off"
        />
      </div>
      <div role="status">
        {pasted.problems.map((p) => (
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
                  onInput={(e) => setLabel(i, e.currentTarget.value)}
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
          <input type="radio" name="compare-mode" value="team" checked={mode === 'team'} onChange={() => setMode('team')} /> Reports from different
          people on the same program
        </label>
        <label>
          <input type="radio" name="compare-mode" value="over-time" checked={mode === 'over-time'} onChange={() => setMode('over-time')} /> Checks of
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
