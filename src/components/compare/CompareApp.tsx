import { useStoreAtOnce } from '../use-store-at-once';
import { useEffect, useMemo } from 'preact/hooks';
import { factQuestionIds } from '../../compare/disagreements';
import type { DiagnosisLibrary } from '../../diagnosis/library';
import type { DisagreementTexts } from '../../schemas/disagreement-text';
import type { ProgramContextText } from '../../schemas/program-context-text';
import type { Codebook } from '../../share/codebook';
import type { LeftOut } from '../../compare/compare-form';
import { $compare } from '../../stores/compare';
import { $leftOut, $sentFragment, followCompareAddress, sendCompareForm } from '../../stores/compare-form';
import { CompareForm } from './CompareForm';
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
  const state = useStoreAtOnce($compare);
  const leftOut = useStoreAtOnce($leftOut);
  const sent = useStoreAtOnce($sentFragment);
  const base = import.meta.env.BASE_URL;
  const facts = useMemo(() => factQuestionIds(library), [library]);

  useEffect(() => {
    const load = () => followCompareAddress(window.location.hash, `${window.location.origin}${base}report/`, codebooks, library, context.questions);
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

  const unreadable: LeftOut[] = [...leftOut, ...state.entries.flatMap((e) => (e.ok ? [] : [{ name: e.name, message: e.message }]))];
  const { comparison } = state;

  const form = <CompareForm onSend={() => sendCompareForm(window.location, codebooks, library, context.questions)} />;

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
          <CompareResults comparison={comparison} texts={texts} context={context} facts={facts} compareUrl={window.location.href} focus={sent === window.location.hash.slice(1)} />
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
