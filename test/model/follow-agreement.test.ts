/**
 * The branching has three readers: the machine (the interview), `followAnswers` (links, files and the
 * report, without XState) and the progress count's look-ahead. On every path `xstate/graph` enumerates
 * through the real interview they must agree at every step, and a change from the review must end where
 * `followAnswers` says the changed answers lead.
 */
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { END, FINISHED } from '../../src/questionnaire/branches';
import { healthiestAnswer } from '../../src/questionnaire/complete';
import { followAnswers } from '../../src/questionnaire/follow';
import { viewOf } from '../../src/interview/interview-view';
import { answersOnPath, createInterviewMachine, currentStep } from '../../src/interview/machine';
import { branchReferences, enumerateInterviewPaths, representativeAnswers } from '../../src/interview/paths';
import { progressOf, remainingQuestions } from '../../src/interview/progress';
import type { AnswerMap } from '../../src/schemas/answers';
import { pathsCoveringEveryStep } from '../fixtures/branch-cover';
import { loadQuestionsFromDisk } from '../fixtures/content';

const questions = loadQuestionsFromDisk();
const byId = new Map(questions.map((q) => [q.id, q]));
const paths = enumerateInterviewPaths(questions);
const longest = Math.max(...paths.map((p) => p.questions.length));
const machine = createInterviewMachine(questions, longest);
const only = (answers: AnswerMap, ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, answers[id]!]));

describe('followAnswers, the machine and the progress count on every path of the real interview', () => {
  test(`${paths.length} paths: at every step the same path, the same next question, the same count`, () => {
    expect(paths.length).toBeGreaterThan(100);
    // Disagreements are collected rather than asserted one by one: 20,000 steps of expect() take long.
    const disagreements: string[] = [];
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    let steps = 0;
    for (const path of paths) {
      const actor = createActor(machine).start();
      const name = path.questions.join(' > ');
      for (let i = 0; i <= path.questions.length; i++) {
        const asked = path.questions.slice(0, i);
        const expected = path.questions[i];
        const snapshot = actor.getSnapshot();
        const followed = followAnswers(questions, only(path.answers, asked));
        const shown = viewOf(snapshot, questions, longest).progress;
        const counted = progressOf(questions, followed.complete ? FINISHED : followed.next!, followed.path, followed.answers, longest);
        const at = `${name} at ${expected ?? 'the review'}`;
        if (!same(snapshot.context.path, asked) || !same(followed.path, asked)) disagreements.push(`${at}: paths ${snapshot.context.path} / ${followed.path}`);
        if (currentStep(snapshot) !== (expected ?? FINISHED) || followed.next !== (expected ?? END) || followed.complete !== (expected === undefined)) {
          disagreements.push(`${at}: next ${currentStep(snapshot)} / ${followed.next}`);
        }
        // The count the page shows (from the machine) is the count of where followAnswers stops, never short of this path.
        if (!same(shown, counted) || shown.total < path.questions.length) disagreements.push(`${at}: count ${JSON.stringify(shown)} / ${JSON.stringify(counted)}`);
        steps++;
        if (expected === undefined) {
          if (!same(shown, { current: path.questions.length, total: path.questions.length })) disagreements.push(`${at}: final count ${JSON.stringify(shown)}`);
          break;
        }
        // The look-ahead never ends a path the branching continues: "one question left" means this is the last.
        if (remainingQuestions(questions, expected, followed.answers) === 1 && i !== path.questions.length - 1) disagreements.push(`${at}: counted as the last`);
        actor.send({ type: 'answer.submitted', value: path.answers[expected]! });
      }
      actor.stop();
    }
    expect(disagreements).toEqual([]);
    expect(steps).toBe(paths.reduce((sum, p) => sum + p.questions.length + 1, 0));
  });

  test('restoring each complete path from saved progress lands on its review, as followAnswers reads it', () => {
    for (const path of paths) {
      const restored = createActor(machine, { input: { answers: path.answers, path: path.questions } }).getSnapshot();
      expect(currentStep(restored)).toBe(FINISHED);
      expect(restored.context.path).toEqual(followAnswers(questions, path.answers).path);
      expect(restored.context.notice).toBeNull();
    }
  });

  test('a change from the review, on paths that take every branch, ends where followAnswers takes the changed answers', () => {
    const references = branchReferences(questions);
    let changes = 0;
    for (const path of pathsCoveringEveryStep(paths)) {
      for (const id of path.questions) {
        for (const value of representativeAnswers(byId.get(id)!, references.get(id))) {
          if (JSON.stringify(value) === JSON.stringify(path.answers[id])) continue;
          const actor = createActor(machine, { input: { answers: path.answers, path: path.questions } }).start();
          actor.send({ type: 'interview.edit', question: id });
          actor.send({ type: 'answer.submitted', value });
          // Only questions new to the path are asked again; they get their healthiest answer.
          for (let step = currentStep(actor.getSnapshot()); step !== FINISHED; step = currentStep(actor.getSnapshot())) {
            expect(path.questions, `${id} changed: ${step} asked again`).not.toContain(step);
            actor.send({ type: 'answer.submitted', value: healthiestAnswer(byId.get(step)!) });
          }
          const { context } = actor.getSnapshot();
          const followed = followAnswers(questions, { ...path.answers, ...answersOnPath(context) });
          expect(context.path).toEqual(followed.path);
          for (const kept of context.path.filter((q) => q !== id && path.questions.includes(q))) expect(context.answers[kept]).toEqual(path.answers[kept]);
          changes++;
        }
      }
    }
    expect(changes).toBeGreaterThan(50);
  });
});
