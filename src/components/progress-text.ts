/** The interview's progress line and the note on what the last answer changed, in words. */
import { FINISHED } from '../questionnaire/branches';
import type { InterviewView, StepNote } from '../stores/interview';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The count the progress line shows. */
export function progressText({ step, progress }: InterviewView): string {
  if (step === FINISHED) return `All ${plural(progress.total, 'question', 'questions')} answered`;
  return `Question ${progress.current} of about ${progress.total}`;
}

/** What the last answer changed, in words; empty when nothing needs saying. */
export function noteText(note: StepNote): string {
  if (!note) return '';
  if (note.kind === 'skipped') return `Your answer skipped ${plural(note.count, 'question', 'questions')}.`;
  if (note.kind === 'new-question') {
    return note.kept > 0
      ? `Kept ${plural(note.kept, 'answer', 'answers')} that still ${note.kept === 1 ? 'applies' : 'apply'}. This question is new after your change.`
      : 'This question is new after your change.';
  }
  const { removed, added } = note;
  if (removed === 0 && added === 0) return 'Your change kept every other answer.';
  const dropped = `removed ${plural(removed, 'question', 'questions')} that no longer ${removed === 1 ? 'applies' : 'apply'}`;
  if (added === 0) return `Your change ${dropped}.`;
  if (removed === 0) return `Your change added ${plural(added, 'question', 'questions')}.`;
  return `Your change ${dropped} and added ${added}.`;
}
