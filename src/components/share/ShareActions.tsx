import { useState } from 'preact/hooks';
import { ToolbarMenu } from '../report/ToolbarMenu';
import { ManualCopyField } from './ManualCopyField';
import { useCopyLink } from './use-copy';
import '../../styles/share.css';

interface Props {
  /** The standalone report link, `…/report/#<payload>`. */
  shareUrl: string;
}

const MANUAL = 'This browser did not let the page copy: the link is selected below, copy it with Ctrl+C (⌘C on a Mac).';

/** The report's sharing actions: copy its link (the primary action), and a Share menu: compare with colleagues, a reminder in 90 days, the QR code. */
export function ShareActions({ shareUrl }: Props) {
  const base = import.meta.env.BASE_URL;
  const { state, copy, fieldRef } = useCopyLink(shareUrl);
  const [reminded, setReminded] = useState(false);
  const payload = shareUrl.slice(shareUrl.indexOf('#') + 1);
  // Inside a frame (the embedded check) the compare page opens in its own tab, not in the host's frame.
  const framed = typeof window !== 'undefined' && window.self !== window.top;

  const remind = async () => {
    // The calendar file's code (and the compare link's codec) is fetched when a reminder is first asked for.
    (await import('./reminder-download')).downloadReminder(shareUrl, base);
    setReminded(true);
  };
  const copyLink = () => {
    setReminded(false);
    void copy();
  };

  let status = '';
  if (reminded) status = 'Calendar file downloaded: open it to add the reminder, with this report’s link, to your calendar.';
  else if (state === 'copied') status = 'Link copied. Anyone who opens it sees this report; the answers travel inside the link.';
  else if (state === 'manual') status = MANUAL;

  return (
    <div class="share-actions">
      <button type="button" class="button" onClick={copyLink}>
        Copy link
      </button>
      <ToolbarMenu label="Share" id="share-menu">
        <a class="menu-item" href={`${base}compare/#${payload}`} {...(framed ? { target: '_blank', rel: 'noopener' } : {})}>
          Compare with colleagues
        </a>
        <button type="button" class="menu-item" onClick={remind}>
          Remind me in 90 days
        </button>
        <a
          class="menu-item"
          href="#share-note"
          onClick={(event) => {
            // Not a change of the address: its fragment holds the report's answers.
            event.preventDefault();
            const note = document.getElementById('share-note');
            if (note instanceof HTMLDetailsElement) note.open = true;
            note?.scrollIntoView({ block: 'center' });
            note?.querySelector('summary')?.focus();
          }}
        >
          Show the QR code
        </a>
      </ToolbarMenu>
      <p class="toolbar-status share-status" role="status">
        {status}
      </p>
      {state === 'manual' && <ManualCopyField url={shareUrl} label="Link to this report" fieldRef={fieldRef} />}
    </div>
  );
}
