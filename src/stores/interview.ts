/**
 * The live interview: one actor of the interview machine, a subscription that shows its snapshot in
 * `$interview`, and another that saves it. Every rule of the interview (branching, changing an answer,
 * carrying answers over, restoring saved progress) lives in the machine; the actions here only send it events.
 */
import { atom, computed } from 'nanostores';
import { createActor, type Actor } from 'xstate';
import type { InterviewInput, RestoreProblem } from '../interview/interview-context';
import { firstView, savedOf, viewOf, type InterviewView } from '../interview/interview-view';
import { followAnswers } from '../questionnaire/follow';
import { createInterviewMachine, type InterviewMachine } from '../interview/machine';
import type { Question } from '../schemas/question';
import { migrateAnswers } from '../share/migrations';
import { $savedInterview, $savedInterviewUnreadable, type SavedInterview } from './saved-interview';

export type { RestoreProblem, StepNote } from '../interview/interview-context';
export type { InterviewView };
export { firstView };

/** The live interview; `null` until `startInterview` runs in the browser. */
export const $interview = atom<InterviewView | null>(null);

/** Set when saved progress was corrupt or partly invalid, so the page can say so. */
export const $restoreProblem = computed($interview, (view): RestoreProblem => view?.notice?.problem ?? null);

const NOTHING_DROPPED: string[] = [];

/** With `partly-dropped`: a sentence for each saved answer (or option) that could not be used; the rest were kept. */
export const $restoreDropped = computed($interview, (view) => view?.notice?.dropped ?? NOTHING_DROPPED);

let actor: Actor<InterviewMachine> | undefined;

/**
 * Saved progress from an older questionnaire version, carried to this one by the share links' migrations;
 * the path is rebuilt from the migrated answers, since question ids may have changed. Where a migration
 * is missing the answers go through as they are, and the machine keeps only what still fits.
 */
function upgradeSaved(saved: SavedInterview, questions: readonly Question[], version: number): { saved: Omit<SavedInterview, 'version'>; lost: boolean } {
  if (saved.version === 0 || saved.version === version) return { saved, lost: false };
  const answers = (saved.version < version && migrateAnswers(saved.answers, saved.version, version)) || saved.answers;
  const { path } = followAnswers(questions, answers);
  return { saved: { answers, path }, lost: path.length < saved.path.length };
}

/** Starts (or resumes from localStorage) the interview over these questions of questionnaire `questionnaireVersion`. */
export function startInterview(questions: readonly Question[], questionnaireVersion: number, longestPath = Number.POSITIVE_INFINITY): void {
  actor?.stop();
  const { saved, lost } = upgradeSaved($savedInterview.get(), questions, questionnaireVersion);
  const { answers, path, revision } = saved;
  const input: InterviewInput = { answers, path, ...(revision ? { revision } : {}), unreadable: $savedInterviewUnreadable.get(), lost };
  actor = createActor(createInterviewMachine(questions, longestPath), { input });
  actor.subscribe((snapshot) => $interview.set(viewOf(snapshot, questions, longestPath)));
  // Persistence is a reaction: whatever state the machine settles in is what a reload restores.
  actor.subscribe((snapshot) => $savedInterview.set({ version: questionnaireVersion, ...savedOf(snapshot) }));
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

/** From the review, goes back to an answered question to change its answer; the questions after it follow the new branching. */
export function editAnswer(question: string): void {
  actor?.send({ type: 'interview.edit', question });
}

/** Clears every answer and returns to the first question. */
export function restartInterview(): void {
  $savedInterviewUnreadable.set(false);
  actor?.send({ type: 'interview.restarted' });
}

/** Hides the notice about saved progress that could not be restored. */
export function dismissRestoreProblem(): void {
  actor?.send({ type: 'notice.dismissed' });
}
