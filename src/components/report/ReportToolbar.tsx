import { useState } from 'preact/hooks';
import type { FindingBodies } from '../../diagnosis/finding-bodies';
import type { PathForward } from '../../diagnosis/path-forward';
import type { Report } from '../../diagnosis/report';
import type { AnswerMap } from '../../schemas/answers';
import { saveFile, today } from './save-file';
import { ShareActions } from '../share/ShareActions';
import { useCopy } from '../share/use-copy';
import { ToolbarMenu } from './ToolbarMenu';
import { useOnDemand } from '../use-on-demand';

interface Props {
  report: Report;
  path?: PathForward | undefined;
  /** The report shows a what-if scenario, not the answers it came from. */
  scenario?: boolean;
  bodies: FindingBodies;
  shareUrl?: string | undefined;
  methodUrl: string;
  onEdit: () => void;
  onPresent: () => void;
  /** This build's questionnaire version, written into an exported answers file and read imports into. */
  version: number;
  onImported: (answers: AnswerMap, dropped: string[]) => string | undefined;
}

/** The report's actions in one row that fits a phone: Copy link, Share and Export menus, Present, Edit answers. Hidden in print. */
export function ReportToolbar({ report, path, scenario, bodies, shareUrl, methodUrl, onEdit, onPresent, version, onImported }: Props) {
  const [status, setStatus] = useState('');
  const markdownCopy = useCopy<HTMLTextAreaElement>();
  // The import's item is fetched as the reader comes to the Export menu, not with the report.
  const [importWanted, setImportWanted] = useState(false);
  const ImportAnswers = useOnDemand(importWanted, () => import('./ImportAnswers').then((m) => m.ImportAnswers));
  // The exports' code is fetched when one is first used, not with the report.
  const markdown = async () => (await import('../../diagnosis/markdown')).reportToMarkdown(report, bodies, { shareUrl, methodUrl, scenario }, path);
  const answersFile = async () => (await import('../../diagnosis/answers-file')).answersFileText(report.answers, version);

  const copyMarkdown = async () => {
    const copied = (await markdownCopy.copy(await markdown())) === 'copied';
    setStatus(copied ? 'Copied the report as Markdown.' : 'This browser did not allow copying: the Markdown is selected below, ready to copy.');
  };

  return (
    <div class="report-toolbar" role="group" aria-label="Report actions">
      {shareUrl && <ShareActions shareUrl={shareUrl} />}
      <ToolbarMenu label="Export" id="export-menu" onApproach={() => setImportWanted(true)}>
        <button type="button" class="menu-item" onClick={() => window.print()}>
          Save as PDF
        </button>
        <button type="button" class="menu-item" onClick={copyMarkdown}>
          Copy as Markdown
        </button>
        <button type="button" class="menu-item" onClick={async () => saveFile(`ai-team-check-report-${today()}.md`, new Blob([await markdown()], { type: 'text/markdown' }))}>
          Download .md
        </button>
        <button type="button" class="menu-item" onClick={async () => saveFile(`ai-team-check-answers-${today()}.json`, new Blob([await answersFile()], { type: 'application/json' }))}>
          Export answers (.json)
        </button>
        {ImportAnswers && <ImportAnswers version={version} onImported={onImported} />}
      </ToolbarMenu>
      <button type="button" class="button secondary" onClick={onPresent}>
        Present
      </button>
      <button type="button" class="button secondary" onClick={onEdit}>
        Edit answers
      </button>
      <p class="toolbar-status" role="status">
        {status}
      </p>
      {markdownCopy.state === 'manual' && <textarea ref={markdownCopy.fieldRef} class="manual-copy" readOnly rows={8} value={markdownCopy.text} aria-label="The report as Markdown" />}
    </div>
  );
}
