import { createActor } from 'xstate';
import type { AnswerMap } from '../schemas/answers';
import type { SavedProgress } from './saved-progress';
import { currentStep, type InterviewMachine, type InterviewSnapshot } from './machine';

export type { SavedProgress };

/** The outcome of replaying saved progress through the current interview. */
export interface Replayed {
  snapshot: InterviewSnapshot;
  /** Questions from the saved path that the current interview no longer accepts, and the rest after them (kept as drafts). */
  dropped: string[];
}

/**
 * Rebuilds an interview snapshot by replaying saved answers through the machine, so that only
 * answers the current questions accept survive: a changed questionnaire or a hand-edited store
 * keeps its valid beginning and loses nothing else silently (`dropped` says what went).
 */
export function replayProgress(machine: InterviewMachine, saved: SavedProgress): Replayed {
  const actor = createActor(machine).start();
  const dropped: string[] = [];
  for (const [i, id] of saved.path.entries()) {
    const value = Object.hasOwn(saved.answers, id) ? saved.answers[id] : undefined;
    if (currentStep(actor.getSnapshot()) !== id || !value) {
      dropped.push(...saved.path.slice(i));
      break;
    }
    actor.send({ type: 'answer.submitted', value });
    if (actor.getSnapshot().context.path.at(-1) !== id) {
      dropped.push(...saved.path.slice(i));
      break;
    }
  }
  const replayed = actor.getSnapshot();
  // Keep every answer off the path as a draft, those after a break too, so that returning to a question
  // shows the earlier choice: one unusable answer costs that answer, not the ones given after it.
  const drafts: AnswerMap = {};
  for (const [id, value] of Object.entries(saved.answers)) {
    if (!replayed.context.path.includes(id) && Array.isArray(value)) drafts[id] = value;
  }
  actor.stop();
  const snapshot = machine.resolveState({
    value: replayed.value,
    context: { ...replayed.context, answers: { ...drafts, ...replayed.context.answers } },
  });
  return { snapshot, dropped };
}

