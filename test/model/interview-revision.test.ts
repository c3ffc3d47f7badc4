import { FINISHED } from '../../src/questionnaire/branches';
/**
 * The interview machine walked by `xstate/graph` over every state the small interview can reach by
 * answering, going back, and changing answers from the review: every transition holds the rules of
 * revision, carry-over and the review, and every state it can settle in survives a save and a restore
 * (the machine's `input`) unchanged.
 */
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { answerFits } from '../../src/questionnaire/answer-fits';
import { followAnswers } from '../../src/questionnaire/follow';
import { savedOf } from '../../src/interview/interview-view';
import { answersOnPath, createInterviewMachine, currentStep, isRevising, type InterviewEvent, type InterviewSnapshot } from '../../src/interview/machine';
import { validateInterview } from '../../src/interview/validate';
import { smallInterview } from '../fixtures/small-interview';

const validated = validateInterview(smallInterview());
if (!validated.ok) throw new Error('fixture is invalid');
const questions = validated.value;
const byId = new Map(questions.map((q) => [q.id, q]));
const machine = createInterviewMachine(questions);

/** Every option of a single-choice question; two answers of the multiple-choice one. */
const answersTo = (id: string): string[][] =>
  id === 'roles' ? [['data-engineer']] : byId.get(id)!.options.map((o) => [o.id]);

const events = (snapshot: InterviewSnapshot): InterviewEvent[] => {
  const step = currentStep(snapshot);
  if (step === FINISHED) {
    return [{ type: 'interview.back' }, ...snapshot.context.path.map((question) => ({ type: 'interview.edit' as const, question }))];
  }
  return [...answersTo(step).map((value) => ({ type: 'answer.submitted' as const, value })), { type: 'interview.back' }];
};

// What decides the future: the state, every answer held (drafts too), the path and a change under way.
// The note only reports the last step, so it is left out and checked on each transition instead.
const serializeState = (snapshot: InterviewSnapshot) => {
  const { answers, path, revision } = snapshot.context;
  return JSON.stringify([snapshot.value, answers, path, revision]);
};

const adjacency = getAdjacencyMap(machine, { events, serializeState });
const states = Object.values(adjacency).map((entry) => entry.state as InterviewSnapshot);
interface Edge {
  from: InterviewSnapshot;
  event: InterviewEvent;
  to: InterviewSnapshot;
}
const edges: Edge[] = Object.values(adjacency).flatMap((entry) =>
  Object.values(entry.transitions as Record<string, { event: InterviewEvent; state: InterviewSnapshot }>).map(({ event, state }) => ({
    from: entry.state as InterviewSnapshot,
    event,
    to: state,
  })),
);
const label = (snapshot: InterviewSnapshot) => `${JSON.stringify(snapshot.value)} after ${snapshot.context.path.join(' > ') || 'nothing'}`;

describe('the interview machine walked with changes from the review', () => {
  test('reaches every question in revision, and the review, from many states', () => {
    const revisingAt = new Set(states.filter(isRevising).map(currentStep));
    expect([...revisingAt].sort()).toEqual(questions.map((q) => q.id).sort());
    expect(states.filter((s) => currentStep(s) === FINISHED).length).toBeGreaterThan(6);
    expect(edges.filter((e) => e.event.type === 'interview.edit').length).toBeGreaterThan(20);
  });

  test('in every state, the path is the one the branching takes through its answers, and the step is where it leads', () => {
    for (const state of states) {
      const followed = followAnswers(questions, answersOnPath(state.context));
      expect(followed.path, label(state)).toEqual(state.context.path);
      expect(followed.complete ? FINISHED : followed.next, label(state)).toBe(currentStep(state));
    }
  });

  test('the review holds only the answers on its path and no change under way; a change is under way exactly while revising', () => {
    for (const state of states) {
      expect(state.context.revision !== null, label(state)).toBe(isRevising(state));
      if (currentStep(state) !== FINISHED) continue;
      expect(Object.keys(state.context.answers).sort(), label(state)).toEqual([...state.context.path].sort());
    }
  });

  test('a changed answer carries every later answer over that still fits, and stops at the first that does not', () => {
    const changes = edges.filter((e) => isRevising(e.from) && e.event.type === 'answer.submitted' && e.to !== e.from);
    expect(changes.length).toBeGreaterThan(20);
    for (const { from, to } of changes) {
      const revision = from.context.revision!;
      const after = (id: string) => revision.before.indexOf(id) > revision.before.indexOf(revision.question);
      const carried = to.context.path.slice(from.context.path.length + 1);
      for (const id of carried) {
        expect(after(id), `${label(to)}: ${id}`).toBe(true);
        expect(to.context.answers[id]).toEqual(from.context.answers[id]);
      }
      const step = currentStep(to);
      if (step === FINISHED) {
        const removed = revision.before.filter((id) => !to.context.path.includes(id)).length;
        const added = to.context.path.filter((id) => !revision.before.includes(id)).length;
        expect(to.context.note, label(to)).toEqual({ kind: 'revised', removed, added });
        continue;
      }
      const draft = from.context.answers[step];
      expect(after(step) && draft !== undefined && answerFits(byId.get(step)!, draft), `${label(to)} should have carried ${step}`).toBe(false);
      expect(to.context.note, label(to)).toEqual(revision.before.includes(step) ? null : { kind: 'new-question', kept: carried.length });
    }
  });

  test('going back while revising stays in the change and carries nothing', () => {
    const backs = edges.filter((e) => isRevising(e.from) && e.event.type === 'interview.back' && e.from.context.path.length > 0);
    expect(backs.length).toBeGreaterThan(5);
    for (const { from, to } of backs) {
      expect(isRevising(to), label(to)).toBe(true);
      expect(to.context.path).toEqual(from.context.path.slice(0, -1));
    }
  });

  test('every state survives being saved and restored: same step, path, answers and change', () => {
    for (const state of states) {
      const restored = createActor(machine, { input: savedOf(state) }).getSnapshot();
      expect(restored.value, label(state)).toEqual(state.value);
      expect(restored.context).toMatchObject({ answers: state.context.answers, path: state.context.path, revision: state.context.revision, notice: null });
    }
  });

  test('a saved answer that no longer fits stops the restore there, keeps the later ones as drafts, and says so', () => {
    for (const state of states.filter((s) => s.context.path.length >= 2)) {
      const [first, broken, ...rest] = state.context.path;
      const saved = savedOf(state);
      const restored = createActor(machine, { input: { ...saved, answers: { ...saved.answers, [broken!]: ['no-such-option'] } } }).getSnapshot();
      expect(currentStep(restored), label(state)).toBe(broken);
      expect(restored.context.path).toEqual([first]);
      expect(isRevising(restored)).toBe(state.context.revision !== null);
      for (const id of rest) expect(restored.context.answers[id]).toEqual(state.context.answers[id]);
      expect(restored.context.notice?.problem).toBe('partly-dropped');
      // A path the branching no longer takes (a question in the wrong place) stops where it leaves the branching.
      const elsewhere = questions.find((q) => q.id !== broken && q.id !== first)!.id;
      const astray = createActor(machine, { input: { ...saved, path: [first!, elsewhere, ...rest] } }).getSnapshot();
      expect(currentStep(astray), label(state)).toBe(broken);
      expect(astray.context.answers[broken!]).toEqual(state.context.answers[broken!]);
      expect(astray.context.notice).toEqual({ problem: 'partly-dropped', dropped: [] });
    }
  });

  test('the shortest way to each change runs through the review', () => {
    const paths = getShortestPaths(machine, { events, serializeState, toState: (s) => isRevising(s as InterviewSnapshot) });
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const edit = path.steps.findIndex((step) => step.event.type === 'interview.edit');
      expect(edit, JSON.stringify(path.state.value)).toBeGreaterThan(0);
      expect(currentStep(path.steps[edit - 1]!.state as InterviewSnapshot)).toBe(FINISHED);
    }
  });
});
