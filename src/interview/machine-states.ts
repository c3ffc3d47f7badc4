/**
 * The interview machine's states, generated from the questions (machine.ts names the guards and
 * actions they use). XState targets are static, so a question gets one transition for each step its
 * branching can lead to, and the guard `…LeadsTo` asks the branching's one rule (`nextStep`) which it is.
 */
import { and } from 'xstate';
import type { Question } from '../schemas/question';
import { branchesOf, END } from '../questionnaire/branches';

type Action = string | { type: string; params?: object };
type Guard = ReturnType<typeof and> | { type: string; params?: object } | string;

/** State names of the machine's own; no question may take one. */
export const RESERVED_STEPS = ['revising', 'carrying', 'restoring'] as const;

/** The distinct steps a question's branching can lead to, in rule order. */
function targetsOf(question: Question): string[] {
  return [...new Set(branchesOf(question).map((rule) => rule.goto))];
}

/** Compiles the questions into the machine's states: answering, revising, carrying, restoring, and the review. */
export function interviewStates(questions: readonly Question[], start: string, finished: string): Record<string, object> {
  const taken = questions.find((q) => (RESERVED_STEPS as readonly string[]).includes(q.id) || q.id === finished);
  if (taken) throw new Error(`The question id “${taken.id}” is the name of one of the interview's own states.`);
  const id = (mode: string, question: string) => (mode === '' ? `#interview.${question}` : `#interview.${mode}.${question}`);
  const predecessors = new Map<string, Set<string>>([[finished, new Set()]]);
  for (const q of questions) predecessors.set(q.id, new Set());
  for (const q of questions) {
    for (const target of targetsOf(q)) predecessors.get(target === END ? finished : target)?.add(q.id);
  }
  const back = (step: string, mode: '' | 'revising') =>
    [...(predecessors.get(step) ?? [])].map((previous) => ({
      guard: { type: 'cameFrom', params: { question: previous } },
      target: id(mode, previous),
      actions: 'stepBack',
    }));
  /**
   * One transition per step `q` can lead to, each with `each(step)` actions: onward to `onward(step)`, or
   * at the end to the review with the `atEnd` actions too.
   */
  const leadOn = (q: Question, guard: (step: string) => Guard, each: (step: string) => Action[], atEnd: Action[], onward: (step: string) => string) =>
    targetsOf(q).map((t) =>
      t === END
        ? { guard: guard(t), target: id('', finished), actions: [...each(finished), ...atEnd] }
        : { guard: guard(t), target: onward(t), actions: each(t) },
    );
  const submitted = (q: Question, target: string) =>
    and([
      { type: 'answerFits', params: { question: q.id } },
      { type: 'answerLeadsTo', params: { question: q.id, target } },
    ] as never);
  const held = (check: string, q: Question, target: string) =>
    and([
      { type: check, params: { question: q.id } },
      { type: 'draftLeadsTo', params: { question: q.id, target } },
    ] as never);
  const record = (q: Question) => ({ type: 'recordAnswer', params: { question: q.id } });
  const recordDraft = (q: Question) => ({ type: 'recordDraft', params: { question: q.id } });

  const answering: Record<string, object> = {};
  const revising: Record<string, object> = {};
  const carrying: Record<string, object> = {};
  const restoring: Record<string, object> = {};
  for (const q of questions) {
    const submittedTo = (t: string) => submitted(q, t);
    answering[q.id] = {
      on: {
        'answer.submitted': leadOn(q, submittedTo, (t) => [record(q), { type: 'noteSkipped', params: { question: q.id, target: t } }], ['keepOnlyPathAnswers'], (t) => id('', t)),
        'interview.back': back(q.id, ''),
      },
    };
    revising[q.id] = {
      on: {
        'answer.submitted': leadOn(q, submittedTo, () => [record(q)], ['keepOnlyPathAnswers', 'closeRevision'], (t) => id('carrying', t)),
        'interview.back': back(q.id, 'revising'),
      },
    };
    // Passed through: each question answered before the change takes its earlier answer while it still fits.
    carrying[q.id] = {
      always: [
        ...leadOn(q, (t) => held('carriesOver', q, t), () => [recordDraft(q), 'countCarried'], ['keepOnlyPathAnswers', 'closeRevision'], (t) => id('carrying', t)),
        { target: id('revising', q.id), actions: [{ type: 'stopCarrying', params: { question: q.id } }] },
      ],
    };
    // Passed through: the saved path replayed while its answers still fit and its questions are still asked.
    restoring[q.id] = {
      always: [
        ...leadOn(q, (t) => held('restoresAt', q, t), () => [recordDraft(q), 'shiftPending'], ['finishRestore', 'dropRevision'], (t) => id('restoring', t)),
        { guard: 'hasRevision', target: id('revising', q.id), actions: 'finishRestore' },
        { target: id('', q.id), actions: 'finishRestore' },
      ],
    };
  }

  return {
    ...answering,
    [finished]: {
      on: {
        'interview.back': back(finished, ''),
        // One transition per question, because XState targets are static; the guard picks the one asked for.
        'interview.edit': questions.map((q) => ({
          guard: { type: 'asksToEdit', params: { question: q.id } },
          target: id('revising', q.id),
          actions: { type: 'beginRevision', params: { question: q.id } },
        })),
      },
    },
    revising: { initial: start, states: revising },
    carrying: { initial: start, states: carrying },
    restoring: { initial: start, states: restoring },
  };
}
