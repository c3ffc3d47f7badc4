import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CompareEntry, CompareMode } from '../../compare/compare-entry';
import { factQuestionIds } from '../../compare/disagreements';
import type { DiagnosisLibrary } from '../../diagnosis/library';
import type { DisagreementTexts } from '../../schemas/disagreement-text';
import type { ProgramContextText } from '../../schemas/program-context-text';
import type { Codebook } from '../../share/codebook';
import { $compare, loadCompareLink, submitComparison } from '../../stores/compare';
import { CompareForm, type LeftOut } from './CompareForm';
import { CompareResults } from './CompareResults';
import '../../styles/share.css';

interface Props {
  library: DiagnosisLibrary;
  /** Every published codebook, to read the share links. */
  codebooks: Codebook[];
  /** The words for each kind of disagreement (content/compare/disagreements.yaml). */
  texts: DisagreementTexts;
  /** What is said first when they describe different programs (content/compare/program-context.yaml). */
  context: ProgramContextText;
}

/** The compare page's island: reads the compare link in the address, shows the comparison, and a form to change it. */
export default function CompareApp({ library, codebooks, texts, context }: Props) {
  const state = useStore($compare, { ssr: 'initial' });
  const base = import.meta.env.BASE_URL;
  // The form starts again from the address only when the address changed by other means than the form.
  const [formKey, setFormKey] = useState(0);
  const sent = useRef<string | null>(null);
  // Pasted lines the form could not compare: they are not in the compare link, so they are named here until the address changes.
  const [leftOut, setLeftOut] = useState<LeftOut[]>([]);
  const facts = useMemo(() => factQuestionIds(library), [library]);

  useEffect(() => {
    const load = () => {
      loadCompareLink(window.location.hash, codebooks, library, context.questions);
      if (window.location.hash.slice(1) !== sent.current) {
        setFormKey((k) => k + 1);
        setLeftOut([]);
      }
    };
    load();
    window.addEventListener('hashchange', load);
    return () => window.removeEventListener('hashchange', load);
  }, []);

  if (state.status === 'loading') {
    return (
      <p class="compare-loading" aria-busy="true">
        Reading the links…
      </p>
    );
  }

  const reportPage = `${window.location.origin}${base}report/`;
  const compare = (entries: CompareEntry[], mode: CompareMode, lines: LeftOut[]) => {
    setLeftOut(lines);
    // Set before `hashchange` runs `load` (an event, so later): the form then stays as it is.
    sent.current = submitComparison(entries, mode, window.location, codebooks, library, context.questions);
  };
  const unreadable: LeftOut[] = [...leftOut, ...state.entries.flatMap((e) => (e.ok ? [] : [{ name: e.name, message: e.message }]))];
  const { comparison } = state;

  const form = (
    <CompareForm
      key={formKey}
      initialLinks={state.entries.map((e) => `${reportPage}#${e.payload}`)}
      initialLabels={state.entries.map((e) => e.label)}
      initialMode={state.mode}
      codebooks={codebooks}
      questions={library.questions}
      onCompare={compare}
    />
  );

  return (
    <div class="compare">
      {(state.problems.length > 0 || unreadable.length > 0) && (
        <div class="notice compare-problems" role="note" aria-label="Links left out">
          <p>
            {unreadable.length === 1 ? 'One link was left out of the comparison:' : `${unreadable.length || 'Some'} links were left out of the comparison:`}
          </p>
          <ul>
            {state.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
            {unreadable.map((e, i) => (
              <li key={i} data-unreadable={e.name}>
                <strong>{e.name}:</strong> {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {comparison ? (
        <>
          <CompareResults comparison={comparison} texts={texts} context={context} facts={facts} compareUrl={window.location.href} focus={sent.current === window.location.hash.slice(1)} />
          <details class="compare-edit">
            <summary>Change the links or labels</summary>
            {form}
          </details>
        </>
      ) : (
        <>
          {state.entries.length > 0 && (
            <p class="compare-more">
              {state.entries.filter((e) => e.ok).length === 1
                ? 'One report is ready. Add at least one more link, one a line, to compare.'
                : 'Paste at least two readable report links to compare them.'}
            </p>
          )}
          {form}
        </>
      )}
    </div>
  );
}
