/**
 * The interview page's "step" message (see `protocol.ts`): posted each time the frame moves to another
 * question or to the review, never when it first opens, so the loader can bring the frame's top back
 * into view on a host page the reader scrolled down (on a phone, the next question would otherwise
 * start above the screen). It names no question and no answer.
 */
import { $interview } from '../stores/interview';
import { post } from './frame-dom';
import { stepMessage } from './protocol';

/** Posts `step` whenever the interview's current step changes after it opened. */
export function reportSteps(): void {
  let last: string | undefined;
  $interview.subscribe((view) => {
    if (!view) return;
    if (last !== undefined && view.step !== last) post(stepMessage());
    last = view.step;
  });
}
