import { atom } from 'nanostores';
import { createActor, type Actor } from 'xstate';
import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';
import { answersOnPath } from '../questionnaire/answers-on-path';
import { createInterviewMachine, currentStep, type InterviewMachine } from '../interview/machine';
import { FINISHED } from '../questionnaire/branches';
import { followAnswers } from '../questionnaire/follow';
import { progressOf, questionsSkipped, type Progress } from '../interview/progress';
import { replayProgress } from '../interview/replay';
import { salvageAnswers } from '../interview/salvage-answers';
import { carriesOver, revisionOutcome, startRevision, type Revision } from '../interview/revision';
import { migrateAnswers } from '../share/migrations';
import { $savedInterview, $savedInterviewUnreadable, type SavedInterview } from './saved-interview';

/** Why saved progress could not be used as it was, for a notice; `null` when all is well. */
export type RestoreProblem = null | 'unreadable' | 'partly-dropped';

/** What the last action changed beyond moving one step, so the page can say it instead of letting counts jump. */
export type StepNote =
  | null
  /** The answer ruled out a longer branch: the expected total fell by `count`. */
  | { kind: 'skipped'; count: number }
  /** A change from the review reached a question not answered before; `kept` later answers carried over. */
  | { kind: 'new-question'; kept: number }
  /** A change from the review reached the end: `removed` questions no longer apply, `added` were asked. */
  | { kind: 'revised'; removed: number; added: number };

/** What the interview shows now. */
export interface InterviewView {
  /** The current question id, or `finished` for the review. */
  step: string;
  /** Every answer given, drafts included: a question shows its earlier choice from here. */
  answers: AnswerMap;
  /** The questions answered on the way to the current step. */
  path: string[];
  progress: Progress;
  /** True while an answer changed from the review is being carried to the end. */
  revising: boolean;
  note: StepNote;
}

/** The live interview; `null` until `startInterview` runs in the browser. */
export const $interview = atom<InterviewView | null>(null);

/** Set when saved progress was corrupt or partly invalid, so the page can say so. */
export const $restoreProblem = atom<RestoreProblem>(null);

/** With `partly-dropped`: a sentence for each saved answer (or option) that could not be used; the rest were kept. */
export const $restoreDropped = atom<string[]>([]);

let questions: readonly Question[] = [];
let version = 0;
/** The most questions any path asks: the cap on "of about m" (see progressOf). */
let longest = Number.POSITIVE_INFINITY;
let actor: Actor<InterviewMachine> | undefined;
let revision: Revision | undefined;

/** The view before the interview starts (server render, first paint): the first question. */
export function firstView(all: readonly Question[], longestPath = Number.POSITIVE_INFINITY): InterviewView {
  const step = all[0]!.id;
  return { step, answers: {}, path: [], progress: progressOf(all, step, [], {}, longestPath), revising: false, note: null };
}

function publish(note: StepNote): void {
  if (!actor) return;
  const snapshot = actor.getSnapshot();
  const step = currentStep(snapshot);
  const { answers, path } = snapshot.context;
  if (revision && step === FINISHED) {
    const { removed, added } = revisionOutcome(revision, path);
    note = { kind: 'revised', removed: removed.length, added: added.length };
    revision = undefined;
  }
  $savedInterview.set({ version, answers, path, ...(revision ? { revision } : {}) });
  const progress = progressOf(questions, step, path, answersOnPath(snapshot.context), longest);
  $interview.set({ step, answers, path, progress, revising: revision !== undefined, note });
}

/**
 * Saved progress from an older questionnaire version, carried to this one by the share links' migrations;
 * the path is rebuilt from the migrated answers, since question ids may have changed. Where a migration
 * is missing the answers go through as they are, and replaying them keeps only what still fits.
 */
function upgradeSaved(saved: SavedInterview): { upgraded: SavedInterview; lost: boolean } {
  if (saved.version === 0 || saved.version === version) return { upgraded: saved, lost: false };
  const answers = (saved.version < version && migrateAnswers(saved.answers, saved.version, version)) || saved.answers;
  const { path } = followAnswers(questions, answers);
  return { upgraded: { version, answers, path }, lost: path.length < saved.path.length };
}

/** Starts (or resumes from localStorage) the interview over these questions of questionnaire `questionnaireVersion`. */
export function startInterview(all: readonly Question[], questionnaireVersion: number, longestPath = Number.POSITIVE_INFINITY): void {
  actor?.stop();
  questions = all;
  version = questionnaireVersion;
  longest = longestPath;
  const machine = createInterviewMachine(all);
  const { upgraded, lost } = upgradeSaved($savedInterview.get());
  const salvaged = salvageAnswers(all, upgraded.answers);
  const saved = { ...upgraded, answers: salvaged.answers };
  const { snapshot, dropped } = replayProgress(machine, saved);
  const partly = lost || dropped.length > 0 || salvaged.dropped.length > 0;
  $restoreProblem.set($savedInterviewUnreadable.get() ? 'unreadable' : partly ? 'partly-dropped' : null);
  $restoreDropped.set(salvaged.dropped);
  revision = currentStep(snapshot) === FINISHED ? undefined : saved.revision;
  actor = createActor(machine, { snapshot });
  actor.start();
  publish(null);
}

/** While changing an answer from the review, answers the following questions with their earlier answers where they still apply. */
function carryEarlierAnswers(): number {
  let kept = 0;
  for (;;) {
    const snapshot = actor!.getSnapshot();
    const step = currentStep(snapshot);
    const earlier = snapshot.context.answers[step];
    if (!revision || step === FINISHED || !earlier || !carriesOver(revision, step)) return kept;
    actor!.send({ type: 'answer.submitted', value: earlier });
    if (currentStep(actor!.getSnapshot()) === step) return kept; // the earlier answer no longer fits
    kept++;
  }
}

/** Answers the current question and moves on along the branch the answer selects. */
export function submitAnswer(value: string[]): void {
  if (!actor) return;
  const before = $interview.get()?.progress;
  const step = currentStep(actor.getSnapshot());
  actor.send({ type: 'answer.submitted', value });
  if (currentStep(actor.getSnapshot()) === step) return;
  if (revision) {
    const kept = carryEarlierAnswers();
    const now = currentStep(actor.getSnapshot());
    publish(now !== FINISHED && !revision.before.includes(now) ? { kind: 'new-question', kept } : null);
    return;
  }
  const snapshot = actor.getSnapshot();
  const after = progressOf(questions, currentStep(snapshot), snapshot.context.path, answersOnPath(snapshot.context), longest);
  const skipped = before ? questionsSkipped(before, after) : 0;
  publish(skipped > 0 ? { kind: 'skipped', count: skipped } : null);
}

/** Returns to the previous question on the path taken. */
export function goBack(): void {
  actor?.send({ type: 'interview.back' });
  publish(null);
}

/** Goes back to an answered question to change its answer; the questions after it follow the new branching. */
export function editAnswer(question: string): void {
  if (!actor) return;
  const { path } = actor.getSnapshot().context;
  if (!path.includes(question)) return;
  revision = startRevision(path, question);
  actor.send({ type: 'interview.edit', question });
  publish(null);
}

/** Clears every answer and returns to the first question. */
export function restartInterview(): void {
  $savedInterviewUnreadable.set(false);
  $restoreProblem.set(null);
  $restoreDropped.set([]);
  revision = undefined;
  actor?.send({ type: 'interview.restarted' });
  publish(null);
}

/** Hides the notice about saved progress that could not be restored. */
export function dismissRestoreProblem(): void {
  $restoreProblem.set(null);
  $restoreDropped.set([]);
}
