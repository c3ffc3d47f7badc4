import { useState } from 'preact/hooks';
import { saveFile, today } from '../report/save-file';
import { ManualCopyField } from '../share/ManualCopyField';
import { useCopy, useCopyLink } from '../share/use-copy';

interface Props {
  /** This compare link, to copy. */
  compareUrl: string;
  /** The comparison as Markdown, made when it is asked for. */
  markdown: () => string;
}

/** The last thing done, whose confirmation the status line speaks. */
type Done = 'link' | 'markdown' | 'download' | undefined;

const LINK_MANUAL = 'This browser did not let the page copy: the link is selected below, copy it with Ctrl+C (⌘C on a Mac).';

/** The comparison's actions: copy its link, copy or download it as Markdown, print it. Hidden in print. */
export function CompareToolbar({ compareUrl, markdown }: Props) {
  const link = useCopyLink(compareUrl);
  const [done, setDone] = useState<Done>();
  // The Markdown, shown selected to copy by hand when the clipboard refuses it.
  const markdownCopy = useCopy<HTMLTextAreaElement>();

  const copyLink = () => {
    setDone('link');
    void link.copy();
  };
  const copyMarkdown = async () => {
    setDone('markdown');
    await markdownCopy.copy(markdown());
  };
  const download = () => {
    saveFile(`ai-team-check-comparison-${today()}.md`, new Blob([markdown()], { type: 'text/markdown' }));
    setDone('download');
  };

  let status = '';
  if (done === 'link' && link.state === 'copied') status = 'Compare link copied. The labels you typed travel only inside it.';
  else if (done === 'link' && link.state === 'manual') status = LINK_MANUAL;
  else if (done === 'markdown' && markdownCopy.state === 'manual') status = 'This browser did not allow copying: the Markdown is selected below, ready to copy.';
  else if (done === 'markdown' && markdownCopy.state === 'copied') status = 'Copied the comparison as Markdown.';
  else if (done === 'download') status = 'The comparison is downloading as a Markdown file.';

  return (
    <div class="report-toolbar compare-toolbar" role="group" aria-label="Comparison actions">
      <div class="toolbar-row">
        <button type="button" class="button" onClick={copyLink}>
          Copy compare link
        </button>
        <button type="button" class="button secondary" onClick={() => void copyMarkdown()}>
          Copy as Markdown
        </button>
        <button type="button" class="button secondary" onClick={download}>
          Download .md
        </button>
        <button type="button" class="button secondary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p class="toolbar-status share-status" role="status">
        {status}
      </p>
      {done === 'link' && link.state === 'manual' && <ManualCopyField url={compareUrl} label="Link to this comparison" fieldRef={link.fieldRef} />}
      {done === 'markdown' && markdownCopy.state === 'manual' && (
        <textarea ref={markdownCopy.fieldRef} class="manual-copy" readOnly rows={8} value={markdownCopy.text} aria-label="The comparison as Markdown" />
      )}
    </div>
  );
}
