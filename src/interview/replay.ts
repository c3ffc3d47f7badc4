import { createActor } from 'xstate';
import type { AnswerMap } from '../schemas/answers';
import { currentStep, type InterviewMachine, type InterviewSnapshot } from './machine';

/** Saved progress: every answer given (drafts too) and the questions answered on the way, in order. */
export interface SavedProgress {
  answers: AnswerMap;
  path: string[];
}

/** The outcome of replaying saved progress through the current interview. */
export interface Replayed {
  snapshot: InterviewSnapshot;
  /** Questions from the saved path that the current interview no longer accepts (and the rest after them). */
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
  // Keep drafts of questions off the path, so that returning to them shows the earlier choice.
  const drafts: AnswerMap = {};
  for (const [id, value] of Object.entries(saved.answers)) {
    if (!replayed.context.path.includes(id) && !dropped.includes(id) && Array.isArray(value)) drafts[id] = value;
  }
  actor.stop();
  const snapshot = machine.resolveState({
    value: replayed.value,
    context: { ...replayed.context, answers: { ...drafts, ...replayed.context.answers } },
  });
  return { snapshot, dropped };
}

const MAX_SAVED_QUESTIONS = 500;
/** Question ids are kebab-case; anything else (such as `__proto__`) is not an answer. */
const SAVED_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Reads saved progress from untrusted JSON (localStorage, a hand-edited value): the well-formed
 * answers and path survive, anything else is left out; `undefined` when nothing usable is there.
 * Written by hand rather than with zod to keep the interview's JavaScript small.
 */
export function parseSavedProgress(value: unknown): SavedProgress | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { answers, path } = value as Record<string, unknown>;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers) || !Array.isArray(path)) return undefined;
  const kept: AnswerMap = {};
  for (const [id, chosen] of Object.entries(answers).slice(0, MAX_SAVED_QUESTIONS)) {
    if (SAVED_ID.test(id) && Array.isArray(chosen) && chosen.length <= 100 && chosen.every((o) => typeof o === 'string')) kept[id] = chosen;
  }
  const ids = path.slice(0, MAX_SAVED_QUESTIONS).filter((id): id is string => typeof id === 'string');
  return { answers: kept, path: ids };
}
