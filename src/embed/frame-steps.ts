/**
 * The interview page's "step" message (see `protocol.ts`): posted each time the frame moves to another
 * question or to the review, never when it first opens, so the loader can bring the frame's top back
 * into view on a host page the reader scrolled down (on a phone, the next question would otherwise
 * start above the screen). It names no question and no answer.
 */
import type { ReadableAtom } from 'nanostores';
import type { InterviewView } from '../interview/interview-view';
import { post } from './frame-dom';
import { stepMessage, type FrameMessage } from './protocol';

/** Posts `step` (through `send`) whenever the current step of `interview` changes after it opened. */
export function reportSteps(interview: ReadableAtom<InterviewView | null>, send: (message: FrameMessage) => void = post): void {
  let last: string | undefined;
  interview.subscribe((view) => {
    if (!view) return;
    if (last !== undefined && view.step !== last) send(stepMessage());
    last = view.step;
  });
}
