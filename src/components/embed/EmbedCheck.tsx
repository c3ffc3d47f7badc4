import { useStoreAtOnce } from '../use-store-at-once';
import { useEffect, useState } from 'preact/hooks';
import { framePageUrl } from '../../embed/frame-pages';
import { DEFAULT_EMBED_PARAMS, parseEmbedParams } from '../../embed/params';
import { canPersist } from '../../embed/storage';
import { FINISHED } from '../../questionnaire/branches';
import type { Question } from '../../schemas/question';
import type { Codebook } from '../../share/codebook';
import { replaceFragment } from '../../stores/address';
import { $interview } from '../../stores/interview';
import type { LinkIntoInterview } from '../../stores/link-into-interview';
import Interview from '../Interview';
import { useOnDemand } from '../use-on-demand';

interface Props {
  /** The validated questions, start question first. */
  questions: Question[];
  /** Every published codebook, to carry the answers to the report in a link. */
  codebooks: Codebook[];
  /** The questionnaire version, saved with the answers. */
  version: number;
  /** The most questions any path asks, which caps "of about m". */
  longestPath: number;
}

/**
 * The embedded check's island: the interview, a notice when the frame cannot keep progress, and at the
 * end a link to the report: the frame's own report page (`embed/report/`), or the standalone report in a
 * new tab. Back from the frame's report, the answers arrive in the fragment and the review opens.
 */
export default function EmbedCheck({ questions, codebooks, version, longestPath }: Props) {
  const base = import.meta.env.BASE_URL;
  const view = useStoreAtOnce($interview);
  // Answers back from the frame's report are in the fragment: the interview starts once they are loaded into
  // it, and the link codec is fetched only then (a fragment is all the first-paint script asks for too).
  const [fromLink, setFromLink] = useState<LinkIntoInterview | 'reading'>(() =>
    typeof window !== 'undefined' && window.location.hash.length > 1 ? 'reading' : 'none',
  );
  // Server render and hydration assume the defaults; the address and the storage are read in the browser.
  const [params, setParams] = useState(DEFAULT_EMBED_PARAMS);
  const [persists, setPersists] = useState(true);
  useEffect(() => {
    setParams(parseEmbedParams(window.location.search));
    setPersists(canPersist(() => window.localStorage));
    if (fromLink !== 'reading') return;
    void import('./embed-links').then(({ loadLinkIntoInterview }) => {
      const loaded = loadLinkIntoInterview(window.location.hash, codebooks, questions);
      setFromLink(loaded);
      // The answers are in the interview now: a reload resumes from there (or, without storage, starts over as it says).
      if (loaded !== 'none') replaceFragment();
    });
  }, []);
  // The links to the report, from the first answer on (the review is fetched then too), not with the first question.
  const links = useOnDemand(view !== null && (view.path.length > 0 || view.step === FINISHED), () => import('./embed-links'));

  const absolute = (path: string) => (typeof window === 'undefined' ? path : new URL(path, window.location.href).href);
  const linkTo = (reportPage: string) => (view && links ? links.reportLinkFor(view.answers, view.path, codebooks, absolute(reportPage)) : undefined);
  // The standalone report is the share link; the frame's report page keeps the host's parameters.
  const newTab = params.report === 'new-tab' ? linkTo(`${base}report/`) : undefined;
  const inFrame = params.report === 'inline' ? linkTo(framePageUrl(base, 'report', params)) : undefined;

  const reportAction = newTab ? (
    <a class="button" href={newTab} target="_blank" rel="noopener">
      Open my report in a new tab
    </a>
  ) : inFrame ? (
    // target="_self": the frame's own page, which the check does not open outside the frame.
    <a class="button" href={inFrame} target="_self">
      See my report
    </a>
  ) : undefined;

  return (
    <div class="embed-check">
      {!persists && (
        <p class="notice embed-no-resume" role="status">
          Your browser does not let this frame save progress, so reloading the page starts the check over. Your
          answers still stay in this browser.
        </p>
      )}
      {fromLink === 'unreadable' && (
        <p class="notice" role="status">
          The answers in this page's address could not be read, so nothing was taken from it.
        </p>
      )}
      <Interview
        questions={questions}
        version={version}
        reportHref={`${base}report/`}
        reportAction={reportAction}
        reviewReady={links !== null}
        ready={fromLink !== 'reading'}
        focusReview={fromLink === 'loaded'}
        longestPath={longestPath}
      />
    </div>
  );
}
