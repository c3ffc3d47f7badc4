export { answersOnPath } from '../questionnaire/answers-on-path';
/**
 * What the interview machine remembers, what it starts from, and the notes it leaves for the page.
 * Pure: the machine's actions call these, and so can a test.
 */
import type { AnswerMap } from '../schemas/answers';
import type { Question } from '../schemas/question';
import type { Revision } from './revision';
import { salvageAnswers } from './salvage-answers';

/** What the last step changed beyond moving one step, so the page can say it instead of letting counts jump. */
export type StepNote =
  | null
  /** The answer ruled out a longer branch: the expected total fell by `count`. */
  | { kind: 'skipped'; count: number }
  /** A change from the review reached a question not answered before; `kept` later answers carried over. */
  | { kind: 'new-question'; kept: number }
  /** A change from the review reached the end: `removed` questions no longer apply, `added` were asked. */
  | { kind: 'revised'; removed: number; added: number };

/** Why saved progress could not be used as it was, for a notice; `null` when all is well. */
export type RestoreProblem = null | 'unreadable' | 'partly-dropped';

/** The notice about restored progress, until the respondent dismisses it or starts over. */
export interface RestoreNotice {
  problem: Exclude<RestoreProblem, null>;
  /** A sentence for each saved answer (or option) that could not be used; the rest were kept. */
  dropped: string[];
}

/** What the interview remembers. */
export interface InterviewContext {
  /** Answers by question id; may hold drafts for questions that are no longer on the path. */
  answers: AnswerMap;
  /** The questions answered on the way to the current one, in order. */
  path: string[];
  /** A change to an answer begun from the review, until it reaches the review again. */
  revision: Revision | null;
  /** While restoring: the saved path not replayed yet. Empty otherwise. */
  pending: string[];
  /** While carrying a change forward: how many earlier answers were kept so far. */
  kept: number;
  /** What the last step changed, for the page to say. */
  note: StepNote;
  /** Saved progress that could not be used as it was; `null` when all was well or once dismissed. */
  notice: RestoreNotice | null;
}

/** Saved progress to restore from, as the store read it from storage (already migrated to this version). */
export interface InterviewInput {
  /** Every answer saved, drafts included; answers this version cannot use are left out and named. */
  answers?: AnswerMap;
  /** The questions answered, in order: replayed through the branching, as far as it still leads. */
  path?: string[];
  /** A change begun from the review and not yet carried to the end. */
  revision?: Revision;
  /** The saved value could not be read at all. */
  unreadable?: boolean;
  /** Carrying the answers to this questionnaire version lost part of the path. */
  lost?: boolean;
}

/** The context before replaying `input`: its usable answers, its path pending, and any notice it already needs. */
export function initialContext(questions: readonly Question[], input: InterviewInput | undefined): InterviewContext {
  const salvaged = salvageAnswers(questions, input?.answers ?? {});
  const partly = input?.lost === true || salvaged.dropped.length > 0;
  return {
    answers: salvaged.answers,
    path: [],
    revision: input?.revision ?? null,
    pending: [...(input?.path ?? [])],
    kept: 0,
    note: null,
    notice: input?.unreadable
      ? { problem: 'unreadable', dropped: salvaged.dropped }
      : partly
        ? { problem: 'partly-dropped', dropped: salvaged.dropped }
        : null,
  };
}

/** The notice once replaying is over: saved questions the branching no longer reached count as partly dropped. */
export function noticeAfterRestore(context: InterviewContext): RestoreNotice | null {
  if (context.notice || context.pending.length === 0) return context.notice;
  return { problem: 'partly-dropped', dropped: [] };
}

/** The context after "Start over": nothing answered, nothing noted. */
export function clearedContext(): InterviewContext {
  return { answers: {}, path: [], revision: null, pending: [], kept: 0, note: null, notice: null };
}
