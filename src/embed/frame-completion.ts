/**
 * The interview page's "completed" message (see `protocol.ts`): posted once, when the respondent
 * reaches the end of the interview in this page. A page that opens at the review (a reload there, or
 * back from the frame's report) posts nothing: the host already heard of that completion. Kept apart
 * from `frame-dom.ts` so the frame's report page does not load the interview.
 */
import type { ReadableAtom } from 'nanostores';
import type { InterviewView } from '../interview/interview-view';
import { FINISHED } from '../questionnaire/branches';
import { post } from './frame-dom';
import { completedMessage, type FrameMessage } from './protocol';

/** Posts `completed` (through `send`) the first time `interview` arrives at its end (the review); answers stay here. */
export function reportCompletion(interview: ReadableAtom<InterviewView | null>, send: (message: FrameMessage) => void = post): void {
  let opened = false;
  let sent = false;
  interview.subscribe((view) => {
    if (!view || sent) return;
    const finished = view.step === FINISHED;
    if (finished && opened) {
      sent = true;
      send(completedMessage());
    }
    if (!opened) {
      opened = true;
      sent = finished; // the page opened at the review
    }
  });
}
