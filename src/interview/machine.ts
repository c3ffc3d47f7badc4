import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Question } from '../schemas/question';
import { answerFits } from '../questionnaire/answer-fits';
import { FINISHED } from '../questionnaire/branches';
import { nextStep } from '../questionnaire/follow';
import {
  answersOnPath,
  clearedContext,
  initialContext,
  noticeAfterRestore,
  type InterviewContext,
  type InterviewInput,
} from './interview-context';
import { interviewStates } from './machine-states';
import { progressOf, questionsSkipped } from './progress';
import { carriesOver, revisionOutcome, startRevision } from './revision';

export { answersOnPath, type InterviewContext, type InterviewInput, type StepNote } from './interview-context';

export type InterviewEvent =
  | { type: 'answer.submitted'; value: string[] }
  | { type: 'interview.back' }
  /** From the review: return to a question on the path to change its answer; the later answers carry over where they still apply. */
  | { type: 'interview.edit'; question: string }
  | { type: 'interview.restarted' }
  /** The respondent read the notice about saved progress that could not be used as it was. */
  | { type: 'notice.dismissed' };

/**
 * Compiles validated questions (start first) into an XState machine. A question is a state while
 * answering (its id) and while changing an answer from the review (`revising.<id>`); `finished` is the
 * review. Two kinds of state are only passed through: `restoring.<id>` replays saved progress (the
 * machine's `input`) and `carrying.<id>` answers a question with its earlier answer after a change, each
 * as far as the answers still fit. `longestPath` caps the progress count (see progressOf).
 */
export function createInterviewMachine(questions: readonly Question[], longestPath = Number.POSITIVE_INFINITY) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const start = questions.find((q) => q.start)?.id ?? questions[0]?.id;
  if (!start) throw new Error('The interview has no questions.');
  const question = (id: string) => byId.get(id)!;
  const draft = (context: InterviewContext, id: string) => (Object.hasOwn(context.answers, id) ? context.answers[id] : undefined);
  const draftFits = (context: InterviewContext, id: string) => {
    const value = draft(context, id);
    return value !== undefined && answerFits(question(id), value);
  };
  const progressAt = (step: string, context: Pick<InterviewContext, 'answers' | 'path'>) =>
    progressOf(questions, step, context.path, answersOnPath(context), longestPath);

  const machineSetup = setup({
    types: {
      context: {} as InterviewContext,
      events: {} as InterviewEvent,
      input: {} as InterviewInput | undefined,
    },
    guards: {
      answerFits: ({ event }, params: { question: string }) =>
        event.type === 'answer.submitted' && answerFits(question(params.question), event.value),
      /** The submitted answer leads to `target`, by the branching's one rule. */
      answerLeadsTo: ({ context, event }, params: { question: string; target: string }) =>
        event.type === 'answer.submitted' &&
        nextStep(question(params.question), { ...answersOnPath(context), [params.question]: event.value }) === params.target,
      /** The answer held for the question (saved, or given before a change) leads to `target`. */
      draftLeadsTo: ({ context }, params: { question: string; target: string }) =>
        nextStep(question(params.question), { ...answersOnPath(context), [params.question]: draft(context, params.question)! }) ===
        params.target,
      /** Restoring: the saved path asks this question next and its saved answer still fits it. */
      restoresAt: ({ context }, params: { question: string }) =>
        context.pending[0] === params.question && draftFits(context, params.question),
      /** Carrying a change forward: the question was answered after the changed one, and that answer still fits. */
      carriesOver: ({ context }, params: { question: string }) =>
        context.revision !== null && carriesOver(context.revision, params.question) && draftFits(context, params.question),
      hasRevision: ({ context }) => context.revision !== null,
      cameFrom: ({ context }, params: { question: string }) => context.path.at(-1) === params.question,
      asksToEdit: ({ context, event }, params: { question: string }) =>
        event.type === 'interview.edit' && event.question === params.question && context.path.includes(params.question),
    },
    actions: {
      recordAnswer: assign(({ context, event }, params: { question: string }) =>
        event.type === 'answer.submitted'
          ? { answers: { ...context.answers, [params.question]: [...event.value] }, path: [...context.path, params.question], kept: 0 }
          : {},
      ),
      /** After an answer while answering: how many questions it took off the expected total. */
      noteSkipped: assign(({ context }, params: { question: string; target: string }) => {
        const before = progressAt(params.question, { answers: context.answers, path: context.path.slice(0, -1) });
        const skipped = questionsSkipped(before, progressAt(params.target, context));
        return { note: skipped > 0 ? { kind: 'skipped' as const, count: skipped } : null };
      }),
      recordDraft: assign(({ context }, params: { question: string }) => ({ path: [...context.path, params.question] })),
      countCarried: assign(({ context }) => ({ kept: context.kept + 1 })),
      shiftPending: assign(({ context }) => ({ pending: context.pending.slice(1) })),
      finishRestore: assign(({ context }) => ({ notice: noticeAfterRestore(context), pending: [], note: null })),
      dropRevision: assign(() => ({ revision: null })),
      keepOnlyPathAnswers: assign(({ context }) => ({ answers: answersOnPath(context) })),
      /** The change reached the review: say what it removed and added, and end it. */
      closeRevision: assign(({ context }) => {
        if (!context.revision) return { note: null };
        const { removed, added } = revisionOutcome(context.revision, context.path);
        return { note: { kind: 'revised' as const, removed: removed.length, added: added.length }, revision: null };
      }),
      /** Carrying stopped at a question to ask: say so when it was not on the path before the change. */
      stopCarrying: assign(({ context }, params: { question: string }) => ({
        note: context.revision && !context.revision.before.includes(params.question) ? { kind: 'new-question' as const, kept: context.kept } : null,
      })),
      stepBack: assign(({ context }) => ({ path: context.path.slice(0, -1), note: null })),
      // Answers after the edited question become drafts: they count again only if the path reaches them.
      beginRevision: assign(({ context }, params: { question: string }) => ({
        revision: startRevision(context.path, params.question),
        path: context.path.slice(0, context.path.indexOf(params.question)),
        kept: 0,
        note: null,
      })),
      clearAnswers: assign(() => clearedContext()),
      dismissNotice: assign(() => ({ notice: null })),
    },
  });

  return machineSetup.createMachine({
    id: 'interview',
    context: ({ input }) => initialContext(questions, input),
    initial: 'restoring',
    on: {
      'interview.restarted': { target: `#interview.${start}`, actions: 'clearAnswers' },
      'notice.dismissed': { actions: 'dismissNotice' },
    },
    states: interviewStates(questions, start, FINISHED) as never,
  });
}

export type InterviewMachine = ReturnType<typeof createInterviewMachine>;
export type InterviewSnapshot = SnapshotFrom<InterviewMachine>;

/** The id of the question a snapshot is on (answering or revising), or `FINISHED`. */
export function currentStep(snapshot: Pick<InterviewSnapshot, 'value'>): string {
  const value = snapshot.value as string | Record<string, string>;
  return typeof value === 'string' ? value : Object.values(value)[0]!;
}

/** Whether a snapshot is changing an answer from the review. */
export function isRevising(snapshot: Pick<InterviewSnapshot, 'value'>): boolean {
  return typeof snapshot.value === 'object' && 'revising' in snapshot.value;
}
