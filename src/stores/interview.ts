import { atom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { createActor, type Actor } from 'xstate';
import { QUESTIONNAIRE_VERSION } from '../schemas/answers';
import type { Question } from '../schemas/question';
import { createInterviewMachine, currentStep, type InterviewMachine } from '../interview/machine';
import { parseSavedProgress, replayProgress, type SavedProgress } from '../interview/replay';
import { STORAGE_PREFIX } from './storage-key';

interface SavedInterview extends SavedProgress {
  version: number;
}

const EMPTY: SavedInterview = { version: QUESTIONNAIRE_VERSION, answers: {}, path: [] };

/** Why saved progress could not be used as it was, for a notice; `null` when all is well. */
export type RestoreProblem = null | 'unreadable' | 'partly-dropped';

let decodeProblem: RestoreProblem = null;

function decodeSaved(text: string): SavedInterview {
  try {
    const parsed = parseSavedProgress(JSON.parse(text));
    if (parsed) return { version: QUESTIONNAIRE_VERSION, ...parsed };
  } catch {
    // fall through: unreadable JSON is treated like any other corrupt value
  }
  decodeProblem = 'unreadable';
  return EMPTY;
}

/** Progress of the interview in this browser, kept in localStorage so a reload resumes it. */
export const $savedInterview = persistentAtom<SavedInterview>(`${STORAGE_PREFIX}interview`, EMPTY, {
  encode: JSON.stringify,
  decode: decodeSaved,
  listen: false,
});

/** What the interview shows now: the current step (a question id or `finished`) and the answers. */
export interface InterviewView {
  step: string;
  /** Every answer given, drafts included: the current question shows its earlier choice from here. */
  answers: SavedProgress['answers'];
  /** The questions answered on the way to the current step. */
  path: string[];
}

/** The live interview; `null` until `startInterview` runs in the browser. */
export const $interview = atom<InterviewView | null>(null);

/** Set when saved progress was corrupt or partly invalid, so the page can say so. */
export const $restoreProblem = atom<RestoreProblem>(null);

let actor: Actor<InterviewMachine> | undefined;

/** Starts (or resumes from localStorage) the interview over these questions. */
export function startInterview(questions: readonly Question[]): void {
  actor?.stop();
  const machine = createInterviewMachine(questions);
  const saved = $savedInterview.get();
  const { snapshot, dropped } = replayProgress(machine, saved);
  $restoreProblem.set(decodeProblem ?? (dropped.length > 0 ? 'partly-dropped' : null));
  actor = createActor(machine, { snapshot });
  actor.subscribe((next) => {
    const view = { step: currentStep(next), answers: next.context.answers, path: next.context.path };
    $interview.set(view);
    $savedInterview.set({ version: QUESTIONNAIRE_VERSION, answers: view.answers, path: view.path });
  });
  actor.start();
}

/** Answers the current question and moves on along the branch the answer selects. */
export function submitAnswer(value: string[]): void {
  actor?.send({ type: 'answer.submitted', value });
}

/** Returns to the previous question on the path taken. */
export function goBack(): void {
  actor?.send({ type: 'interview.back' });
}

/** Clears every answer and returns to the first question. */
export function restartInterview(): void {
  decodeProblem = null;
  $restoreProblem.set(null);
  actor?.send({ type: 'interview.restarted' });
}

/** Hides the notice about saved progress that could not be restored. */
export function dismissRestoreProblem(): void {
  $restoreProblem.set(null);
}
