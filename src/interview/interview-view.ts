/**
 * What the page shows of an interview snapshot, and what is saved of it: plain data derived from the
 * machine's state, so the store only passes it on.
 */
import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';
import { answersOnPath, type RestoreNotice, type StepNote } from './interview-context';
import { currentStep, isRevising, type InterviewSnapshot } from './machine';
import { progressOf, type Progress } from './progress';
import type { Revision } from './revision';

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
  /** Saved progress that could not be used as it was, until dismissed. */
  notice: RestoreNotice | null;
}

/** What is saved of an interview: its answers (drafts too), its path and an unfinished change. */
export interface SavedSnapshot {
  answers: AnswerMap;
  path: string[];
  revision?: Revision;
}

/** The view of a snapshot of the interview over `questions`; `longestPath` caps "of about m". */
export function viewOf(snapshot: InterviewSnapshot, questions: readonly Question[], longestPath = Number.POSITIVE_INFINITY): InterviewView {
  const step = currentStep(snapshot);
  const { answers, path, note, notice } = snapshot.context;
  const progress = progressOf(questions, step, path, answersOnPath(snapshot.context), longestPath);
  return { step, answers, path, progress, revising: isRevising(snapshot), note, notice };
}

/** The view before the interview starts (server render, first paint): the first question. */
export function firstView(questions: readonly Question[], longestPath = Number.POSITIVE_INFINITY): InterviewView {
  const step = questions[0]!.id;
  return { step, answers: {}, path: [], progress: progressOf(questions, step, [], {}, longestPath), revising: false, note: null, notice: null };
}

/** What to save of a snapshot, so that restoring it (the machine's input) returns to the same place. */
export function savedOf(snapshot: InterviewSnapshot): SavedSnapshot {
  const { answers, path, revision } = snapshot.context;
  return { answers, path, ...(revision ? { revision } : {}) };
}
