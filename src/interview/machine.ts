import { and, assign, setup, type SnapshotFrom } from 'xstate';
import type { AnswerMap } from '../schemas/answers';
import type { Condition } from '../schemas/condition';
import type { Question } from '../schemas/question';
import { evaluateCondition } from '../conditions/evaluate';
import { answerFits } from '../questionnaire/answer-fits';
import { answersOnPath } from '../questionnaire/answers-on-path';
import { branchesOf, END, FINISHED } from '../questionnaire/branches';

/** What the interview remembers: every answer given (drafts included) and the questions answered on the way here. */
export interface InterviewContext {
  /** Answers by question id; may hold drafts for questions that are no longer on the path. */
  answers: AnswerMap;
  /** The questions answered on the way to the current one, in order. */
  path: string[];
}

export type InterviewEvent =
  | { type: 'answer.submitted'; value: string[] }
  | { type: 'interview.back' }
  /** Return to a question already answered on the path, to change its answer; its answer stays as a draft. */
  | { type: 'interview.edit'; question: string }
  | { type: 'interview.restarted' };

/** Compiles validated questions (start first) into an XState machine: one state per question, then `finished`. */
export function createInterviewMachine(questions: readonly Question[]) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const start = questions.find((q) => q.start)?.id ?? questions[0]?.id;
  if (!start) throw new Error('The interview has no questions.');

  const predecessors = new Map<string, Set<string>>([[FINISHED, new Set()]]);
  for (const q of questions) predecessors.set(q.id, new Set());
  for (const q of questions) {
    for (const rule of branchesOf(q)) predecessors.get(rule.goto === END ? FINISHED : rule.goto)?.add(q.id);
  }

  const backTransitions = (id: string) =>
    [...(predecessors.get(id) ?? [])].map((previous) => ({
      guard: { type: 'cameFrom' as const, params: { question: previous } },
      target: `#interview.${previous}`,
      actions: { type: 'stepBack' as const },
    }));

  const machineSetup = setup({
    types: {
      context: {} as InterviewContext,
      events: {} as InterviewEvent,
      input: {} as Partial<InterviewContext> | undefined,
    },
    guards: {
      answerFits: ({ event }, params: { question: string }) =>
        event.type === 'answer.submitted' && answerFits(byId.get(params.question)!, event.value),
      branchHolds: ({ context, event }, params: { question: string; when: Condition }) =>
        event.type === 'answer.submitted' &&
        evaluateCondition(params.when, { ...answersOnPath(context), [params.question]: event.value }),
      cameFrom: ({ context }, params: { question: string }) => context.path.at(-1) === params.question,
      asksToEdit: ({ context, event }, params: { question: string }) =>
        event.type === 'interview.edit' && event.question === params.question && context.path.includes(params.question),
    },
    actions: {
      recordAnswer: assign(({ context, event }, params: { question: string }) =>
        event.type === 'answer.submitted'
          ? { answers: { ...context.answers, [params.question]: [...event.value] }, path: [...context.path, params.question] }
          : {},
      ),
      keepOnlyPathAnswers: assign(({ context }) => ({ answers: answersOnPath(context) })),
      stepBack: assign(({ context }) => ({ path: context.path.slice(0, -1) })),
      // Answers after the edited question become drafts: they count again only if the path reaches them.
      rewindTo: assign(({ context }, params: { question: string }) => ({
        path: context.path.slice(0, context.path.indexOf(params.question)),
      })),
      clearAnswers: assign(() => ({ answers: {}, path: [] })),
    },
  });

  const states: Record<string, object> = {};
  for (const q of questions) {
    states[q.id] = {
      on: {
        'answer.submitted': branchesOf(q).map((rule) => {
          const fits = { type: 'answerFits' as const, params: { question: q.id } };
          return {
            guard: rule.when
              ? and([fits, { type: 'branchHolds' as const, params: { question: q.id, when: rule.when } }])
              : fits,
            target: rule.goto === END ? `#interview.${FINISHED}` : `#interview.${rule.goto}`,
            actions:
              rule.goto === END
                ? [{ type: 'recordAnswer' as const, params: { question: q.id } }, { type: 'keepOnlyPathAnswers' as const }]
                : [{ type: 'recordAnswer' as const, params: { question: q.id } }],
          };
        }),
        'interview.back': backTransitions(q.id),
      },
    };
  }
  states[FINISHED] = { on: { 'interview.back': backTransitions(FINISHED) } };

  return machineSetup.createMachine({
    id: 'interview',
    context: ({ input }) => ({ answers: input?.answers ?? {}, path: input?.path ?? [] }),
    initial: start,
    on: {
      'interview.restarted': { target: `#interview.${start}`, actions: 'clearAnswers' },
      // One transition per question, because XState targets are static; the guard picks the one asked for.
      'interview.edit': questions.map((q) => ({
        guard: { type: 'asksToEdit' as const, params: { question: q.id } },
        target: `#interview.${q.id}`,
        actions: { type: 'rewindTo' as const, params: { question: q.id } },
      })),
    },
    states: states as never,
  });
}

export type InterviewMachine = ReturnType<typeof createInterviewMachine>;
export type InterviewSnapshot = SnapshotFrom<InterviewMachine>;

/** The id of the question a snapshot is on, or `FINISHED`. */
export function currentStep(snapshot: InterviewSnapshot): string {
  return String(snapshot.value);
}
